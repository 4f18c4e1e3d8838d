-- KEYS: book, expiry, counter base keys...
-- ARGV: id, amount, ttlMs, then per counter: limit, enforced (1/0), and its window (6 values, see label())
local book, expiry = KEYS[1], KEYS[2]
local id, amount = ARGV[1], tonumber(ARGV[2])
local rec, next = lookup(book, expiry, id)
if rec == SETTLED then return {2} end
if rec then
  -- open already (taken over, or renewed by the call still in flight): its expiry moves to now + ttl,
  -- never earlier; NEXT stays a lower bound of the earliest score
  local due = clock() + tonumber(ARGV[3])
  local score = tonumber(redis.call('ZSCORE', expiry, id) or '0')
  if due > score then redis.call('ZADD', expiry, string.format('%d', due), id) end
  return {1}
end
local n = #KEYS - 2
local keys, labels = {}, {}
for i = 1, n do
  local a = 4 + (i - 1) * 8
  local lbl = label(a + 2)
  local key = KEYS[2 + i] .. ':' .. lbl
  keys[i], labels[i] = key, lbl
  local c = redis.call('HINCRBY', key, 'committed', ARGV[2])
  -- nothing was committed on it before: it may have just been created
  if c <= amount then ensureTtl(key, life(a + 2)) end
  if ARGV[a + 1] == '1' and c > tonumber(ARGV[a]) then
    -- does not fit: take back what this call booked, report the counter as it was
    if amount > 0 then
      for j = 1, i do redis.call('HINCRBY', keys[j], 'committed', '-' .. ARGV[2]) end
    end
    local u = tonumber(redis.call('HGET', key, 'used') or '0')
    return {0, i - 1, lbl, u, math.max(0, c - amount - u)}
  end
end
local due = clock() + tonumber(ARGV[3])
if due < next then
  redis.call('HSET', book, id, record(ARGV[2], keys), NEXT, string.format('%d', due))
else
  redis.call('HSET', book, id, record(ARGV[2], keys))
end
redis.call('ZADD', expiry, string.format('%d', due), id)
return {1}
