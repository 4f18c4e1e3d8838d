package dev.agentruntime.benchmarks.state;

import dev.agentruntime.core.checkpoint.CheckpointStore;
import dev.agentruntime.core.checkpoint.InMemoryCheckpointStore;
import dev.agentruntime.core.checkpoint.JournalEntry;
import dev.agentruntime.core.checkpoint.RunHeader;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.session.InMemorySessionStore;
import dev.agentruntime.core.session.SessionOwner;
import dev.agentruntime.core.session.SessionStore;
import dev.agentruntime.store.jdbc.JdbcStores;
import dev.agentruntime.testing.postgres.PostgresServer;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of the state stores, sampled (p50/p99 in the output): appending one turn (a user
 * message and an answer) to a session, loading a 200-message session, and checkpointing one step
 * (one journal entry). {@code memory} is the baseline in the same run; {@code postgres} is a
 * throw-away local cluster (initdb + pg_ctl, fsync off like a dev box: commit latency on real
 * disks is higher); {@code postgres-fsync} is the same cluster with {@code fsync=on}, so every
 * commit waits for the disk; {@code h2} is the embedded file database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class StoreBenchmark {

  /** Which store. */
  @Param({"memory", "h2", "postgres", "postgres-fsync"})
  public String store;

  private JdbcStores jdbc;
  private SessionStore sessions;
  private CheckpointStore checkpoints;
  private String loadSession;
  private String session;
  private long nextSeq;
  private String run;
  private long nextStep;
  private final List<ChatMessage> turn = List.of(new UserMessage("Where is my order 1042? It has not arrived yet."),
      AssistantMessage.of("Order 1042 shipped on Monday with DHL; it should arrive tomorrow."));
  private final ModelResponse response = new ModelResponse(
      new AssistantMessage("", List.of(ToolCall.of("call_1", "lookup_order", "{\"id\":1042}"))),
      TokenUsage.of(412, 38), null, "resp-1", "gpt-4o-mini", Map.of());

  /**
   * Opens the store and writes the 200-message session the load benchmark reads.
   *
   * @throws Exception when the store cannot be opened
   */
  @Setup(Level.Trial)
  public void open() throws Exception {
    switch (store) {
      case "memory" -> {
        sessions = new InMemorySessionStore();
        checkpoints = new InMemoryCheckpointStore();
      }
      case "h2" -> jdbc = JdbcStores.h2(Files.createTempDirectory("agent-bench-h2"));
      case "postgres" -> jdbc = JdbcStores.builder().jdbcUrl(PostgresServer.get().jdbcUrl()).username("postgres").build();
      case "postgres-fsync" -> {
        // the throw-away cluster runs with fsync=off; turn it on (a reload suffices) so every
        // commit waits for this machine's disk, as a production server's would
        String url = PostgresServer.get().jdbcUrl();
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
            Statement st = c.createStatement()) {
          st.execute("ALTER SYSTEM SET fsync = on");
          st.execute("SELECT pg_reload_conf()");
        }
        jdbc = JdbcStores.builder().jdbcUrl(url).username("postgres").build();
      }
      default -> throw new IllegalArgumentException("unknown store " + store);
    }
    if (jdbc != null) {
      sessions = jdbc.sessions();
      checkpoints = jdbc.checkpoints();
    }
    loadSession = "load-" + UUID.randomUUID();
    List<ChatMessage> many = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      many.addAll(turn);
    }
    sessions.append(loadSession, new SessionOwner("acme", "alice"), 0, many, "setup");
    newSession();
    newRun();
  }

  private void newSession() {
    session = "s-" + UUID.randomUUID();
    nextSeq = 0;
  }

  private void newRun() {
    run = "r-" + UUID.randomUUID();
    nextStep = 0;
    checkpoints.begin(new RunHeader(run, "Where is my order?", "support", null, "alice", "acme", Map.of(), Instant.now()));
  }

  /** Closes the pool. */
  @TearDown(Level.Trial)
  public void close() {
    if (jdbc != null) {
      jdbc.close();
    }
  }

  /** @return the next sequence number: one turn appended to a conversation (a new one every 50 turns) */
  @Benchmark
  public long appendTurn() {
    if (nextSeq >= 100) {
      newSession();
    }
    nextSeq = sessions.append(session, new SessionOwner("acme", "alice"), nextSeq, turn, "run-bench");
    return nextSeq;
  }

  /** @return the loaded messages of a 200-message session */
  @Benchmark
  public Object load200() {
    return sessions.read(loadSession);
  }

  /** @return the step checkpointed: one journal entry (a new run every 50 steps) */
  @Benchmark
  public long checkpointStep() {
    if (nextStep >= 50) {
      newRun();
    }
    checkpoints.append(run, JournalEntry.modelResponse(nextStep, "m" + nextStep, response, Instant.now()));
    return nextStep++;
  }
}
