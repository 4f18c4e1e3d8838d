/** JMH benchmarks of the Redis stores against redis-server on localhost, with in-memory baselines. */
package dev.agentruntime.benchmarks.redis;
