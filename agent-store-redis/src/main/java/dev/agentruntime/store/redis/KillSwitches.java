package dev.agentruntime.store.redis;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.RunChain;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.tool.ToolResult;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Switches tenants, models and tools off (and on again) across every replica sharing a namespace.
 * The state is stored in one Redis hash ({@code {<ns>:kill}}), so a replica starting later reads
 * it; changes are published on {@code {<ns>:kill}:changes} and every replica applies them at once
 * (within milliseconds; the stored state is also re-read at least every second, which covers
 * messages lost while disconnected). A change is published as JSON ({@code op}, {@code field},
 * {@code reason}), so any id or reason (tabs, newlines) arrives as itself; the tab-separated
 * messages of earlier versions are still applied. Checks read the replica's copy: no round trip per call, and a
 * Redis outage keeps the last known state. The re-read runs on a thread of its own (one at a time,
 * started by the first check that finds the copy older than a second), so a check never waits for
 * Redis, not even for a server that hangs.
 *
 * <p>{@link #interceptor()} enforces the switches: add it to the runtime builder; a run of a
 * switched-off tenant, a call to a switched-off model or tool fails with
 * {@link KillSwitchedException}.
 */
public final class KillSwitches implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KillSwitches.class);
  private static final long REFRESH_NANOS = 1_000_000_000L;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What can be switched off. */
  public enum Target {
    /** Every run of a tenant. */
    TENANT,
    /** Every call to a model (by requested model id). */
    MODEL,
    /** Every call of a tool (by name). */
    TOOL
  }

  private final RedisStores redis;
  private final String hash;
  private final String channel;
  private final Map<String, String> off = new ConcurrentHashMap<>();
  private volatile long loadedAtNanos;
  private final AtomicBoolean reloading = new AtomicBoolean();
  private final ThreadPoolExecutor reloader;
  private final AutoCloseable subscription;

  KillSwitches(RedisStores redis, String namespace) {
    if (namespace == null || namespace.isBlank() || namespace.indexOf('{') >= 0 || namespace.indexOf('}') >= 0) {
      throw new IllegalArgumentException("KillSwitches namespace must be non-blank without braces, was '" + namespace + "'");
    }
    this.redis = redis;
    this.hash = "{" + namespace + ":kill}";
    this.channel = hash + ":changes";
    AutoCloseable sub = null;
    try {
      sub = redis.subscribe(new RedisPubSubAdapter<>() {
        @Override
        public void message(String ch, String message) {
          apply(message);
        }
      }, channel);
    } catch (RuntimeException e) {
      LOG.warn("kill switches: cannot subscribe to {} on {} yet; the stored state is polled every second",
          channel, redis.describe(), e);
    }
    this.subscription = sub;
    String threadName = "kill-switches-" + namespace;
    this.reloader = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
    reloader.allowCoreThreadTimeOut(true);
    reload();
  }

  private static String field(Target target, String id) {
    return Objects.requireNonNull(target, "target").name().toLowerCase(Locale.ROOT) + ":"
        + Objects.requireNonNull(id, "id");
  }

  /** A change as published: {@code {"op":"off","field":"tool:<id>","reason":"..."}} or {@code {"op":"on","field":...}}. */
  private static String message(String op, String field, @Nullable String reason) {
    ObjectNode n = JSON.createObjectNode();
    n.put("op", op);
    n.put("field", field);
    if (reason != null) {
      n.put("reason", reason);
    }
    return n.toString();
  }

  private void apply(String message) {
    if (message.startsWith("{")) {
      JsonNode n;
      try {
        n = JSON.readTree(message);
      } catch (JsonProcessingException e) {
        LOG.warn("kill switches: ignoring an unreadable change on {}: {}", channel, message);
        return;
      }
      String field = n.path("field").asText(null);
      if (field == null) {
        return;
      }
      String op = n.path("op").asText("");
      if (op.equals("off")) {
        off.put(field, n.path("reason").asText(""));
      } else if (op.equals("on")) {
        off.remove(field);
      }
      return;
    }
    // published by earlier versions: "off\t<field>\t<reason>" or "on\t<field>"
    String[] p = message.split("\t", 3);
    if (p.length >= 2 && p[0].equals("off")) {
      off.put(p[1], p.length > 2 ? p[2] : "");
    } else if (p.length >= 2 && p[0].equals("on")) {
      off.remove(p[1]);
    }
  }

  private void reload() {
    try {
      Map<String, String> stored = redis.execute(c -> c.hgetall(hash));
      off.keySet().retainAll(stored.keySet());
      off.putAll(stored);
      loadedAtNanos = System.nanoTime();
    } catch (RedisStores.RedisUnavailableException e) {
      LOG.debug("kill switches: {} unavailable, keeping the last known state", redis.describe());
      loadedAtNanos = System.nanoTime();
    }
  }

  /** Re-reads the stored state on the reloader thread; the caller reads the copy meanwhile. */
  private void reloadInBackground() {
    try {
      reloader.execute(() -> {
        try {
          reload();
        } finally {
          reloading.set(false);
        }
      });
    } catch (RejectedExecutionException e) {
      reloading.set(false); // closed
    }
  }

  /**
   * Switches something off on every replica.
   *
   * @param target what kind
   * @param id its id (tenant id, model id, tool name)
   * @param reason why (shown in the refusal), or null
   * @throws RedisStoreUnavailableException when Redis does not answer
   */
  public void switchOff(Target target, String id, @Nullable String reason) {
    String f = field(target, id);
    String r = reason == null ? "" : reason;
    write(c -> {
      c.hset(hash, f, r);
      return c.publish(channel, message("off", f, r));
    });
    off.put(f, r);
  }

  /**
   * Switches something on again on every replica.
   *
   * @param target what kind
   * @param id its id
   * @throws RedisStoreUnavailableException when Redis does not answer
   */
  public void switchOn(Target target, String id) {
    String f = field(target, id);
    write(c -> {
      c.hdel(hash, f);
      return c.publish(channel, message("on", f, null));
    });
    off.remove(f);
  }

  private void write(java.util.function.Function<io.lettuce.core.cluster.api.sync.RedisClusterCommands<String, String>, Long> f) {
    try {
      redis.execute(f);
    } catch (RedisStores.RedisUnavailableException e) {
      throw new RedisStoreUnavailableException("kill switches on " + redis.describe() + " unavailable: "
          + e.getMessage(), e.getCause());
    }
  }

  /**
   * @param target what kind
   * @param id its id (null: never off)
   * @return the reason when it is switched off
   */
  public Optional<String> offReason(Target target, @Nullable String id) {
    if (id == null) {
      return Optional.empty();
    }
    if (System.nanoTime() - loadedAtNanos > REFRESH_NANOS && reloading.compareAndSet(false, true)) {
      reloadInBackground();
    }
    return Optional.ofNullable(off.get(field(target, id)));
  }

  /** @return an interceptor (stage {@link Stage#LIMITS}) refusing what is switched off */
  public AgentInterceptor interceptor() {
    return new AgentInterceptor() {
      @Override
      public Stage stage() {
        return Stage.LIMITS;
      }

      @Override
      public AgentResult aroundRun(RunChain chain) throws Exception {
        String tenant = chain.context().tenantId();
        Optional<String> r = offReason(Target.TENANT, tenant);
        if (r.isPresent()) {
          throw new KillSwitchedException(chain.context().runId(), Target.TENANT, tenant, r.get());
        }
        return chain.proceed(chain.input());
      }

      @Override
      public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
        String model = chain.requestModel();
        Optional<String> r = offReason(Target.MODEL, model);
        if (r.isPresent()) {
          throw new KillSwitchedException(chain.context().runId(), Target.MODEL, model, r.get());
        }
        return chain.proceed(chain.request());
      }

      @Override
      public ToolResult aroundToolCall(ToolChain chain) throws Exception {
        String tool = chain.call().name();
        Optional<String> r = offReason(Target.TOOL, tool);
        if (r.isPresent()) {
          throw new KillSwitchedException(chain.context().runId(), Target.TOOL, tool, r.get());
        }
        return chain.proceed(chain.call());
      }

      @Override
      public String toString() {
        return "KillSwitches(" + hash + ")";
      }
    };
  }

  /** Stops listening for changes and re-reading the stored state. */
  @Override
  public void close() {
    reloader.shutdownNow();
    if (subscription != null) {
      try {
        subscription.close();
      } catch (Exception e) {
        LOG.debug("kill switches: closing the subscription failed", e);
      }
    }
  }
}
