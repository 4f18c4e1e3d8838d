-- KEYS: counter key in its window; ARGV: threshold, the caller's token for this mark
-- 1 when first marked now, or before under this token (the caller's mark sent again after its
-- reply was lost); marks of older versions hold '1', never a token
local field = 'alert:' .. ARGV[1]
local set = redis.call('HSETNX', KEYS[1], field, ARGV[2])
if set == 0 and redis.call('HGET', KEYS[1], field) == ARGV[2] then set = 1 end
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], 34 * 86400000) end
return set
