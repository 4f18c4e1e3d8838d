-- shared by the budget scripts (prepended to each). Times are the server's (TIME), in ms.
--
-- A counter is a hash in one window: 'used' (settled spending) and 'committed' (used plus the
-- open reservations), so a reservation checks and books in one HINCRBY; reserved = committed - used.
-- The book (a hash) maps a reservation id to its record (record()) while it is open, and to
-- SETTLED for a day after it was settled (a retried settle or reserve changes nothing).
-- The expiry set scores each id of the book by when it leaves: an open reservation at its TTL
-- (then its amount is given back: a crashed replica's calls), a settled id after the retention.
-- The book's field NEXT holds a lower bound of the earliest score, so the housekeeping (one
-- ZRANGEBYSCORE) runs only when something may be due, not on every call. The clock (TIME) is read
-- only when needed (clock()).
local now
local function clock()
  if not now then
    local t = redis.call('TIME')
    now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
  end
  return now
end
local DAY_MS = 86400000
local NEXT = '\0next-due'
local SETTLED = 's'
local NEVER = '9007199254740992'

-- A reservation's record: its amount, then the key of each counter in the window it was reserved
-- in, one a line. A key holding a newline (its subject does: user, session and run ids may) is
-- written as '%' and the key with '%' and newline percent-encoded; any other key as it is (keys
-- start with their hash tag's '{'), so a record of ordinary keys is the same as the versions
-- before this encoding wrote and read (a rolling upgrade reads each other's records).
local function encodeKey(key)
  if not string.find(key, '\n', 1, true) and string.sub(key, 1, 1) ~= '%' then return key end
  return '%' .. (string.gsub(key, '[%%\n]', {['%'] = '%25', ['\n'] = '%0A'}))
end

local function decodeKey(line)
  if string.sub(line, 1, 1) ~= '%' then return line end
  return (string.gsub(string.sub(line, 2), '%%(%x%x)', function(h) return string.char(tonumber(h, 16)) end))
end

local function record(amount, keys)
  local lines = {amount}
  for i = 1, #keys do lines[i + 1] = encodeKey(keys[i]) end
  return table.concat(lines, '\n')
end

-- a record's amount (a string) and keys
local function split(rec)
  local amount
  local keys = {}
  for line in string.gmatch(rec, '[^\n]+') do
    if amount then keys[#keys + 1] = decodeKey(line) else amount = line end
  end
  return amount, keys
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

-- A counter's window is given from ARGV[a]: kind (D/M/T), utc offset s, retention ms (T), then the
-- client's guess of the current window: label, its first day and the day after it (days since
-- 1970 at that offset). The server's clock decides: the guess is taken only when today, by TIME,
-- falls inside it; otherwise the label is computed here.
local function today(a)
  local localMs = clock() + tonumber(ARGV[a + 1]) * 1000
  return math.floor(localMs / DAY_MS), localMs
end

local function label(a)
  local kind = ARGV[a]
  if kind == 'T' then return 'total' end
  local days = today(a)
  if days >= tonumber(ARGV[a + 4]) and days < tonumber(ARGV[a + 5]) then return ARGV[a + 3] end
  local y, m, d = civil(days)
  if kind == 'D' then return string.format('%04d-%02d-%02d', y, m, d) end
  return string.format('%04d-%02d', y, m)
end

-- the life (ms) of a counter created now: to the end of its window plus a day
local function life(a)
  local kind = ARGV[a]
  if kind == 'T' then return tonumber(ARGV[a + 2]) end
  local days, localMs = today(a)
  if kind == 'D' then return (days + 1) * DAY_MS - localMs + DAY_MS end
  local _, _, d = civil(days)
  return (32 - d + 1) * DAY_MS + DAY_MS
end

-- a counter hash gets its life once, when created (every script that may create one calls this)
local function ensureTtl(key, lifeMs)
  if redis.call('PTTL', key) < 0 then redis.call('PEXPIRE', key, string.format('%d', lifeMs)) end
end

-- committed never below used (a window key that expired or was released under a reservation)
local function unbook(key, amount)
  local c = redis.call('HINCRBY', key, 'committed', '-' .. amount)
  local u = tonumber(redis.call('HGET', key, 'used') or '0')
  if c < u then redis.call('HSET', key, 'committed', u) end
end

local function unreserve(rec)
  local amount, keys = split(rec)
  if tonumber(amount) == 0 then return end
  for i = 1, #keys do
    if redis.call('EXISTS', keys[i]) == 1 then unbook(keys[i], amount) end
  end
end

-- gives back the amounts of due reservations, forgets settled ids past their retention (at most
-- 100 per call) and stores the new earliest score in NEXT
local function housekeep(book, expiry)
  local due = redis.call('ZRANGEBYSCORE', expiry, '-inf', string.format('%d', clock()), 'LIMIT', 0, 100)
  if #due > 0 then
    local recs = redis.call('HMGET', book, unpack(due))
    for i = 1, #due do
      local rec = recs[i]
      if rec and rec ~= SETTLED then unreserve(rec) end
    end
    redis.call('HDEL', book, unpack(due))
    redis.call('ZREM', expiry, unpack(due))
  end
  local first = redis.call('ZRANGE', expiry, 0, 0, 'WITHSCORES')
  local next = first[2] or NEVER
  redis.call('HSET', book, NEXT, next)
  return tonumber(next)
end

-- the book's entry for an id (false when none) and NEXT, after the housekeeping if it was due
local function lookup(book, expiry, id)
  local v = redis.call('HMGET', book, id, NEXT)
  local next = tonumber(v[2])
  if next and next > clock() then return v[1], next end
  next = housekeep(book, expiry)
  return redis.call('HGET', book, id), next
end

-- used and reserved of a counter, read
local function state(key)
  local v = redis.call('HMGET', key, 'used', 'committed')
  local u = tonumber(v[1] or '0')
  return u, math.max(0, tonumber(v[2] or '0') - u)
end
