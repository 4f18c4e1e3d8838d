-- Sets a run's status. KEYS: run hash. ARGV: status.
-- Returns {header JSON, tag of its index member ('' when it has none)}, or {} when unknown.
local h = redis.call('HMGET', KEYS[1], 'header', 'idx')
if not h[1] then return {} end
redis.call('HSET', KEYS[1], 'status', ARGV[1])
return {h[1], h[2] or ''}
