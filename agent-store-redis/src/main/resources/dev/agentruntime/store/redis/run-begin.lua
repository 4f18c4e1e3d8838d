-- Records a run's header unless the run is recorded already. KEYS: run hash.
-- ARGV: header JSON, tag (of the index member written for this start).
-- Returns {'', tag} when created, else {the existing run's status, its tag ('' when it has none)}.
local s = redis.call('HMGET', KEYS[1], 'status', 'idx')
if s[1] then return {s[1], s[2] or ''} end
redis.call('HSET', KEYS[1], 'header', ARGV[1], 'status', 'RUNNING', 'idx', ARGV[2])
return {'', ARGV[2]}
