-- A session's metadata and its first ARGV[1] log elements (-1: all), read atomically.
-- KEYS: meta, log. Returns {} when the session does not exist, else
-- {k, the meta hash as k name/value strings, the elements...}.
local m = redis.call('HGETALL', KEYS[1])
if #m == 0 then return {} end
local upto = tonumber(ARGV[1])
local els = {}
if upto ~= 0 then els = redis.call('LRANGE', KEYS[2], 0, upto - 1) end
local out = {#m}
for i = 1, #m do out[#out + 1] = m[i] end
for i = 1, #els do out[#out + 1] = els[i] end
return out
