-- the server's clock in microseconds since the epoch, as a string (never the replicas' clocks)
local function server_now()
  local t = redis.call('TIME')
  return t[1] .. string.format('%06d', tonumber(t[2]))
end
