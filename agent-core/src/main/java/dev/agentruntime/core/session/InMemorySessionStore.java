package dev.agentruntime.core.session;

import dev.agentruntime.core.model.ChatMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The default {@link SessionStore}: sessions in this JVM's memory (lost when it exits). Thread-safe;
 * each session is guarded by its own lock, so sessions never wait for each other.
 */
public final class InMemorySessionStore implements SessionStore {

  private static final class Session {
    final String id;
    final SessionOwner owner;
    final String forkedFrom;
    final Instant createdAt;
    final List<SessionEntry> entries = new ArrayList<>();
    Instant updatedAt;

    Session(String id, SessionOwner owner, String forkedFrom, Instant at) {
      this.id = id;
      this.owner = owner;
      this.forkedFrom = forkedFrom;
      this.createdAt = at;
      this.updatedAt = at;
    }

    SessionInfo info() {
      return new SessionInfo(id, owner.tenantId(), owner.userId(), entries.size(), createdAt, updatedAt, forkedFrom);
    }
  }

  private record Lease(String holder, long expiresAtNanos) {}

  private final ConcurrentMap<String, Session> sessions = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Lease> leases = new ConcurrentHashMap<>();
  private final Clock clock;

  /** A store on the system clock. */
  public InMemorySessionStore() {
    this(Clock.systemUTC());
  }

  /**
   * @param clock the clock for timestamps
   */
  public InMemorySessionStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
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
    List<ChatMessage> copy = new ArrayList<>(messages.size());
    for (ChatMessage m : messages) {
      copy.add(Objects.requireNonNull(m, "messages must not contain null"));
    }
    Instant now = clock.instant();
    Session s = sessions.computeIfAbsent(sessionId, id -> new Session(id, owner, null, now));
    synchronized (s) {
      if (sessions.get(sessionId) != s) { // deleted meanwhile: start again on a new session
        return append(sessionId, owner, expectedNextSeq, messages, runId);
      }
      long next = s.entries.size();
      if (next != expectedNextSeq) {
        if (isRetry(s, expectedNextSeq, copy, runId)) {
          return expectedNextSeq + copy.size();
        }
        throw new SessionConflictException(sessionId, expectedNextSeq, next);
      }
      for (ChatMessage m : copy) {
        s.entries.add(new SessionEntry(s.entries.size(), m, runId, now));
      }
      s.updatedAt = now;
      return s.entries.size();
    }
  }

  private static boolean isRetry(Session s, long from, List<ChatMessage> messages, String runId) {
    if (from + messages.size() > s.entries.size() || messages.isEmpty()) {
      return false;
    }
    for (int i = 0; i < messages.size(); i++) {
      SessionEntry e = s.entries.get((int) from + i);
      if (!e.runId().equals(runId) || !e.message().equals(messages.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public List<SessionEntry> read(String sessionId, long fromSeq) {
    requireId("sessionId", sessionId);
    if (fromSeq < 0) {
      throw new IllegalArgumentException("fromSeq must be >= 0, was " + fromSeq);
    }
    Session s = sessions.get(sessionId);
    if (s == null) {
      return List.of();
    }
    synchronized (s) {
      if (fromSeq >= s.entries.size()) {
        return List.of();
      }
      return List.copyOf(s.entries.subList((int) fromSeq, s.entries.size()));
    }
  }

  @Override
  public Optional<SessionInfo> info(String sessionId) {
    requireId("sessionId", sessionId);
    Session s = sessions.get(sessionId);
    if (s == null) {
      return Optional.empty();
    }
    synchronized (s) {
      return Optional.of(s.info());
    }
  }

  @Override
  public List<SessionInfo> list(String tenantId, String userId) {
    List<SessionInfo> out = new ArrayList<>();
    for (Session s : sessions.values()) {
      synchronized (s) {
        if ((tenantId == null || tenantId.equals(s.owner.tenantId()))
            && (userId == null || userId.equals(s.owner.userId()))) {
          out.add(s.info());
        }
      }
    }
    out.sort(Comparator.comparing(SessionInfo::updatedAt).reversed().thenComparing(SessionInfo::sessionId));
    return out;
  }

  @Override
  public SessionInfo fork(String sourceSessionId, long uptoSeq, String newSessionId) {
    requireId("sourceSessionId", sourceSessionId);
    requireId("newSessionId", newSessionId);
    Session src = sessions.get(sourceSessionId);
    if (src == null) {
      throw new IllegalArgumentException("sourceSessionId '" + sourceSessionId + "' does not exist");
    }
    List<SessionEntry> copied;
    synchronized (src) {
      if (uptoSeq < 0 || uptoSeq > src.entries.size()) {
        throw new IllegalArgumentException("uptoSeq must be between 0 and " + src.entries.size()
            + " (the message count of '" + sourceSessionId + "'), was " + uptoSeq);
      }
      copied = List.copyOf(src.entries.subList(0, (int) uptoSeq));
    }
    Instant now = clock.instant();
    Session fork = new Session(newSessionId, src.owner, sourceSessionId, now);
    fork.entries.addAll(copied);
    if (sessions.putIfAbsent(newSessionId, fork) != null) {
      throw new IllegalArgumentException("newSessionId '" + newSessionId + "' already exists");
    }
    synchronized (fork) {
      return fork.info();
    }
  }

  @Override
  public boolean delete(String sessionId) {
    requireId("sessionId", sessionId);
    Session s = sessions.remove(sessionId);
    leases.remove(sessionId);
    return s != null;
  }

  @Override
  public int deleteUser(String tenantId, String userId) {
    requireId("userId", userId);
    int n = 0;
    for (Session s : List.copyOf(sessions.values())) {
      if (userId.equals(s.owner.userId()) && (tenantId == null || tenantId.equals(s.owner.tenantId()))
          && sessions.remove(s.id, s)) {
        leases.remove(s.id);
        n++;
      }
    }
    return n;
  }

  @Override
  public boolean tryLease(String sessionId, String holder, Duration ttl) {
    requireId("sessionId", sessionId);
    requireId("holder", holder);
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
    long now = System.nanoTime();
    Lease mine = new Lease(holder, now + ttl.toNanos());
    Lease result = leases.merge(sessionId, mine,
        (old, neu) -> old.holder().equals(holder) || old.expiresAtNanos() - now <= 0 ? neu : old);
    return result == mine;
  }

  @Override
  public void releaseLease(String sessionId, String holder) {
    requireId("sessionId", sessionId);
    requireId("holder", holder);
    leases.computeIfPresent(sessionId, (k, l) -> l.holder().equals(holder) ? null : l);
  }

  private static void requireId(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
  }
}
