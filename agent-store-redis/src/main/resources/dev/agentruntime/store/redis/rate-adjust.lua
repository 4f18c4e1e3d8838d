-- KEYS: log, weights; ARGV: permit id, permits
local w = redis.call('HGET', KEYS[2], ARGV[1])
if not w then return 0 end
local p = tonumber(ARGV[2])
local sum = tonumber(redis.call('HGET', KEYS[2], '__sum') or '0') + p - tonumber(w)
if sum < 0 then sum = 0 end
redis.call('HSET', KEYS[2], '__sum', string.format('%.0f', sum))
-- a permit given back (0) keeps its id until it leaves the window, so the same command sent again
-- (a reply lost, the client retrying) is known and not counted again
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return 1
