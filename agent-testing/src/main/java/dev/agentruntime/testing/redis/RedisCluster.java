package dev.agentruntime.testing.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away Redis Cluster of three masters (no replicas) on free loopback ports, created with
 * {@code redis-cli --cluster create} (Debian/Ubuntu package {@code redis-tools};
 * {@code $REDIS_CLI} overrides the binary).
 */
public final class RedisCluster implements AutoCloseable {

  private final List<RedisServer> nodes;

  private RedisCluster(List<RedisServer> nodes) {
    this.nodes = nodes;
  }

  /** @return a running 3-master cluster with every slot assigned */
  public static RedisCluster start() {
    List<RedisServer> nodes = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        nodes.add(RedisServer.start(List.of("--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
            "--cluster-node-timeout", "2000")));
      }
      List<String> cmd = new ArrayList<>(List.of(RedisServer.binary("REDIS_CLI", "redis-cli"), "--cluster", "create"));
      for (RedisServer n : nodes) {
        cmd.add("127.0.0.1:" + n.port());
      }
      cmd.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("redis-cli --cluster create failed:\n" + out);
      }
      awaitClusterOk(nodes.get(0));
      return new RedisCluster(nodes);
    } catch (IOException | InterruptedException | RuntimeException e) {
      nodes.forEach(RedisServer::close);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  private static void awaitClusterOk(RedisServer node) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String out = "";
    while (System.nanoTime() < deadline) {
      Process p = new ProcessBuilder(RedisServer.binary("REDIS_CLI", "redis-cli"), "-p",
          Integer.toString(node.port()), "cluster", "info").redirectErrorStream(true).start();
      out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(10, TimeUnit.SECONDS);
      if (out.contains("cluster_state:ok")) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the cluster did not become ready:\n" + out);
  }

  /** @return the nodes */
  public List<RedisServer> nodes() {
    return List.copyOf(nodes);
  }

  /** @return the seed URIs, one per node */
  public List<String> uris() {
    return nodes.stream().map(RedisServer::uri).toList();
  }

  /** Stops every node and deletes their directories. */
  @Override
  public void close() {
    nodes.forEach(RedisServer::close);
  }
}
