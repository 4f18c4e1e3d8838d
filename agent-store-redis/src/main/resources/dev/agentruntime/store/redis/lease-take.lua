-- Takes (or renews) a lease unless another holder has it; it expires on the server after ARGV[2] ms.
local cur = redis.call('GET', KEYS[1])
if cur and cur ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
