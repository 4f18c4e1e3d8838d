-- Deletes a run. KEYS: run hash, journal list.
-- Returns {keys deleted, tag of its index member ('' when it has none or the run is unknown)}.
local t = redis.call('HGET', KEYS[1], 'idx') or ''
return {redis.call('DEL', KEYS[1], KEYS[2]), t}
