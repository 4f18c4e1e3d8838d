-- KEYS: counter key in its window; ARGV: threshold
local set = redis.call('HSETNX', KEYS[1], 'alert:' .. ARGV[1], 1)
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], 34 * 86400000) end
return set
