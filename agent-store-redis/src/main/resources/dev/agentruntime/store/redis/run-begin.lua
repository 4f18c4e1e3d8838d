-- Records a run's header unless the run is recorded already. KEYS: run hash. ARGV: header JSON.
-- Returns '' when created, else the existing run's status.
local s = redis.call('HGET', KEYS[1], 'status')
if s then return s end
redis.call('HSET', KEYS[1], 'header', ARGV[1], 'status', 'RUNNING')
return ''
