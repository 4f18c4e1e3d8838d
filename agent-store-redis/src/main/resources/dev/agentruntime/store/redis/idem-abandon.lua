-- releases a claim only while it is still in flight (never deletes a stored result)
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
