package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.session.InMemorySessionStore;
import dev.agentruntime.core.session.SessionConcurrency;
import dev.agentruntime.core.session.SessionConflictException;
import dev.agentruntime.core.session.SessionEntry;
import dev.agentruntime.core.session.SessionInterceptor;
import dev.agentruntime.core.session.SessionOwner;
import dev.agentruntime.core.session.SessionStore;
import dev.agentruntime.core.store.StoreException;
import dev.agentruntime.core.store.StoreFailurePolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SessionTest {

  private static Tool lookup() {
    return Tool.builder("lookup_order").parameters("{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"}}}")
        .handler(inv -> "order " + inv.arguments().getLong("id") + " shipped").build();
  }

  private static List<String> texts(List<ChatMessage> ms) {
    return ms.stream().map(m -> m.role() + ":" + m.text()).toList();
  }

  @Test
  void secondTurnSeesTheFirstAndBothAreAppendedInOrder() {
    InMemorySessionStore store = new InMemorySessionStore();
    List<ModelRequest> seen = new CopyOnWriteArrayList<>();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("lookup_order", "{\"id\":42}")
        .thenRespond(r -> { seen.add(r); return "Order 42 shipped."; })
        .thenRespond(r -> { seen.add(r); return "You asked about order 42."; })
        .build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).systemPrompt("Be brief.").tools(lookup())
        .interceptor(SessionInterceptor.builder(store).build()).build()) {
      RunOptions opts = RunOptions.builder().sessionId("chat-7").userId("alice").tenantId("acme").build();
      assertThat(rt.run("Where is order 42?", opts).output()).isEqualTo("Order 42 shipped.");
      assertThat(rt.run("What did I ask?", opts).output()).isEqualTo("You asked about order 42.");
    }
    assertThat(texts(seen.get(1).messages())).containsExactly(
        "system:Be brief.", "user:Where is order 42?", "assistant:", "tool:order 42 shipped",
        "assistant:Order 42 shipped.", "user:What did I ask?");
    List<SessionEntry> log = store.read("chat-7");
    assertThat(texts(log.stream().map(SessionEntry::message).toList())).containsExactly(
        "user:Where is order 42?", "assistant:", "tool:order 42 shipped", "assistant:Order 42 shipped.",
        "user:What did I ask?", "assistant:You asked about order 42.");
    assertThat(log).extracting(SessionEntry::seq).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    assertThat(store.list("acme", "alice")).hasSize(1);
  }

  /**
   * A run stopped gracefully by a limit ends with the runtime's wrap-up call, whose last message is
   * the runtime's instruction ("Do not call any tools..."): the session keeps what the user and the
   * model said, not that instruction as if the user had written it.
   */
  @Test
  void theWrapUpInstructionOfARunStoppedByALimitIsNotSavedAsTheUsersWords() {
    InMemorySessionStore store = new InMemorySessionStore();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("lookup_order", "{\"id\":42}")
        .thenRespond("Order 42 shipped, as far as I got.")
        .build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(lookup())
        .limits(dev.agentruntime.core.limits.RunLimits.builder().maxSteps(1)
            .onLimit(dev.agentruntime.core.limits.Limit.MAX_STEPS, dev.agentruntime.core.limits.LimitReaction.STOP_GRACEFULLY)
            .build())
        .interceptor(SessionInterceptor.builder(store).build()).build()) {
      AgentResult r = rt.run("Where is order 42?", RunOptions.builder().sessionId("chat-9").build());
      assertThat(r.output()).isEqualTo("Order 42 shipped, as far as I got.");
    }
    assertThat(texts(store.read("chat-9").stream().map(SessionEntry::message).toList())).containsExactly(
        "user:Where is order 42?", "assistant:", "tool:order 42 shipped", "assistant:Order 42 shipped, as far as I got.");
  }

  /** Redacts like a PII guardrail: the session must hold what the guardrail left, never the raw text. */
  private static final class Redactor implements AgentInterceptor {
    @Override
    public Stage stage() {
      return Stage.GUARDRAILS;
    }

    @Override
    public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
      List<ChatMessage> redacted = chain.request().messages().stream()
          .map(m -> m instanceof UserMessage u ? (ChatMessage) new UserMessage(u.text().replace("jane@example.com", "[EMAIL_1]")) : m)
          .toList();
      ModelResponse r = chain.proceed(chain.request().withMessages(redacted));
      return r.withMessage(dev.agentruntime.core.model.AssistantMessage.of(r.text().replace("sk-live-123", "[SECRET]")));
    }

    @Override
    public AgentResult aroundRun(dev.agentruntime.core.chain.RunChain chain) throws Exception {
      AgentResult r = chain.proceed(chain.input());
      return r.withOutput(r.output().replace("[EMAIL_1]", "jane@example.com")); // tokens restored for the caller
    }
  }

  @Test
  void storesTheTextTheGuardrailsLeftNeverTheRawText() {
    InMemorySessionStore store = new InMemorySessionStore();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenRespond("I will write to [EMAIL_1]; your key sk-live-123 is noted").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).interceptor(new Redactor())
        .interceptor(SessionInterceptor.builder(store).build()).build()) {
      AgentResult r = rt.run("mail me at jane@example.com", RunOptions.builder().sessionId("s").build());
      assertThat(r.output()).isEqualTo("I will write to jane@example.com; your key [SECRET] is noted");
    }
    assertThat(texts(store.read("s").stream().map(SessionEntry::message).toList())).containsExactly(
        "user:mail me at [EMAIL_1]", "assistant:I will write to [EMAIL_1]; your key [SECRET] is noted");
  }

  @Test
  void concurrentRunOnTheSameSessionGetsAConflictAndAppendsNothing() throws Exception {
    InMemorySessionStore store = new InMemorySessionStore();
    CountDownLatch firstInModel = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ScriptedModelClient model = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenRespond(r -> { firstInModel.countDown(); await(release); return "slow answer"; })
        .thenRespond("fast answer").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model)
        .interceptor(SessionInterceptor.builder(store).build()).build()) {
      RunOptions opts = RunOptions.builder().sessionId("s").build();
      RunHandle slow = rt.start("first", opts);
      assertThat(firstInModel.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(rt.run("second", opts).output()).isEqualTo("fast answer");
      release.countDown();
      assertThatThrownBy(slow::join).isInstanceOf(SessionConflictException.class)
          .hasMessageContaining("session 's' changed concurrently");
    }
    assertThat(texts(store.read("s").stream().map(SessionEntry::message).toList()))
        .containsExactly("user:second", "assistant:fast answer");
  }

  /** A run that waited longer than the wait timeout for a busy session fails saying so, by type. */
  @Test
  void aRunThatWaitedTooLongForTheSessionFailsWithSessionBusy() throws Exception {
    InMemorySessionStore store = new InMemorySessionStore();
    assertThat(store.tryLease("s", "another-run", Duration.ofMinutes(1))).isTrue();
    ScriptedModelClient model = ScriptedModelClient.builder().thenRespond("one").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model)
        .interceptor(SessionInterceptor.builder(store).concurrency(SessionConcurrency.WAIT)
            .waitTimeout(Duration.ofMillis(200)).build()).build()) {
      assertThatThrownBy(() -> rt.run("first", RunOptions.builder().sessionId("s").build()))
          .isInstanceOfSatisfying(dev.agentruntime.core.session.SessionBusyException.class, e -> {
            assertThat(e.sessionId()).isEqualTo("s");
            assertThat(e.getMessage()).contains("session 's' is busy");
          });
    }
    assertThat(model.calls()).isZero();
  }

  /** A run that lasts longer than the lease's TTL keeps its lease: the next run still waits for it. */
  @Test
  void aWaitLeaseIsRenewedWhileARunOutlastsItsTtl() throws Exception {
    InMemorySessionStore store = new InMemorySessionStore();
    CountDownLatch firstInModel = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<ModelRequest> seen = new CopyOnWriteArrayList<>();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenRespond(r -> { firstInModel.countDown(); await(release); return "one"; })
        .thenRespond(r -> { seen.add(r); return "two"; }).build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model)
        .interceptor(SessionInterceptor.builder(store).concurrency(SessionConcurrency.WAIT)
            .leaseTtl(Duration.ofSeconds(1)).waitTimeout(Duration.ofSeconds(30)).build()).build()) {
      RunOptions opts = RunOptions.builder().sessionId("s").build();
      RunHandle first = rt.start("first", opts);
      assertThat(firstInModel.await(10, TimeUnit.SECONDS)).isTrue();
      RunHandle second = rt.start("second", opts);
      Thread.sleep(3_000); // three TTLs
      assertThat(second.result()).as("the second run still waits for the first").isNotDone();
      release.countDown();
      assertThat(first.join().output()).isEqualTo("one");
      assertThat(second.join().output()).isEqualTo("two");
    }
    assertThat(texts(seen.get(0).messages())).containsExactly("user:first", "assistant:one", "user:second");
  }

  @Test
  void waitPolicySerialisesRunsSoBothTurnsAreKept() throws Exception {
    InMemorySessionStore store = new InMemorySessionStore();
    CountDownLatch firstInModel = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<ModelRequest> seen = new CopyOnWriteArrayList<>();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenRespond(r -> { firstInModel.countDown(); await(release); return "one"; })
        .thenRespond(r -> { seen.add(r); return "two"; }).build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model)
        .interceptor(SessionInterceptor.builder(store).concurrency(SessionConcurrency.WAIT).build()).build()) {
      RunOptions opts = RunOptions.builder().sessionId("s").build();
      RunHandle first = rt.start("first", opts);
      assertThat(firstInModel.await(10, TimeUnit.SECONDS)).isTrue();
      RunHandle second = rt.start("second", opts);
      Thread.sleep(100);
      assertThat(second.result()).isNotDone();
      release.countDown();
      assertThat(first.join().output()).isEqualTo("one");
      assertThat(second.join().output()).isEqualTo("two");
    }
    assertThat(texts(seen.get(0).messages())).containsExactly("user:first", "assistant:one", "user:second");
    assertThat(store.read("s")).hasSize(4);
  }

  @Test
  void anotherUsersSessionIsRefused() {
    InMemorySessionStore store = new InMemorySessionStore();
    store.append("s", new SessionOwner("acme", "alice"), 0, List.of(new UserMessage("hi")), "r0");
    try (AgentRuntime rt = AgentRuntime.builder().model(ScriptedModelClient.builder().thenRespond("x").build())
        .interceptor(SessionInterceptor.builder(store).build()).build()) {
      assertThatThrownBy(() -> rt.run("let me in", RunOptions.builder().sessionId("s").userId("mallory").build()))
          .hasMessageContaining("belongs to another user");
    }
    assertThat(store.read("s")).hasSize(1);
  }

  /**
   * A user's session is not continued by a run that names no user (or no tenant): such a run is
   * nobody in particular, and would read and extend alice's conversation.
   */
  @Test
  void aUsersSessionIsRefusedToARunWithoutAUserOrTenant() {
    InMemorySessionStore store = new InMemorySessionStore();
    store.append("s", new SessionOwner("acme", "alice"), 0, List.of(new UserMessage("my card is ...")), "r0");
    try (AgentRuntime rt = AgentRuntime.builder().model(ScriptedModelClient.builder().thenRespond("x").build())
        .interceptor(SessionInterceptor.builder(store).build()).build()) {
      assertThatThrownBy(() -> rt.run("what did I say?", RunOptions.builder().sessionId("s").build()))
          .hasMessageContaining("belongs to another user");
      assertThatThrownBy(() -> rt.run("what did I say?", RunOptions.builder().sessionId("s").userId("alice").build()))
          .hasMessageContaining("belongs to another tenant");
      assertThat(rt.run("what did I say?", RunOptions.builder().sessionId("s").userId("alice").tenantId("acme").build())
          .output()).isEqualTo("x");
    }
    assertThat(store.read("s")).hasSize(3);
    // a session of nobody in particular stays open to every run, as before
    store.append("open", SessionOwner.none(), 0, List.of(new UserMessage("hi")), "r0");
    try (AgentRuntime rt = AgentRuntime.builder().model(ScriptedModelClient.builder().thenRespond("y").build())
        .interceptor(SessionInterceptor.builder(store).build()).build()) {
      assertThat(rt.run("again", RunOptions.builder().sessionId("open").userId("bob").build()).output()).isEqualTo("y");
    }
  }

  /** A store that is down: every call fails like a lost database connection. */
  private static SessionStore down(SessionStore delegate, boolean[] up) {
    return (SessionStore) java.lang.reflect.Proxy.newProxyInstance(SessionStore.class.getClassLoader(),
        new Class<?>[] {SessionStore.class}, (p, m, a) -> {
          if (!up[0]) {
            throw new StoreException("session store unreachable", new java.sql.SQLException("connection refused"));
          }
          try {
            return m.invoke(delegate, a);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Test
  void storeOutageFailsTheRunByDefaultAndContinuesWhenConfigured() {
    boolean[] up = {false};
    SessionStore store = down(new InMemorySessionStore(), up);
    RunOptions opts = RunOptions.builder().sessionId("s").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(ScriptedModelClient.builder().thenRespond("ok").repeatLast(true).build())
        .interceptor(SessionInterceptor.builder(store).storeAttempts(2).build()).build()) {
      assertThatThrownBy(() -> rt.run("hi", opts)).isInstanceOf(StoreException.class)
          .hasMessageContaining("session store unreachable");
    }
    try (AgentRuntime rt = AgentRuntime.builder().model(ScriptedModelClient.builder().thenRespond("ok").repeatLast(true).build())
        .interceptor(SessionInterceptor.builder(store).onStoreFailure(StoreFailurePolicy.CONTINUE).build()).build()) {
      assertThat(rt.run("hi", opts).output()).isEqualTo("ok");
    }
    up[0] = true;
    assertThat(store.read("s")).isEmpty();
  }

  private static void await(CountDownLatch l) {
    try {
      l.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void longSessionIsSummarisedByACheaperModelThroughTheChain() {
    InMemorySessionStore store = new InMemorySessionStore();
    for (int t = 0; t < 20; t++) {
      store.append("long", SessionOwner.none(), 2L * t,
          List.of(new UserMessage("question " + t + " " + "q".repeat(400)),
              dev.agentruntime.core.model.AssistantMessage.of("answer " + t + " " + "a".repeat(400))), "old-" + t);
    }
    List<ModelRequest> seen = new CopyOnWriteArrayList<>();
    List<String> chainSaw = new CopyOnWriteArrayList<>();
    ScriptedModelClient model = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenRespond(r -> { seen.add(r); return "the user asked many questions"; })
        .thenRespond(r -> { seen.add(r); return "final"; }).build();
    AgentInterceptor spy = new AgentInterceptor() {
      @Override
      public Stage stage() {
        return Stage.TELEMETRY;
      }

      @Override
      public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
        chainSaw.add(chain.requestModel());
        return chain.proceed(chain.request());
      }
    };
    dev.agentruntime.core.context.TokenWindowPolicy policy = dev.agentruntime.core.context.TokenWindowPolicy.builder()
        .contextWindow(2_000, 500)
        .summarizer(dev.agentruntime.core.context.ModelSummarizer.builder().model("cheap-model").build()).build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).systemPrompt("sys").interceptor(spy)
        .interceptor(SessionInterceptor.builder(store).contextPolicy(policy).build()).build()) {
      assertThat(rt.run("and now?", RunOptions.builder().sessionId("long").build()).output()).isEqualTo("final");
    }
    assertThat(chainSaw).hasSize(2).contains("cheap-model"); // the summary call went through the whole chain
    assertThat(seen.get(0).model()).isEqualTo("cheap-model");
    List<ChatMessage> sent = seen.get(1).messages();
    assertThat(sent.get(0).text()).isEqualTo("sys");
    assertThat(sent.get(1).text()).startsWith("question 0"); // the first user goal stays pinned
    assertThat(sent.get(2).text()).isEqualTo(dev.agentruntime.core.context.TokenWindowPolicy.SUMMARY_PREFIX
        + "the user asked many questions");
    assertThat(sent.get(sent.size() - 1).text()).isEqualTo("and now?");
    assertThat(policy.budget().counter().count(sent)).isLessThanOrEqualTo(1_500);
    assertThat(store.read("long")).hasSize(42); // the raw log is intact, the new turn appended
  }

  @Test
  void builderRejectsBadSettingsByName() {
    InMemorySessionStore store = new InMemorySessionStore();
    assertThatThrownBy(() -> SessionInterceptor.builder(store).leaseTtl(Duration.ZERO).build()).hasMessageContaining("leaseTtl");
    assertThatThrownBy(() -> SessionInterceptor.builder(store).storeAttempts(0).build()).hasMessageContaining("storeAttempts");
    assertThatThrownBy(() -> SessionInterceptor.builder(null)).hasMessageContaining("store");
  }
}
