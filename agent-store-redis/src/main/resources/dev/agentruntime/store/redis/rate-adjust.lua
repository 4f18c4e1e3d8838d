-- KEYS: log, weights; ARGV: permit id, permits
local w = redis.call('HGET', KEYS[2], ARGV[1])
if not w then return 0 end
local p = tonumber(ARGV[2])
local sum = tonumber(redis.call('HGET', KEYS[2], '__sum') or '0') + p - tonumber(w)
if sum < 0 then sum = 0 end
redis.call('HSET', KEYS[2], '__sum', string.format('%.0f', sum))
if p == 0 then
  redis.call('HDEL', KEYS[2], ARGV[1])
  redis.call('ZREM', KEYS[1], ARGV[1])
else
  redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
end
return 1
