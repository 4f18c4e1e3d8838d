-- Deletes a session (meta, log, lease), optionally only when it belongs to a user (and tenant).
-- KEYS: meta, log, lease.  ARGV: user filter ('' = any, '=u'), tenant filter ('' = any, '=t').
-- Returns {existed 0/1, deleted 0/1, tenant, user, tag} ('' = null, '=x' = x; tag: of its index
-- members, '' when it has none).
local m = redis.call('HMGET', KEYS[1], 'tenant', 'user', 'next', 'idx')
if not m[3] then return {0, 0, '', '', ''} end
local tenant = m[1] and ('=' .. m[1]) or ''
local user = m[2] and ('=' .. m[2]) or ''
local tag = m[4] or ''
if ARGV[1] ~= '' and ARGV[1] ~= user then return {1, 0, tenant, user, tag} end
if ARGV[2] ~= '' and ARGV[2] ~= tenant then return {1, 0, tenant, user, tag} end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
return {1, 1, tenant, user, tag}
