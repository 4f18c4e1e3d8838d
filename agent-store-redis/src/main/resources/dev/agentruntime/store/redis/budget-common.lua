-- shared by the budget scripts (prepended to each). Times are the server's (TIME), in ms.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local DAY_MS = 86400000

local function int(x) return string.format('%.0f', x) end

local function split(s)
  local out = {}
  for part in string.gmatch(s, '[^\n]+') do out[#out + 1] = part end
  return out
end

-- civil date of a day number since 1970-01-01 (H. Hinnant's algorithm)
local function civil(days)
  local z = days + 719468
  local era = math.floor(z / 146097)
  local doe = z - era * 146097
  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
  local mp = math.floor((5 * doy + 2) / 153)
  local d = doy - math.floor((153 * mp + 2) / 5) + 1
  local m = mp < 10 and mp + 3 or mp - 9
  if m <= 2 then y = y + 1 end
  return y, m, d
end

-- the window label of a counter now, and the life (ms) of a counter created now
local function window(kind, offsetSec, retentionMs)
  if kind == 'T' then return 'total', retentionMs end
  local localMs = now + offsetSec * 1000
  local days = math.floor(localMs / DAY_MS)
  local y, m, d = civil(days)
  if kind == 'D' then
    return string.format('%04d-%02d-%02d', y, m, d), (days + 1) * DAY_MS - localMs + DAY_MS
  end
  return string.format('%04d-%02d', y, m), (32 - d + 1) * DAY_MS + DAY_MS
end

local function ensureTtl(key, lifeMs)
  if redis.call('PTTL', key) < 0 then redis.call('PEXPIRE', key, int(math.floor(lifeMs))) end
end

local function unreserve(rec)
  local parts = split(rec)
  for i = 2, #parts do
    local key = parts[i]
    if redis.call('EXISTS', key) == 1 then
      if redis.call('HINCRBY', key, 'reserved', '-' .. parts[1]) < 0 then redis.call('HSET', key, 'reserved', 0) end
    end
  end
end

-- reservations past their TTL give their amount back (a crashed replica's calls)
local function expireDue(book, expiry)
  local due = redis.call('ZRANGEBYSCORE', expiry, '-inf', int(now), 'LIMIT', 0, 100)
  for _, rid in ipairs(due) do
    local rec = redis.call('HGET', book, rid)
    if rec then
      unreserve(rec)
      redis.call('HDEL', book, rid)
    end
    redis.call('ZREM', expiry, rid)
  end
end
