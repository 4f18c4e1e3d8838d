-- KEYS: book, expiry, settled, counter base keys...
-- ARGV: id, actual, settledRetentionMs, then per counter: window kind, utc offset s, retention ms
local book, expiry, settled = KEYS[1], KEYS[2], KEYS[3]
local id, actual, keep = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
expireDue(book, expiry)
local already = redis.call('ZSCORE', settled, id)
local n = #KEYS - 3
local keys, lives, amount = {}, {}, 0
local rec = redis.call('HGET', book, id)
local recorded = rec and split(rec) or nil
if recorded then amount = tonumber(recorded[1]) end
for i = 1, n do
  local a = 3 + (i - 1) * 3
  local label, life = window(ARGV[a + 1], tonumber(ARGV[a + 2]), tonumber(ARGV[a + 3]))
  keys[i] = (recorded and recorded[i + 1]) or (KEYS[3 + i] .. ':' .. label)
  lives[i] = life
end
local out = {already and 1 or 0}
for i = 1, n do
  local key = keys[i]
  if not already then
    if amount > 0 and redis.call('HINCRBY', key, 'reserved', '-' .. recorded[1]) < 0 then redis.call('HSET', key, 'reserved', 0) end
    if actual > 0 then redis.call('HINCRBY', key, 'used', ARGV[2]) end
    ensureTtl(key, lives[i])
  end
  local v = redis.call('HMGET', key, 'used', 'reserved')
  out[#out + 1] = string.sub(key, #KEYS[3 + i] + 2)
  out[#out + 1] = tonumber(v[1] or '0')
  out[#out + 1] = tonumber(v[2] or '0')
end
if not already then
  redis.call('HDEL', book, id)
  redis.call('ZREM', expiry, id)
  redis.call('ZADD', settled, int(now), id)
  redis.call('ZREMRANGEBYSCORE', settled, '-inf', int(now - keep))
end
return out
