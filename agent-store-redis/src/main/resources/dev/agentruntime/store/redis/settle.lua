-- KEYS: book, expiry, counter base keys...
-- ARGV: id, actual, settledRetentionMs, then per counter its window (6 values, see label())
local book, expiry = KEYS[1], KEYS[2]
local id, actual = ARGV[1], tonumber(ARGV[2])
-- no housekeeping here (reserve and read do it): an open reservation settles as it is, due or not
local rec = redis.call('HGET', book, id)
local already = rec == SETTLED
local recordedAmount, recorded
if rec and not already then recordedAmount, recorded = split(rec) end
local amount = recorded and tonumber(recordedAmount) or 0
-- committed moves by actual - amount: one HINCRBY while exact as a Lua number
local exact = actual < 2^53 and amount < 2^53
local delta = exact and string.format('%d', actual - amount)
local out = {already and 1 or 0}
for i = 1, #KEYS - 2 do
  local base, a = KEYS[2 + i], 4 + (i - 1) * 6
  -- the window it was reserved in; the current one when it expired (or was never reserved), or
  -- when the record does not name this counter there (written by a version before keys holding a
  -- newline were encoded: such a key was split apart)
  local key = recorded and recorded[i]
  if not key or string.sub(key, 1, #base + 1) ~= base .. ':' then key = base .. ':' .. label(a) end
  local used, reserved
  if already then
    used, reserved = state(key)
  else
    used = redis.call('HINCRBY', key, 'used', ARGV[2])
    local c
    if exact then
      c = redis.call('HINCRBY', key, 'committed', delta)
    else
      c = redis.call('HINCRBY', key, 'committed', ARGV[2])
      if amount > 0 then c = redis.call('HINCRBY', key, 'committed', '-' .. recordedAmount) end
    end
    reserved = c - used
    -- a key that held this reservation exists, so it has its TTL; any other may be new (and a
    -- window key that expired under the reservation lost it: committed back to used)
    if reserved < 0 or amount == 0 then
      if reserved < 0 then
        redis.call('HSET', key, 'committed', used)
        reserved = 0
      end
      ensureTtl(key, life(a))
    end
  end
  out[#out + 1] = string.sub(key, #base + 2)
  out[#out + 1] = used
  out[#out + 1] = reserved
end
if recorded then
  -- its expiry entry stays, moved from its due time by the retention: the settled id is
  -- remembered for the retention counted from when the reservation was due
  redis.call('HSET', book, id, SETTLED)
  redis.call('ZINCRBY', expiry, ARGV[3], id)
elseif not already then
  local forget = clock() + tonumber(ARGV[3])
  local next = tonumber(redis.call('HGET', book, NEXT))
  if next and forget < next then -- (no NEXT yet: the next lookup runs the housekeeping)
    redis.call('HSET', book, id, SETTLED, NEXT, string.format('%d', forget))
  else
    redis.call('HSET', book, id, SETTLED)
  end
  redis.call('ZADD', expiry, string.format('%d', forget), id)
end
return out
