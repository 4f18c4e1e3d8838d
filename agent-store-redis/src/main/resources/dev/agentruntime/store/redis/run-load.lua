-- A run's header, status and journal, read atomically. KEYS: run hash, journal list.
-- Returns {} when unknown, else {header, status, entries...}.
local h = redis.call('HMGET', KEYS[1], 'header', 'status')
if not h[1] then return {} end
local out = {h[1], h[2]}
local els = redis.call('LRANGE', KEYS[2], 0, -1)
for i = 1, #els do out[#out + 1] = els[i] end
return out
