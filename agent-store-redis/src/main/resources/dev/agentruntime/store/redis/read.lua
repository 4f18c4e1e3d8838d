-- KEYS: book, expiry, counter base key; ARGV: the counter's window (6 values, see label())
local next = tonumber(redis.call('HGET', KEYS[1], NEXT))
if not next or next <= clock() then housekeep(KEYS[1], KEYS[2]) end
local lbl = label(1)
local used, reserved = state(KEYS[3] .. ':' .. lbl)
return {lbl, used, reserved}
