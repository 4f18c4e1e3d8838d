package dev.agentruntime.core.idempotency;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.agentruntime.core.tool.ToolResult;
import java.time.Duration;
import java.util.concurrent.ConcurrentMap;

/** The default {@link IdempotencyStore}: a Caffeine cache whose entries expire on their own. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

  private record Entry(ToolResult result, long ttlNanos) {}

  private final long maximumSize;
  /**
   * Built on first use: every runtime gets a store by default, but only side-effecting tools use
   * it, and a fresh runtime's first run should not pay for the cache's classes before then.
   */
  private volatile Cache<String, Entry> cache;

  /**
   * @param maximumSize the most keys kept (oldest evicted first)
   */
  public InMemoryIdempotencyStore(long maximumSize) {
    if (maximumSize <= 0) {
      throw new IllegalArgumentException("maximumSize must be positive, was " + maximumSize);
    }
    this.maximumSize = maximumSize;
  }

  private Cache<String, Entry> cache() {
    Cache<String, Entry> c = cache;
    if (c == null) {
      synchronized (this) {
        c = cache;
        if (c == null) {
          c = newCache(maximumSize);
          cache = c;
        }
      }
    }
    return c;
  }

  private static Cache<String, Entry> newCache(long maximumSize) {
    return Caffeine.newBuilder()
            .maximumSize(maximumSize)
            .expireAfter(
                new Expiry<String, Entry>() {
                  @Override
                  public long expireAfterCreate(String k, Entry v, long now) {
                    return v.ttlNanos();
                  }

                  @Override
                  public long expireAfterUpdate(String k, Entry v, long now, long current) {
                    return v.ttlNanos();
                  }

                  @Override
                  public long expireAfterRead(String k, Entry v, long now, long current) {
                    return current;
                  }
                })
            .build();
  }

  /** Creates a store keeping up to 100,000 keys. */
  public InMemoryIdempotencyStore() {
    this(100_000);
  }

  @Override
  public Claim begin(String key, Duration ttl) {
    checkKey(key);
    checkTtl(ttl);
    ConcurrentMap<String, Entry> map = cache().asMap();
    Entry mine = new Entry(null, ttl.toNanos());
    Entry existing = map.putIfAbsent(key, mine);
    if (existing == null) {
      return Claim.acquired();
    }
    return existing.result() == null ? Claim.inProgress() : Claim.completed(existing.result());
  }

  @Override
  public void complete(String key, ToolResult result, Duration ttl) {
    checkKey(key);
    java.util.Objects.requireNonNull(result, "result must not be null");
    checkTtl(ttl);
    cache().put(key, new Entry(result, ttl.toNanos()));
  }

  @Override
  public void abandon(String key) {
    checkKey(key);
    cache().asMap().computeIfPresent(key, (k, v) -> v.result() == null ? null : v);
  }

  private static void checkKey(String key) {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("key must not be null or empty");
    }
  }

  private static void checkTtl(Duration ttl) {
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
  }
}
