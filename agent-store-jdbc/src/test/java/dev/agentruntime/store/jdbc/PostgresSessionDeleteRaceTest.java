package dev.agentruntime.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.session.SessionEntry;
import dev.agentruntime.core.session.SessionOwner;
import dev.agentruntime.testing.postgres.PostgresServer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Deleting a session while a run appends to it, on PostgreSQL: the delete waits for the append and
 * removes every message, those of the append too. Erased means erased, and the id can be used
 * again from seq 0.
 */
@ExtendWith(PostgresServer.class)
class PostgresSessionDeleteRaceTest {

  /** Holds the commit of the thread named "appender" until released. */
  private static final class SlowCommit {
    final CountDownLatch atCommit = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    DataSource wrap(DataSource ds) {
      return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
          (p, m, a) -> {
            Object r = call(ds, m, a);
            return r instanceof Connection c ? connection(c) : r;
          });
    }

    private Connection connection(Connection c) {
      InvocationHandler h = (p, m, a) -> {
        if (m.getName().equals("commit") && Thread.currentThread().getName().equals("appender")) {
          atCommit.countDown();
          release.await(30, TimeUnit.SECONDS);
        }
        return call(c, m, a);
      };
      return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
    }

    private static Object call(Object target, java.lang.reflect.Method m, Object[] a) throws Throwable {
      try {
        return m.invoke(target, a);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  private static List<ChatMessage> messages(String... texts) {
    return java.util.Arrays.stream(texts).<ChatMessage>map(UserMessage::new).toList();
  }

  @Test
  void aDeleteRacingAnAppendLeavesNoMessageBehind() throws Exception {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(PostgresServer.get().jdbcUrl());
    pg.setUser("postgres");
    SlowCommit slow = new SlowCommit();
    try (JdbcStores stores = JdbcStores.builder().dataSource(slow.wrap(pg)).build()) {
      JdbcSessionStore sessions = stores.sessions();
      String id = "race-" + java.util.UUID.randomUUID();
      SessionOwner owner = new SessionOwner("acme", "alice");
      sessions.append(id, owner, 0, messages("one", "two"), "run-1");

      AtomicReference<Throwable> failed = new AtomicReference<>();
      Thread appender = new Thread(() -> {
        try {
          sessions.append(id, owner, 2, messages("three", "four"), "run-2");
        } catch (Throwable t) {
          failed.set(t);
        }
      }, "appender");
      appender.start();
      assertThat(slow.atCommit.await(30, TimeUnit.SECONDS)).isTrue();
      Thread deleter = new Thread(() -> sessions.delete(id), "deleter");
      deleter.start();
      Thread.sleep(500); // the delete is under way, waiting for the append's transaction
      slow.release.countDown();
      appender.join(30_000);
      deleter.join(30_000);
      assertThat(failed.get()).isNull();

      assertThat(sessions.read(id)).as("messages left after the delete").isEmpty();
      assertThat(sessions.info(id)).isEmpty();
      sessions.append(id, owner, 0, messages("a", "b", "c"), "run-3");
      assertThat(sessions.read(id)).extracting(SessionEntry::seq).containsExactly(0L, 1L, 2L);
    }
  }
}
