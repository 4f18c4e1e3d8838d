-- Creates a forked session with copies of the source's first elements (keeping their times).
-- KEYS: meta, log (of the new session)
-- ARGV: next, tenant, user ('' = null, '=x' = x), forkedFrom, tag (of its index members), elements...
-- Returns the creation time (micros) or 0 when the session exists already.
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local now = server_now()
redis.call('DEL', KEYS[2])
redis.call('HSET', KEYS[1], 'next', ARGV[1], 'created', now, 'updated', now, 'forked', ARGV[4], 'idx', ARGV[5])
if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 'tenant', string.sub(ARGV[2], 2)) end
if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'user', string.sub(ARGV[3], 2)) end
local n = #ARGV - 5
for i = 1, n, 1000 do
  local chunk = {}
  for j = i, math.min(n, i + 999) do chunk[#chunk + 1] = ARGV[5 + j] end
  redis.call('RPUSH', KEYS[2], unpack(chunk))
end
return now
