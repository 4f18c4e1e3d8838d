-- KEYS: book, expiry, settled, counter base keys...
-- ARGV: id, amount, ttlMs, then per counter: limit, enforced (1/0), window kind (D/M/T), utc offset s, retention ms
local book, expiry, settled = KEYS[1], KEYS[2], KEYS[3]
local id, amount, ttl = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
expireDue(book, expiry)
if redis.call('HEXISTS', book, id) == 1 or redis.call('ZSCORE', settled, id) then return {1} end
local n = #KEYS - 3
local keys, lives = {}, {}
for i = 1, n do
  local a = 3 + (i - 1) * 5
  local label, life = window(ARGV[a + 3], tonumber(ARGV[a + 4]), tonumber(ARGV[a + 5]))
  local key = KEYS[3 + i] .. ':' .. label
  keys[i], lives[i] = key, life
  if ARGV[a + 2] == '1' then
    local v = redis.call('HMGET', key, 'used', 'reserved')
    local used, reserved = tonumber(v[1] or '0'), tonumber(v[2] or '0')
    if used + reserved + amount > tonumber(ARGV[a + 1]) then
      return {0, i - 1, label, used, reserved}
    end
  end
end
for i = 1, n do
  redis.call('HINCRBY', keys[i], 'reserved', ARGV[2])
  ensureTtl(keys[i], lives[i])
end
redis.call('HSET', book, id, ARGV[2] .. '\n' .. table.concat(keys, '\n'))
redis.call('ZADD', expiry, int(now + ttl), id)
return {1}
