package dev.agentruntime.store.redis;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.databind.JsonNode;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.session.SessionConflictException;
import dev.agentruntime.core.session.SessionEntry;
import dev.agentruntime.core.session.SessionInfo;
import dev.agentruntime.core.session.SessionOwner;
import dev.agentruntime.core.session.SessionStore;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link SessionStore} on Redis. A session is two keys in one hash slot: {@code {ns:session:<id>}:meta}
 * (a hash: owner, next sequence number, times, the fork's source) and {@code {ns:session:<id>}:log}
 * (a list whose index is the sequence number), plus {@code {ns:session:<id>}:lease}. Appending
 * checks the expected sequence number and appends in one Lua script (optimistic concurrency: a
 * stale writer gets {@link SessionConflictException} and writes nothing; a retried append that
 * succeeded is recognised and is a no-op). Times are the server's clock.
 *
 * <p>Listing and erasing by user use index sets ({@code {ns:sessions}:all},
 * {@code {ns:sessions:user:<u>}}, {@code {ns:sessions:tenant:<t>}}), each in its own slot, so the
 * store runs on Redis Cluster with sessions spread over the nodes. A session is added to the
 * indexes <em>before</em> it is created, so no session ever exists that an erasure cannot find.
 * An index member is the session id with a tag of its own per attempt to create the session (see
 * {@link IndexMember}), which the session stores: deleting a session removes only the members with
 * its tag, never those of a creation of the same id running at the same time (the index and the
 * session are in different slots, so the two cannot be one script); an attempt that did not create
 * the session removes its own members. Members of sessions that do not exist (yet, or any more: a
 * creation still running, or one whose reply was lost) are ignored and kept. A fork reads
 * the source's prefix (the log is append-only, so the prefix cannot change) and creates the new
 * session in one script on the new session's slot.
 *
 * <p>Failures of Redis surface as {@link RedisStoreUnavailableException} (a
 * {@link dev.agentruntime.core.store.StoreException}). Obtain it from
 * {@link RedisStores#sessionStore(String)}.
 */
public final class RedisSessionStore implements SessionStore {

  private static final Scripts.Script APPEND = Scripts.load("session-append.lua", "server-now.lua");
  private static final Scripts.Script SNAPSHOT = Scripts.load("session-snapshot.lua");
  private static final Scripts.Script CREATE_FORK = Scripts.load("session-create-fork.lua", "server-now.lua");
  private static final Scripts.Script DELETE = Scripts.load("session-delete.lua");
  private static final Scripts.Script LEASE_TAKE = Scripts.load("lease-take.lua");
  private static final Scripts.Script LEASE_RELEASE = Scripts.load("lease-release.lua");

  private final RedisStores redis;
  private final String namespace;

  RedisSessionStore(RedisStores redis, String namespace) {
    this.redis = redis;
    this.namespace = RedisStores.checkNamespace("RedisSessionStore", namespace);
  }

  private String base(String sessionId) {
    return "{" + namespace + ":session:" + sessionId + "}";
  }

  private String[] sessionKeys(String sessionId) {
    String b = base(sessionId);
    return new String[] {b + ":meta", b + ":log", b + ":lease"};
  }

  private String allIndex() {
    return "{" + namespace + ":sessions}:all";
  }

  private String userIndex(String userId) {
    return "{" + namespace + ":sessions:user:" + userId + "}";
  }

  private String tenantIndex(String tenantId) {
    return "{" + namespace + ":sessions:tenant:" + tenantId + "}";
  }

  private <T> T run(String what, Function<RedisClusterCommands<String, String>, T> f) {
    try {
      return redis.execute(f);
    } catch (RedisStores.RedisUnavailableException e) {
      throw new RedisStoreUnavailableException(
          "session store " + redis.describe() + " is unavailable (" + what + "): " + e.getMessage(), e.getCause());
    }
  }

  private static String enc(String v) {
    return v == null ? "" : "=" + v;
  }

  private static String dec(Object v) {
    String s = v == null ? "" : v.toString();
    return s.isEmpty() ? null : s.substring(1);
  }

  private static long n(Object o) {
    return o instanceof Long l ? l : Long.parseLong(String.valueOf(o));
  }

  static Instant micros(String micros) {
    long m = Long.parseLong(micros);
    return Instant.ofEpochSecond(Math.floorDiv(m, 1_000_000L), Math.floorMod(m, 1_000_000L) * 1000L);
  }

  /** Adds the session to the indexes of its owner (before it is created), as {@code member}. */
  private void index(String sessionId, String member, String tenantId, String userId) {
    run("index session '" + sessionId + "'", c -> c.sadd(allIndex(), member));
    if (userId != null) {
      run("index session '" + sessionId + "'", c -> c.sadd(userIndex(userId), member));
    }
    if (tenantId != null) {
      run("index session '" + sessionId + "'", c -> c.sadd(tenantIndex(tenantId), member));
    }
  }

  /** Removes one member (one creation's) from the indexes of its owner. */
  private void unindex(String sessionId, String member, String tenantId, String userId) {
    run("unindex session '" + sessionId + "'", c -> c.srem(allIndex(), member));
    if (userId != null) {
      run("unindex session '" + sessionId + "'", c -> c.srem(userIndex(userId), member));
    }
    if (tenantId != null) {
      run("unindex session '" + sessionId + "'", c -> c.srem(tenantIndex(tenantId), member));
    }
  }

  /** Removes the members of an attempt that created nothing; left behind (harmless) if Redis fails. */
  private void tidy(String sessionId, String member, String tenantId, String userId) {
    try {
      unindex(sessionId, member, tenantId, userId);
    } catch (RedisStoreUnavailableException e) {
      // a member of no session: ignored by list() and deleteUser()
    }
  }

  /** The ids of an index's members (a session may have more than one member: see the class comment). */
  private static Set<String> ids(Set<String> members) {
    Set<String> ids = new LinkedHashSet<>();
    for (String m : members) {
      ids.add(IndexMember.id(m));
    }
    return ids;
  }

  @Override
  public long append(String sessionId, SessionOwner owner, long expectedNextSeq,
      List<? extends ChatMessage> messages, String runId) {
    requireId("sessionId", sessionId);
    Objects.requireNonNull(owner, "owner must not be null (use SessionOwner.none())");
    requireId("runId", runId);
    if (expectedNextSeq < 0) {
      throw new IllegalArgumentException("expectedNextSeq must be >= 0, was " + expectedNextSeq);
    }
    Objects.requireNonNull(messages, "messages must not be null");
    String tag = expectedNextSeq == 0 ? IndexMember.newTag() : "";
    String[] args = new String[5 + messages.size()];
    args[0] = Long.toString(expectedNextSeq);
    args[1] = expectedNextSeq == 0 ? "1" : "0";
    args[2] = enc(owner.tenantId());
    args[3] = enc(owner.userId());
    args[4] = tag;
    for (int i = 0; i < messages.size(); i++) {
      args[5 + i] = Codec.sessionBody(runId, Objects.requireNonNull(messages.get(i), "messages must not contain null"));
    }
    String member = IndexMember.of(sessionId, tag);
    if (expectedNextSeq == 0) {
      // the session may be created by this append: index it first, so an erasure always finds it
      index(sessionId, member, owner.tenantId(), owner.userId());
    }
    String[] keys = {sessionKeys(sessionId)[0], sessionKeys(sessionId)[1]};
    List<Object> r = run("append to session '" + sessionId + "'",
        c -> APPEND.run(c, ScriptOutputType.MULTI, keys, args));
    long status = n(r.get(0));
    long value = n(r.get(1));
    if (expectedNextSeq == 0 && n(r.get(2)) == 0) {
      // not created by this append (it existed): no session carries this tag, so its members go
      tidy(sessionId, member, owner.tenantId(), owner.userId());
    }
    if (status == 2) {
      throw new SessionConflictException(sessionId, expectedNextSeq, value);
    }
    if (status != 1) {
      throw new IllegalStateException("session store: unexpected reply " + r + " appending to '" + sessionId + "'");
    }
    return value;
  }

  @Override
  public List<SessionEntry> read(String sessionId, long fromSeq) {
    requireId("sessionId", sessionId);
    if (fromSeq < 0) {
      throw new IllegalArgumentException("fromSeq must be >= 0, was " + fromSeq);
    }
    String log = sessionKeys(sessionId)[1];
    List<String> els = run("read session '" + sessionId + "'", c -> c.lrange(log, fromSeq, -1));
    List<SessionEntry> out = new ArrayList<>(els.size());
    for (int i = 0; i < els.size(); i++) {
      out.add(entry(fromSeq + i, els.get(i)));
    }
    return out;
  }

  private static SessionEntry entry(long seq, String element) {
    int bar = element.indexOf('|');
    JsonNode body = Codec.read(element.substring(bar + 1));
    return new SessionEntry(seq, Codec.sessionMessage(body), body.path("run").asText(),
        micros(element.substring(0, bar)));
  }

  private static SessionInfo info(String sessionId, Map<String, String> m) {
    return new SessionInfo(sessionId, m.get("tenant"), m.get("user"), Long.parseLong(m.get("next")),
        micros(m.get("created")), micros(m.get("updated")), m.get("forked"));
  }

  @Override
  public Optional<SessionInfo> info(String sessionId) {
    requireId("sessionId", sessionId);
    String meta = sessionKeys(sessionId)[0];
    Map<String, String> m = run("read session '" + sessionId + "'", c -> c.hgetall(meta));
    return m == null || m.isEmpty() ? Optional.empty() : Optional.of(info(sessionId, m));
  }

  @Override
  public List<SessionInfo> list(@Nullable String tenantId, @Nullable String userId) {
    String index = userId != null ? userIndex(userId) : tenantId != null ? tenantIndex(tenantId) : allIndex();
    Set<String> ids = ids(run("list sessions", c -> c.smembers(index)));
    List<SessionInfo> out = new ArrayList<>();
    for (String id : ids) {
      Optional<SessionInfo> info = info(id);
      if (info.isEmpty()) {
        // being created (indexed before its first append) or never created: left in the index,
        // which must not lose a session an erasure has to find
        continue;
      }
      SessionInfo s = info.get();
      if ((tenantId == null || tenantId.equals(s.tenantId())) && (userId == null || userId.equals(s.userId()))) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparing(SessionInfo::updatedAt).reversed().thenComparing(SessionInfo::sessionId));
    return out;
  }

  @Override
  public SessionInfo fork(String sourceSessionId, long uptoSeq, String newSessionId) {
    requireId("sourceSessionId", sourceSessionId);
    requireId("newSessionId", newSessionId);
    if (uptoSeq < 0) {
      throw new IllegalArgumentException("uptoSeq must be >= 0, was " + uptoSeq);
    }
    if (newSessionId.equals(sourceSessionId)) {
      throw new IllegalArgumentException("newSessionId must differ from sourceSessionId '" + sourceSessionId + "'");
    }
    String[] src = sessionKeys(sourceSessionId);
    String[] srcKeys = {src[0], src[1]};
    List<Object> snap = run("fork session '" + sourceSessionId + "'",
        c -> SNAPSHOT.run(c, ScriptOutputType.MULTI, srcKeys, Long.toString(uptoSeq)));
    if (snap.isEmpty()) {
      throw new IllegalArgumentException("sourceSessionId '" + sourceSessionId + "' does not exist");
    }
    int k = (int) n(snap.get(0));
    Map<String, String> meta = new HashMap<>();
    for (int i = 1; i < k; i += 2) {
      meta.put(String.valueOf(snap.get(i)), String.valueOf(snap.get(i + 1)));
    }
    long count = Long.parseLong(meta.get("next"));
    if (uptoSeq > count) {
      throw new IllegalArgumentException("uptoSeq must be between 0 and " + count
          + " (the message count of '" + sourceSessionId + "'), was " + uptoSeq);
    }
    String tenant = meta.get("tenant");
    String user = meta.get("user");
    String tag = IndexMember.newTag();
    String[] args = new String[5 + (int) uptoSeq];
    args[0] = Long.toString(uptoSeq);
    args[1] = enc(tenant);
    args[2] = enc(user);
    args[3] = sourceSessionId;
    args[4] = tag;
    for (int i = 0; i < uptoSeq; i++) {
      args[5 + i] = String.valueOf(snap.get(1 + k + i));
    }
    String member = IndexMember.of(newSessionId, tag);
    index(newSessionId, member, tenant, user);
    String[] dst = sessionKeys(newSessionId);
    String[] dstKeys = {dst[0], dst[1]};
    Object created = run("fork session '" + sourceSessionId + "'",
        c -> CREATE_FORK.run(c, ScriptOutputType.VALUE, dstKeys, args));
    if (created == null || "0".equals(created.toString())) {
      tidy(newSessionId, member, tenant, user); // not created: no session carries this tag
      throw new IllegalArgumentException("newSessionId '" + newSessionId + "' already exists");
    }
    Instant now = micros(created.toString());
    return new SessionInfo(newSessionId, tenant, user, uptoSeq, now, now, sourceSessionId);
  }

  @Override
  public boolean delete(String sessionId) {
    requireId("sessionId", sessionId);
    return deleteIf(sessionId, "", "") == 1;
  }

  /** @return 1 deleted, 0 exists but not matching, -1 does not exist */
  private int deleteIf(String sessionId, String userFilter, String tenantFilter) {
    String[] keys = sessionKeys(sessionId);
    List<Object> r = run("delete session '" + sessionId + "'",
        c -> DELETE.run(c, ScriptOutputType.MULTI, keys, userFilter, tenantFilter));
    if (n(r.get(0)) == 0) {
      return -1;
    }
    if (n(r.get(1)) == 0) {
      return 0;
    }
    // only the deleted session's own members: a creation of the same id now has members of its own
    unindex(sessionId, IndexMember.of(sessionId, String.valueOf(r.get(4))), dec(r.get(2)), dec(r.get(3)));
    return 1;
  }

  @Override
  public int deleteUser(@Nullable String tenantId, String userId) {
    requireId("userId", userId);
    String index = userIndex(userId);
    Set<String> ids = ids(run("erase the sessions of a user", c -> c.smembers(index)));
    int erased = 0;
    for (String id : ids) {
      // a member whose session does not exist, or is not this user's (in this tenant), stays: it may
      // belong to a creation still running (removing it would hide that session from an erasure)
      if (deleteIf(id, enc(userId), tenantId == null ? "" : enc(tenantId)) == 1) {
        erased++;
      }
    }
    return erased;
  }

  @Override
  public boolean tryLease(String sessionId, String holder, Duration ttl) {
    requireId("sessionId", sessionId);
    requireId("holder", holder);
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
    String[] keys = {sessionKeys(sessionId)[2]};
    String ms = Long.toString(Math.max(1, ttl.toMillis()));
    Long r = run("lease session '" + sessionId + "'", c -> LEASE_TAKE.run(c, ScriptOutputType.INTEGER, keys, holder, ms));
    return r != null && r == 1L;
  }

  @Override
  public void releaseLease(String sessionId, String holder) {
    requireId("sessionId", sessionId);
    requireId("holder", holder);
    String[] keys = {sessionKeys(sessionId)[2]};
    run("release the lease of session '" + sessionId + "'",
        c -> LEASE_RELEASE.run(c, ScriptOutputType.INTEGER, keys, holder));
  }

  static void requireId(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
  }
}
