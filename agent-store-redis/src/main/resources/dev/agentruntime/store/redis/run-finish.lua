-- Sets a run's status. KEYS: run hash. ARGV: status. Returns the header JSON, or false when unknown.
local h = redis.call('HGET', KEYS[1], 'header')
if not h then return false end
redis.call('HSET', KEYS[1], 'status', ARGV[1])
return h
