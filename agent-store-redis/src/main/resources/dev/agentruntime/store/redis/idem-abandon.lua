-- Releases a claim only while it is still in flight (never deletes a stored result).
-- KEYS: the key. ARGV: the value of the claim to release, or, with ARGV[2] = 'any', the prefix of
-- every in-flight marker (any claim is released).
local v = redis.call('GET', KEYS[1])
if not v then return 0 end
if v == ARGV[1] or (ARGV[2] == 'any' and string.sub(v, 1, #ARGV[1]) == ARGV[1]) then
  return redis.call('DEL', KEYS[1])
end
return 0
