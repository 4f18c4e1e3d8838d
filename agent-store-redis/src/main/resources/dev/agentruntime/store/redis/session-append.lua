-- Appends messages to a session at an expected sequence number (optimistic concurrency).
-- KEYS: meta (hash), log (list; an element's index is its seq: '<micros>|<body>')
-- ARGV: expectedNextSeq, create ('1' = may create the session), tenant, user ('' = null, '=x' = x),
--       tag (of the index members written for this creation), bodies...
-- Returns {1, next, created 0/1} appended (or a retry of an append that succeeded), {0, 0, 0} the
-- session is new and create was not allowed (index it first), {2, actualNext, 0} conflict (nothing
-- written).
local meta, log = KEYS[1], KEYS[2]
local expected = tonumber(ARGV[1])
local n = #ARGV - 5
local now = server_now()
local created = 0
if redis.call('EXISTS', meta) == 0 then
  if expected ~= 0 then return {2, 0, 0} end
  if ARGV[2] ~= '1' then return {0, 0, 0} end
  redis.call('DEL', log)
  redis.call('HSET', meta, 'next', '0', 'created', now, 'updated', now)
  if ARGV[3] ~= '' then redis.call('HSET', meta, 'tenant', string.sub(ARGV[3], 2)) end
  if ARGV[4] ~= '' then redis.call('HSET', meta, 'user', string.sub(ARGV[4], 2)) end
  redis.call('HSET', meta, 'idx', ARGV[5])
  created = 1
end
local nxt = tonumber(redis.call('HGET', meta, 'next'))
if nxt ~= expected then
  -- a retry of an append whose acknowledgement was lost: same run, same messages, same place
  if n > 0 and expected + n <= nxt then
    local got = redis.call('LRANGE', log, expected, expected + n - 1)
    local same = #got == n
    for i = 1, n do
      if not same then break end
      local e = got[i]
      local bar = string.find(e, '|', 1, true)
      if string.sub(e, bar + 1) ~= ARGV[5 + i] then same = false end
    end
    if same then return {1, expected + n, 0} end
  end
  return {2, nxt, created}
end
if n > 0 then
  for i = 1, n, 1000 do
    local chunk = {}
    for j = i, math.min(n, i + 999) do chunk[#chunk + 1] = now .. '|' .. ARGV[5 + j] end
    redis.call('RPUSH', log, unpack(chunk))
  end
  redis.call('HSET', meta, 'next', tostring(nxt + n), 'updated', now)
end
return {1, nxt + n, created}
