-- Appends one journal entry at its seq (= the journal's length). KEYS: run hash, journal list.
-- ARGV: seq, entry JSON. Returns {1} appended, {0} the same entry is there (a retry),
-- {-1} unknown run, {-2, stored} another entry holds that position, {-3, length} a gap.
if redis.call('EXISTS', KEYS[1]) == 0 then return {-1} end
local len = redis.call('LLEN', KEYS[2])
local seq = tonumber(ARGV[1])
if seq < len then
  local cur = redis.call('LINDEX', KEYS[2], seq)
  if cur == ARGV[2] then return {0} end
  return {-2, cur}
end
if seq ~= len then return {-3, len} end
redis.call('RPUSH', KEYS[2], ARGV[2])
return {1}
