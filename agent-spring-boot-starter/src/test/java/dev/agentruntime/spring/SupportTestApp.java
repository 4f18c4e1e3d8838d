package dev.agentruntime.spring;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.RunChain;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.error.RateLimitedException;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.tool.Tool;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application the Boot tests start: a model that behaves by what the user asks ("slow N"
 * makes N tool-calling steps of 150 ms each, "fail" fails with a 500, "big N" streams N text deltas of
 * 64 KB each once {@link #BIG_GATE} opens (with {@code agent.streaming=true}), anything else answers
 * at once), one tool, and an interceptor that plays a usage plan refusing "plan-limited" runs. It runs
 * without Spring Security, which is on the test classpath for {@link SpringSecurityTest}: the API's
 * own keys authenticate.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
    "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
public class SupportTestApp {

  /** Flipped by a test to make every model call fail with a 500 (circuit breaker tests). */
  static final AtomicBoolean PROVIDER_DOWN = new AtomicBoolean();

  /** What a "big N" answer waits for before it streams (a test replaces it with a closed latch). */
  static volatile java.util.concurrent.CountDownLatch BIG_GATE = new java.util.concurrent.CountDownLatch(0);

  /** The size of each text delta of a "big N" answer. */
  static final int BIG_DELTA_CHARS = 64 * 1024;

  @Bean
  ModelClient model() {
    return new ModelClient() {
      @Override
      public ModelResponse chat(ModelRequest request) throws Exception {
        if (PROVIDER_DOWN.get()) {
          throw ModelCallException.ofHttp("test-model", 500, "provider down", null, null);
        }
        String input = firstUser(request.messages());
        long toolResults = request.messages().stream().filter(m -> m instanceof ToolResultMessage).count();
        if (input.startsWith("refund ")) {
          if (toolResults == 0) {
            ToolCall call = ToolCall.of("call-r", "refund", "{\"order\":" + input.substring(7).trim() + "}");
            return new ModelResponse(new AssistantMessage("", List.of(call)), TokenUsage.of(10, 5),
                null, null, null, null);
          }
          String result = request.messages().stream().filter(m -> m instanceof ToolResultMessage)
              .map(m -> ((ToolResultMessage) m).text()).findFirst().orElse("");
          return ModelResponse.ofText("Refund outcome: " + result, TokenUsage.of(10, 5));
        }
        if (input.startsWith("slow ")) {
          int steps = Integer.parseInt(input.substring(5).trim());
          Thread.sleep(150);
          if (toolResults < steps) {
            ToolCall call = ToolCall.of("call-" + toolResults, "lookup_order", "{\"id\":" + toolResults + "}");
            return new ModelResponse(new AssistantMessage("", List.of(call)), TokenUsage.of(10, 5),
                null, null, null, null);
          }
        }
        return ModelResponse.ofText("Answer to: " + input, TokenUsage.of(10, 5));
      }

      @Override
      public ModelResponse chatStreaming(ModelRequest request, java.util.function.Consumer<String> onTextDelta)
          throws Exception {
        String input = firstUser(request.messages());
        if (!input.startsWith("big ")) {
          return ModelClient.super.chatStreaming(request, onTextDelta);
        }
        int deltas = Integer.parseInt(input.substring(4).trim());
        if (!BIG_GATE.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
          throw new IllegalStateException("the test never opened BIG_GATE");
        }
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < deltas; i++) {
          String delta = String.valueOf((char) ('a' + i % 26)).repeat(BIG_DELTA_CHARS);
          onTextDelta.accept(delta);
          all.append(delta);
        }
        return ModelResponse.ofText(all.toString(), TokenUsage.of(10, 5));
      }

      @Override
      public ModelInfo info() {
        return ModelInfo.of("test", "support-model");
      }
    };
  }

  @Bean
  dev.agentruntime.core.session.SessionStore sessions() {
    return new dev.agentruntime.core.session.InMemorySessionStore();
  }

  @Bean
  Tool lookupOrder() {
    return Tool.builder("lookup_order")
        .description("Looks up an order")
        .parameters("{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"}}}")
        .handler(call -> "order " + call.arguments().getLong("id") + " shipped")
        .build();
  }

  /** Refunds actually executed (the approval tests count them). */
  static final java.util.concurrent.atomic.AtomicInteger REFUNDS = new java.util.concurrent.atomic.AtomicInteger();

  @Bean
  Tool refund() {
    return Tool.builder("refund")
        .description("Refunds an order (needs a human's approval)")
        .parameters("{\"type\":\"object\",\"properties\":{\"order\":{\"type\":\"integer\"}}}")
        .handler(call -> "refunded order " + call.arguments().getLong("order") + " (#" + REFUNDS.incrementAndGet() + ")")
        .build();
  }

  @Bean
  AgentInterceptor toolPolicy(
      org.springframework.beans.factory.ObjectProvider<dev.agentruntime.spring.approval.ApiApprovals> api) {
    dev.agentruntime.guardrails.tools.ApprovalHandler approvals = api.getIfAvailable();
    if (approvals == null) { // the API is off in this context: nobody can approve
      approvals = request -> java.util.concurrent.CompletableFuture.completedFuture(
          dev.agentruntime.guardrails.tools.ApprovalDecision.deny("no approver"));
    }
    return dev.agentruntime.guardrails.GuardrailsInterceptor.of(dev.agentruntime.guardrails.GuardrailChain.builder()
        .add(dev.agentruntime.guardrails.tools.ToolPolicyGuardrail.builder()
            .requireApproval(approvals, Duration.ofSeconds(20), "refund").build())
        .build());
  }

  @Bean
  AgentInterceptor planRefusal() {
    return new AgentInterceptor() {
      @Override
      public AgentResult aroundRun(RunChain chain) throws Exception {
        if (chain.input().contains("plan-limited")) {
          throw new RateLimitedException(null, "rpm", Duration.ofSeconds(7));
        }
        return chain.proceed(chain.input());
      }
    };
  }

  private static String firstUser(List<ChatMessage> messages) {
    for (ChatMessage m : messages) {
      if (m instanceof UserMessage u) {
        return u.text();
      }
    }
    return "";
  }
}
