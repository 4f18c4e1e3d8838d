-- A sliding log: KEYS[1] zset permit id -> time (us), KEYS[2] hash permit id -> weight, plus '__sum'.
-- ARGV: permit id, permits, limit, period (us). Returns {1, 0} or {0, retry after us} ({0, -1}: never).
-- Idempotent by permit id while it is in the window.
local function int(x) return string.format('%.0f', x) end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local log, weights = KEYS[1], KEYS[2]
local permits, limit, period = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local cutoff = now - period
local sum = tonumber(redis.call('HGET', weights, '__sum') or '0')
local gone = redis.call('ZRANGEBYSCORE', log, '-inf', int(cutoff))
if #gone > 0 then
  for _, pid in ipairs(gone) do
    local w = redis.call('HGET', weights, pid)
    if w then
      sum = sum - tonumber(w)
      redis.call('HDEL', weights, pid)
    end
  end
  redis.call('ZREMRANGEBYSCORE', log, '-inf', int(cutoff))
  if sum < 0 then sum = 0 end
  redis.call('HSET', weights, '__sum', int(sum))
end
-- taken already under this id (a command sent again after a lost reply): counted once
if redis.call('HEXISTS', weights, ARGV[1]) == 1 then return {1, 0} end
if permits > limit then return {0, -1} end
if sum + permits <= limit then
  redis.call('ZADD', log, int(now), ARGV[1])
  redis.call('HSET', weights, ARGV[1], ARGV[2])
  redis.call('HSET', weights, '__sum', int(sum + permits))
  local life = math.floor(period / 1000) + 1000
  redis.call('PEXPIRE', log, int(life))
  redis.call('PEXPIRE', weights, int(life))
  return {1, 0}
end
local need = sum + permits - limit
local freed = 0
local entries = redis.call('ZRANGE', log, 0, -1, 'WITHSCORES')
for i = 1, #entries, 2 do
  freed = freed + tonumber(redis.call('HGET', weights, entries[i]) or '0')
  if freed >= need then return {0, tonumber(entries[i + 1]) + period - now} end
end
return {0, period}
