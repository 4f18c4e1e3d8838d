-- KEYS: book, expiry, counter base key; ARGV: window kind, utc offset s
expireDue(KEYS[1], KEYS[2])
local label = window(ARGV[1], tonumber(ARGV[2]), 0)
local v = redis.call('HMGET', KEYS[3] .. ':' .. label, 'used', 'reserved')
return {label, tonumber(v[1] or '0'), tonumber(v[2] or '0')}
