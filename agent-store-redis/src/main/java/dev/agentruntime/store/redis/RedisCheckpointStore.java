package dev.agentruntime.store.redis;

import dev.agentruntime.core.checkpoint.CheckpointStore;
import dev.agentruntime.core.checkpoint.JournalEntry;
import dev.agentruntime.core.checkpoint.RunCheckpoint;
import dev.agentruntime.core.checkpoint.RunHeader;
import dev.agentruntime.core.checkpoint.RunStatus;
import dev.agentruntime.core.store.json.StoreJson;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.ZAddArgs;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Instant;
import io.lettuce.core.KeyValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link CheckpointStore} on Redis. A run is two keys in one hash slot: {@code {ns:run:<id>}:h} (a
 * hash: the header as JSON and the status) and {@code {ns:run:<id>}:j} (the journal, a list whose
 * index is the entry's seq). Appending checks the position and appends in one Lua script: the same
 * entry again is a no-op (a retry), another entry at a taken position or a gap is refused.
 * Unfinished runs are found through the sorted set {@code {ns:runs}:unfinished} (by start time,
 * then id), which a run joins <em>before</em> its header is written, so a crashed run is never
 * missed. A member is the run id with a tag of its own per start (see {@link IndexMember}), which the
 * run stores: deleting or completing a run removes only the member with its tag, never the member
 * of a start of the same id running at the same time (the index is in another slot, so the two
 * cannot be one script); a start that found the run recorded removes its own member. Members of
 * completed runs are removed when met; members without a header (a run being begun, or one whose
 * begin failed after indexing) are skipped and kept. Works on Redis
 * Cluster. Failures of Redis surface as {@link RedisStoreUnavailableException} (a
 * {@link dev.agentruntime.core.store.StoreException}). Obtain it from
 * {@link RedisStores#checkpointStore(String)}.
 */
public final class RedisCheckpointStore implements CheckpointStore {

  private static final Scripts.Script BEGIN = Scripts.load("run-begin.lua");
  private static final Scripts.Script APPEND = Scripts.load("run-append.lua");
  private static final Scripts.Script LOAD = Scripts.load("run-load.lua");
  private static final Scripts.Script FINISH = Scripts.load("run-finish.lua");
  private static final Scripts.Script DELETE = Scripts.load("run-delete.lua");

  private final RedisStores redis;
  private final String namespace;

  RedisCheckpointStore(RedisStores redis, String namespace) {
    this.redis = redis;
    this.namespace = RedisStores.checkNamespace("RedisCheckpointStore", namespace);
  }

  private String[] keys(String runId) {
    String b = "{" + namespace + ":run:" + runId + "}";
    return new String[] {b + ":h", b + ":j"};
  }

  private String unfinishedIndex() {
    return "{" + namespace + ":runs}:unfinished";
  }

  private static double score(Instant startedAt) {
    // microseconds since the epoch: exact in a double for dates within +-285 years of 1970
    return startedAt.getEpochSecond() * 1_000_000d + startedAt.getNano() / 1000;
  }

  private <T> T run(String what, Function<RedisClusterCommands<String, String>, T> f) {
    try {
      return redis.execute(f);
    } catch (RedisStores.RedisUnavailableException e) {
      throw new RedisStoreUnavailableException(
          "checkpoint store " + redis.describe() + " is unavailable (" + what + "): " + e.getMessage(), e.getCause());
    }
  }

  private static long n(Object o) {
    return o instanceof Long l ? l : Long.parseLong(String.valueOf(o));
  }

  @Override
  public void begin(RunHeader header) {
    Objects.requireNonNull(header, "header");
    String runId = header.runId();
    String json = Codec.header(header);
    String tag = IndexMember.newTag();
    String member = IndexMember.of(runId, tag);
    // join the index first: a run whose header exists is always found by unfinished()
    run("record the start of run '" + runId + "'",
        c -> c.zadd(unfinishedIndex(), ZAddArgs.Builder.nx(), score(header.startedAt()), member));
    String[] k = {keys(runId)[0]};
    List<Object> r = run("record the start of run '" + runId + "'",
        c -> BEGIN.run(c, ScriptOutputType.MULTI, k, json, tag));
    String existing = String.valueOf(r.get(0));
    if (existing.isEmpty()) {
      return;
    }
    // recorded before: this start's member belongs to no run
    tidy(member);
    if (RunStatus.COMPLETED.name().equals(existing)) {
      tidy(IndexMember.of(runId, String.valueOf(r.get(1))));
    }
  }

  /** Removes a member no run needs; left behind (harmless: skipped) if Redis fails. */
  private void tidy(String member) {
    try {
      run("tidy the unfinished runs", c -> c.zrem(unfinishedIndex(), member));
    } catch (RedisStoreUnavailableException e) {
      // skipped by unfinished(), like any member without a header
    }
  }

  @Override
  public void append(String runId, JournalEntry entry) {
    RedisSessionStore.requireId("runId", runId);
    Objects.requireNonNull(entry, "entry");
    String json = StoreJson.journalEntry(entry);
    String[] k = keys(runId);
    List<Object> r = run("checkpoint run '" + runId + "'",
        c -> APPEND.run(c, ScriptOutputType.MULTI, k, Long.toString(entry.seq()), json));
    long status = n(r.get(0));
    if (status == 1 || status == 0) {
      return;
    }
    if (status == -1) {
      throw new IllegalStateException("run '" + runId + "' has no checkpoint: call begin first");
    }
    if (status == -2) {
      if (StoreJson.journalEntry(entry.seq(), String.valueOf(r.get(1))).equals(entry)) {
        return; // a retried append (stored by an older encoding)
      }
      throw new IllegalStateException("run '" + runId + "' already has journal entry " + entry.seq());
    }
    throw new IllegalStateException("run '" + runId + "' journal has " + r.get(1) + " entries; cannot append seq "
        + entry.seq());
  }

  @Override
  public Optional<RunCheckpoint> load(String runId) {
    RedisSessionStore.requireId("runId", runId);
    String[] k = keys(runId);
    List<Object> r = run("load run '" + runId + "'", c -> LOAD.run(c, ScriptOutputType.MULTI, k));
    if (r.isEmpty()) {
      return Optional.empty();
    }
    RunHeader h = Codec.header(runId, String.valueOf(r.get(0)));
    RunStatus status = RunStatus.valueOf(String.valueOf(r.get(1)));
    List<JournalEntry> entries = new ArrayList<>(r.size() - 2);
    for (int i = 2; i < r.size(); i++) {
      entries.add(StoreJson.journalEntry(i - 2, String.valueOf(r.get(i))));
    }
    return Optional.of(new RunCheckpoint(h, entries, status));
  }

  @Override
  public void finish(String runId, RunStatus status) {
    RedisSessionStore.requireId("runId", runId);
    Objects.requireNonNull(status, "status");
    String[] k = {keys(runId)[0]};
    List<Object> r = run("finish run '" + runId + "'", c -> FINISH.run(c, ScriptOutputType.MULTI, k, status.name()));
    if (r.isEmpty()) {
      throw new IllegalStateException("run '" + runId + "' has no checkpoint");
    }
    String member = IndexMember.of(runId, String.valueOf(r.get(1)));
    if (status == RunStatus.COMPLETED) {
      run("finish run '" + runId + "'", c -> c.zrem(unfinishedIndex(), member));
    } else {
      double score = score(Codec.header(runId, String.valueOf(r.get(0))).startedAt());
      run("finish run '" + runId + "'", c -> c.zadd(unfinishedIndex(), ZAddArgs.Builder.nx(), score, member));
    }
  }

  @Override
  public List<String> unfinished() {
    List<String> members = run("list unfinished runs", c -> c.zrange(unfinishedIndex(), 0, -1));
    Set<String> out = new LinkedHashSet<>();
    for (String member : members) {
      String id = IndexMember.id(member);
      String[] k = keys(id);
      List<KeyValue<String, String>> h = run("list unfinished runs", c -> c.hmget(k[0], "status", "idx"));
      String status = h.get(0).getValueOrElse(null);
      String tag = h.get(1).getValueOrElse("");
      if (RunStatus.COMPLETED.name().equals(status)) {
        if (tag.equals(IndexMember.tag(member))) {
          run("list unfinished runs", c -> c.zrem(unfinishedIndex(), member)); // completed: tidy the index
        } // else another start's member: it may be beginning the run again once it is deleted
      } else if (status != null) {
        out.add(id);
      } // no header (yet): being begun (indexed first), so its index entry stays
    }
    return new ArrayList<>(out);
  }

  @Override
  public boolean delete(String runId) {
    RedisSessionStore.requireId("runId", runId);
    String[] k = keys(runId);
    List<Object> r = run("delete run '" + runId + "'", c -> DELETE.run(c, ScriptOutputType.MULTI, k));
    // only the deleted run's own member: a start of the same id now has a member of its own
    String member = IndexMember.of(runId, String.valueOf(r.get(1)));
    run("delete run '" + runId + "'", c -> c.zrem(unfinishedIndex(), member));
    return n(r.get(0)) > 0;
  }
}
