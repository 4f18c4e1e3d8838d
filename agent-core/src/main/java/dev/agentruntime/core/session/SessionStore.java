package dev.agentruntime.core.session;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.model.ChatMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sessions as an append-only message log keyed by (session id, sequence number).
 *
 * <p>The sequence number, not a timestamp, orders a session: two messages appended in the same
 * millisecond keep their order. Appends are optimistic: the writer says at which sequence number it
 * expects to append; if another writer got there first the append fails with a
 * {@link SessionConflictException} and writes nothing, so two concurrent runs never interleave or
 * lose messages. Retrying an append that already succeeded (same run, same messages, same
 * position) is a no-op, so a write whose acknowledgement was lost can be retried safely.
 *
 * <p>Implementations: {@link InMemorySessionStore} (the default), JDBC (PostgreSQL, H2) in
 * {@code agent-store-jdbc}, and Redis ({@code RedisSessionStore}, from
 * {@code RedisStores.sessionStore(namespace)}) in {@code agent-store-redis}. Every implementation
 * passes {@code SessionStoreContract} from
 * {@code agent-testing}. Failures of the backing store surface as
 * {@link dev.agentruntime.core.store.StoreException}.
 */
public interface SessionStore {

  /**
   * Appends messages at {@code expectedNextSeq}, creating the session (owned by {@code owner}) when
   * it does not exist.
   *
   * @param sessionId the session
   * @param owner who the session belongs to (recorded on creation)
   * @param expectedNextSeq the sequence number the first message must get (the session's message
   *     count as the writer last saw it; 0 for a new session)
   * @param messages the messages, in order, as the guardrails left them (may be empty)
   * @param runId the run appending them
   * @return the session's next sequence number after the append
   * @throws SessionConflictException when the session's next sequence number is not
   *     {@code expectedNextSeq} (and this is not a retry of the same append)
   */
  long append(String sessionId, SessionOwner owner, long expectedNextSeq, List<? extends ChatMessage> messages,
      String runId);

  /**
   * @param sessionId the session
   * @return its messages in sequence order; empty when the session does not exist
   */
  default List<SessionEntry> read(String sessionId) {
    return read(sessionId, 0);
  }

  /**
   * @param sessionId the session
   * @param fromSeq the first sequence number to return
   * @return its messages from {@code fromSeq} on, in sequence order
   */
  List<SessionEntry> read(String sessionId, long fromSeq);

  /**
   * @param sessionId the session
   * @return what is known about it, or empty when it does not exist
   */
  Optional<SessionInfo> info(String sessionId);

  /**
   * @param tenantId only sessions of this tenant, or null for any
   * @param userId only sessions of this user, or null for any
   * @return the matching sessions, most recently updated first
   */
  List<SessionInfo> list(@Nullable String tenantId, @Nullable String userId);

  /**
   * Starts a new session from a point in another: it gets copies of the source's messages with
   * sequence numbers below {@code uptoSeq}, and the source's owner.
   *
   * @param sourceSessionId the session to fork
   * @param uptoSeq how many of its messages to copy (at most its message count)
   * @param newSessionId the new session's id (must not exist)
   * @return the new session
   * @throws IllegalArgumentException when the source does not exist, {@code uptoSeq} is out of
   *     range or the new session exists
   */
  SessionInfo fork(String sourceSessionId, long uptoSeq, String newSessionId);

  /**
   * @param sessionId the session to erase with every message
   * @return whether it existed
   */
  boolean delete(String sessionId);

  /**
   * Erases every session (and every message) of a user: the right to erasure.
   *
   * @param tenantId the tenant, or null for the user's sessions in every tenant
   * @param userId the user
   * @return how many sessions were erased
   */
  int deleteUser(@Nullable String tenantId, String userId);

  /**
   * Tries to take the session's lease (used by {@link SessionConcurrency#WAIT}). A lease expires on
   * its own after {@code ttl}, so a crashed holder never blocks a session for ever.
   *
   * @param sessionId the session
   * @param holder who takes it (a run id)
   * @param ttl how long the lease lasts
   * @return whether {@code holder} now holds the lease (also when it held it already)
   */
  boolean tryLease(String sessionId, String holder, Duration ttl);

  /**
   * Gives a lease back; a no-op when {@code holder} does not hold it.
   *
   * @param sessionId the session
   * @param holder the holder
   */
  void releaseLease(String sessionId, String holder);
}
