package dev.agentruntime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.spring.api.ApiPrincipal;
import dev.agentruntime.spring.api.RunRegistry;
import dev.agentruntime.spring.autoconfigure.AgentApiAutoConfiguration;
import dev.agentruntime.spring.autoconfigure.AgentRuntimeAutoConfiguration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/**
 * The threads the auto-configured {@link RunRegistry} writes SSE and WebSocket events on follow
 * the application's {@code spring.threads.virtual.enabled}, as Spring Boot's own executors do.
 */
class EventDeliveryThreadsTest {

  final WebApplicationContextRunner api = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AgentRuntimeAutoConfiguration.class, AgentApiAutoConfiguration.class))
      .withUserConfiguration(SupportTestApp.class)
      .withPropertyValues("agent.name=support", "agent.api.enabled=true", "agent.api.allow-anonymous=true");

  /** The threads a subscriber's events were written on. */
  static final class ThreadRecordingSink implements RunRegistry.EventSink {
    final List<Thread> threads = new CopyOnWriteArrayList<>();
    final List<String> types = new CopyOnWriteArrayList<>();
    final CountDownLatch completed = new CountDownLatch(1);

    @Override
    public void send(long id, String type, String json) {
      threads.add(Thread.currentThread());
      types.add(type);
    }

    @Override
    public void heartbeat() {}

    @Override
    public void complete() {
      threads.add(Thread.currentThread());
      completed.countDown();
    }
  }

  /** Runs one run of the context's runtime and subscribes to it: the sink, once its stream ended. */
  static ThreadRecordingSink deliverOneRun(org.springframework.context.ApplicationContext ctx) throws Exception {
    RunRegistry registry = ctx.getBean(RunRegistry.class);
    RunRegistry.TrackedRun run = registry.start("support", ctx.getBean(AgentRuntime.class), "hello",
        ApiPrincipal.ANONYMOUS, RunOptions.builder());
    ThreadRecordingSink sink = new ThreadRecordingSink();
    registry.subscribe(run, 0, sink);
    assertThat(sink.completed.await(30, TimeUnit.SECONDS)).as("the stream ended").isTrue();
    assertThat(sink.types).last().isEqualTo("run_completed");
    return sink;
  }

  /** {@code Thread.isVirtual()}, which is not in Java 17's API the starter compiles against. */
  static boolean isVirtual(Thread t) {
    try {
      return (Boolean) Thread.class.getMethod("isVirtual").invoke(t);
    } catch (NoSuchMethodException e) {
      return false; // before JDK 19 every thread is a platform thread
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @EnabledForJreRange(min = JRE.JAVA_21)
  void withVirtualThreadsEnabledEventsAreWrittenOnVirtualThreads() {
    api.withPropertyValues("spring.threads.virtual.enabled=true").run(ctx -> {
      assertThat(ctx).hasNotFailed();
      ThreadRecordingSink sink = deliverOneRun(ctx);
      assertThat(sink.threads).isNotEmpty().allSatisfy(t -> {
        assertThat(isVirtual(t)).as("%s is a virtual thread", t).isTrue();
        assertThat(t.getName()).startsWith("agent-api-events-");
      });
    });
  }

  /** Before JDK 21 Spring Boot ignores the property, and so does the starter: the application starts. */
  @Test
  @EnabledForJreRange(max = JRE.JAVA_20)
  void beforeJdk21TheVirtualThreadsPropertyLeavesEventsOnPlatformThreads() {
    api.withPropertyValues("spring.threads.virtual.enabled=true").run(ctx -> {
      assertThat(ctx).hasNotFailed();
      ThreadRecordingSink sink = deliverOneRun(ctx);
      assertThat(sink.threads).isNotEmpty().allSatisfy(t -> {
        assertThat(t.isDaemon()).as("%s is a daemon", t).isTrue();
        assertThat(t.getName()).startsWith("agent-api-events-");
      });
    });
  }

  @Test
  void withoutVirtualThreadsEventsAreWrittenOnTheRegistrysDaemonThreads() {
    api.run(ctx -> {
      assertThat(ctx).hasNotFailed();
      ThreadRecordingSink sink = deliverOneRun(ctx);
      assertThat(sink.threads).isNotEmpty().allSatisfy(t -> {
        assertThat(isVirtual(t)).as("%s is a virtual thread", t).isFalse();
        assertThat(t.isDaemon()).as("%s is a daemon", t).isTrue();
        assertThat(t.getName()).startsWith("agent-api-events-");
      });
    });
  }
}
