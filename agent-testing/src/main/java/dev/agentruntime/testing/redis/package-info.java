/**
 * Throw-away Redis servers for tests: a {@code redis-server} process (or a 3-node Redis Cluster)
 * on free loopback ports in a temporary directory, started and stopped by a JUnit 5 extension.
 */
@NullMarked
package dev.agentruntime.testing.redis;

import org.jspecify.annotations.NullMarked;
