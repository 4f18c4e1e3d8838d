package dev.agentruntime.store.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.core.tool.ToolResult;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Queue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link IdempotencyStore} on Redis: a side-effecting tool call claims its key with
 * {@code SET key <in-flight marker> NX PX <ttl>} (the claim is a lease: if the replica running it
 * dies, the key frees itself after the TTL); the result is stored with {@code SET key <result> PX
 * <ttl>}, so a retry on any replica gets it back instead of running the tool again. Keys:
 * {@code {<namespace>:idem:<key>}} (braces and percent signs in the key percent-encoded). Fails closed: when Redis does not answer, the call is refused
 * with {@link RedisStoreUnavailableException}.
 *
 * <p>Each claim's marker holds a token of its own. A claim refused as unavailable (a command timeout,
 * a dropped connection) may still have been made, its reply lost: its caller never runs the tool,
 * so the claim is remembered and released (compare-and-delete on its token, never another caller's
 * claim) as soon as Redis answers again — before the next {@code begin} on this connection — instead
 * of blocking the key for its whole TTL. (A replica that dies first leaves it to the TTL.)
 * {@link #abandon} releases whatever claim is in flight: the SPI names no claim.
 */
public final class RedisIdempotencyStore implements IdempotencyStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Every in-flight marker starts so (the versions before tokens wrote exactly {@code {"state":"IN_PROGRESS"}}). */
  private static final String IN_FLIGHT_PREFIX = "{\"state\":\"IN_PROGRESS\"";
  /** At most this many lost claims are remembered (an outage); older ones are left to their TTL. */
  private static final int MAX_LOST_CLAIMS = 10_000;
  private static final Scripts.Script ABANDON = Scripts.load("idem-abandon.lua");
  private static final Logger LOG = LoggerFactory.getLogger(RedisIdempotencyStore.class);

  /**
   * A claim that may have been made though its caller was told the store is unavailable.
   *
   * @param key the Redis key
   * @param marker the claim's marker (with its token)
   */
  record LostClaim(String key, String marker) {}

  private final RedisStores redis;
  private final String namespace;

  RedisIdempotencyStore(RedisStores redis, String namespace) {
    this.redis = redis;
    this.namespace = RedisStores.checkNamespace("RedisIdempotencyStore", namespace);
  }

  /**
   * Two stores on the same connection and namespace hold the same keys: they are equal (so a
   * runtime and its {@code DurableRuns} may each be given one from {@code idempotencyStore(ns)}).
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof RedisIdempotencyStore r && r.redis == redis && r.namespace.equals(namespace);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(redis) * 31 + namespace.hashCode();
  }

  @Override
  public String toString() {
    return "RedisIdempotencyStore(" + redis.describe() + ", namespace " + namespace + ")";
  }

  /**
   * The Redis key of a caller's key: all of it one hash tag, so braces in it are percent-encoded
   * (with the percent sign itself: one Redis key per caller key, never two callers' on one).
   */
  String key(String key) {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("key must not be null or empty");
    }
    String k = key;
    if (k.indexOf('%') >= 0 || k.indexOf('{') >= 0 || k.indexOf('}') >= 0) {
      k = k.replace("%", "%25").replace("{", "%7B").replace("}", "%7D");
    }
    return "{" + namespace + ":idem:" + k + "}";
  }

  private <T> T run(String what, java.util.function.Function<io.lettuce.core.cluster.api.sync.RedisClusterCommands<String, String>, T> f) {
    try {
      return redis.execute(f);
    } catch (RedisStores.RedisUnavailableException e) {
      throw new RedisStoreUnavailableException(
          "idempotency store " + redis.describe() + " is unavailable (" + what + "): " + e.getMessage(), e.getCause());
    }
  }

  @Override
  public Claim begin(String key, Duration ttl) {
    String k = key(key);
    long ms = ttlMillis(ttl);
    releaseLostClaims();
    String marker = IN_FLIGHT_PREFIX + ",\"claim\":\"" + IndexMember.newTag() + "\"}";
    if (claim(k, marker, ms)) {
      return Claim.acquired();
    }
    String held = run("read claim", c -> c.get(k));
    if (held == null) {
      // expired between the two commands: try once more
      return claim(k, marker, ms) ? Claim.acquired() : Claim.inProgress();
    }
    if (held.startsWith(IN_FLIGHT_PREFIX)) {
      return Claim.inProgress();
    }
    try {
      JsonNode n = JSON.readTree(held);
      return Claim.completed(new ToolResult(n.path("content").asText(null), n.path("isError").asBoolean()));
    } catch (IOException e) {
      throw new IllegalStateException("idempotency key " + k + " holds an unreadable result: " + held, e);
    }
  }

  /** SET NX PX; a claim whose reply is lost is remembered, to be released once Redis answers. */
  private boolean claim(String k, String marker, long ms) {
    try {
      return "OK".equals(run("claim", c -> c.set(k, marker, SetArgs.Builder.nx().px(ms))));
    } catch (RedisStoreUnavailableException e) {
      Queue<LostClaim> lost = redis.lostClaims;
      lost.add(new LostClaim(k, marker));
      if (lost.size() > MAX_LOST_CLAIMS && lost.poll() != null) {
        LOG.warn("idempotency store {}: more than {} claims with lost replies; the oldest is left to its TTL",
            redis.describe(), MAX_LOST_CLAIMS);
      }
      throw e;
    }
  }

  /** Releases the claims whose replies were lost, each only while it is still that claim; stops when Redis fails. */
  private void releaseLostClaims() {
    Queue<LostClaim> lost = redis.lostClaims;
    for (int n = lost.size(); n > 0; n--) {
      LostClaim l = lost.peek();
      if (l == null) {
        return;
      }
      String[] keys = {l.key()};
      try {
        redis.execute(c -> ABANDON.run(c, ScriptOutputType.INTEGER, keys, l.marker(), "own"));
      } catch (RedisStores.RedisUnavailableException e) {
        return; // still down: next time
      } catch (RuntimeException e) {
        LOG.warn("idempotency store {}: could not release the claim on {} whose reply was lost",
            redis.describe(), l.key(), e);
      }
      lost.remove(l);
    }
  }

  @Override
  public void complete(String key, ToolResult result, Duration ttl) {
    Objects.requireNonNull(result, "result");
    String k = key(key);
    long ms = ttlMillis(ttl);
    ObjectNode n = JSON.createObjectNode();
    n.put("state", "COMPLETED");
    n.put("content", result.content());
    n.put("isError", result.isError());
    String v;
    try {
      v = JSON.writeValueAsString(n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    run("store result", c -> c.set(k, v, SetArgs.Builder.px(ms)));
  }

  @Override
  public void abandon(String key) {
    String[] keys = {key(key)};
    run("abandon", c -> ABANDON.run(c, ScriptOutputType.INTEGER, keys, IN_FLIGHT_PREFIX, "any"));
  }

  private static long ttlMillis(Duration ttl) {
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
    return Math.max(1, ttl.toMillis());
  }
}
