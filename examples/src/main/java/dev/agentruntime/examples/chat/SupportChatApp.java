package dev.agentruntime.examples.chat;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.session.InMemorySessionStore;
import dev.agentruntime.core.session.SessionStore;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.cost.CostTracker;
import dev.agentruntime.cost.UnknownModelPolicy;
import dev.agentruntime.cost.pricing.PricingCatalog;
import dev.agentruntime.guardrails.GuardrailChain;
import dev.agentruntime.guardrails.GuardrailsInterceptor;
import dev.agentruntime.guardrails.tools.ToolPolicyGuardrail;
import dev.agentruntime.spring.approval.ApiApprovals;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A support-agent service with a chat page: Spring Boot, {@code agent-spring-boot-starter}'s agent
 * API, and a static page ({@code static/index.html}, no build step, no CDN) that streams the answer
 * over Server-Sent Events, shows tool calls and the run's cost as they happen, asks for approval of the refund tool
 * and can cancel a run. The model is the LangChain4j OpenAI client — against an embedded
 * OpenAI-compatible demo model by default ({@link DemoSupportModel}, no key), or against
 * {@code OPENAI_BASE_URL} / {@code OPENAI_API_KEY} / {@code OPENAI_MODEL} when a key is set.
 *
 * <pre>
 * mvn -B -q -pl examples -am install -DskipTests
 * mvn -B -q -pl examples exec:java -Dexample.main=dev.agentruntime.examples.chat.SupportChatApp
 * </pre>
 *
 * then open http://127.0.0.1:8080/. The page uses the API without a key: the service listens on
 * the loopback interface only and says {@code agent.api.allow-anonymous=true}; a real deployment
 * configures {@code agent.api.keys} instead.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class SupportChatApp {

  /** Orders the demo knows. */
  static final Map<Long, String> ORDERS = Map.of(
      1042L, "1x noise-cancelling headphones, shipped 9 business days ago, last scanned in Leeds",
      1043L, "2x USB-C cables, delivered yesterday");

  /** Refunds made, by order (the test checks that an approved refund ran once). */
  static final Map<Long, Integer> REFUNDS = new ConcurrentHashMap<>();

  /**
   * @param args Spring Boot arguments ({@code --server.port=0} for a free port)
   * @return the running application
   */
  public static ConfigurableApplicationContext start(String... args) {
    SpringApplication app = new SpringApplication(SupportChatApp.class);
    Map<String, Object> defaults = new HashMap<>();
    defaults.put("server.address", "127.0.0.1");
    defaults.put("agent.name", "support");
    defaults.put("agent.streaming", "true");
    defaults.put("agent.system-prompt", "You are a friendly support agent. Use the tools to look up and refund orders.");
    defaults.put("agent.api.enabled", "true");
    defaults.put("agent.api.allow-anonymous", "true");
    defaults.put("agent.limits.max-steps", "6");
    defaults.put("spring.main.banner-mode", "off");
    app.setDefaultProperties(defaults);
    return app.run(args);
  }

  /** @param args Spring Boot arguments */
  public static void main(String[] args) {
    ConfigurableApplicationContext ctx = start(args);
    String port = ctx.getEnvironment().getProperty("local.server.port");
    System.out.println("support chat: open http://127.0.0.1:" + port + "/ (model: "
        + ctx.getBean(Endpoint.class).describe() + "; Ctrl+C stops)");
  }

  /** Where the model is: the embedded demo model, or the endpoint the environment names. */
  static final class Endpoint implements AutoCloseable {
    final DemoSupportModel demo;
    final String baseUrl;
    final String apiKey;
    final String model;

    Endpoint(Map<String, String> env) {
      String key = env.get("OPENAI_API_KEY");
      if (key == null || key.isBlank()) {
        demo = new DemoSupportModel();
        baseUrl = demo.baseUrl();
        apiKey = "demo";
        model = DemoSupportModel.MODEL;
      } else {
        demo = null;
        baseUrl = env.getOrDefault("OPENAI_BASE_URL", "https://api.openai.com/v1");
        apiKey = key;
        model = env.getOrDefault("OPENAI_MODEL", "gpt-4o-mini");
      }
    }

    String describe() {
      return demo != null ? "embedded demo model at " + baseUrl : model + " at " + baseUrl;
    }

    @Override
    public void close() {
      if (demo != null) {
        demo.close();
      }
    }
  }

  @Bean(destroyMethod = "close")
  Endpoint endpoint() {
    return new Endpoint(System.getenv());
  }

  @Bean
  ChatModel chatModel(Endpoint e) {
    return OpenAiChatModel.builder().baseUrl(e.baseUrl).apiKey(e.apiKey).modelName(e.model).build();
  }

  @Bean
  StreamingChatModel streamingChatModel(Endpoint e) {
    return OpenAiStreamingChatModel.builder().baseUrl(e.baseUrl).apiKey(e.apiKey).modelName(e.model).build();
  }

  @Bean
  SessionStore sessions() {
    return new InMemorySessionStore(); // a run with a session id continues that conversation
  }

  @Bean
  Tool lookupOrder() {
    return Tool.builder("lookup_order")
        .description("Looks up an order's contents and delivery status by its id")
        .parameters("{\"type\":\"object\",\"properties\":{\"order_id\":{\"type\":\"integer\"}},\"required\":[\"order_id\"]}")
        .handler(call -> {
          long id = call.arguments().getLong("order_id");
          return "Order " + id + ": " + ORDERS.getOrDefault(id, "no such order") + ".";
        })
        .build();
  }

  @Bean
  Tool refund() {
    AtomicInteger ids = new AtomicInteger(5000);
    return Tool.builder("refund")
        .description("Refunds an order in full (a person must approve it)")
        .parameters("{\"type\":\"object\",\"properties\":{\"order_id\":{\"type\":\"integer\"}},\"required\":[\"order_id\"]}")
        .handler(call -> {
          long id = call.arguments().getLong("order_id");
          REFUNDS.merge(id, 1, Integer::sum);
          return "Order " + id + " was refunded in full (refund R-" + ids.incrementAndGet() + ").";
        })
        .build();
  }

  /**
   * Prices every model call (the bundled catalog; a model it does not know, say behind
   * {@code OPENAI_BASE_URL}, is priced as gpt-4o-mini with a warning): each priced call reaches the
   * page as a {@code cost_incurred} event with the run's cost so far, and the run's total is in
   * the API's result as {@code costUsd}.
   */
  @Bean
  CostTracker costTracker() {
    return CostTracker.builder()
        .unknownModelPolicy(UnknownModelPolicy.defaultPrice(PricingCatalog.bundled().find("gpt-4o-mini").orElseThrow()))
        .build();
  }

  /** The refund tool waits for the page's Approve / Deny buttons (two minutes, then it is denied). */
  @Bean
  AgentInterceptor toolPolicy(ApiApprovals approvals) {
    return GuardrailsInterceptor.of(GuardrailChain.builder()
        .add(ToolPolicyGuardrail.builder().requireApproval(approvals, Duration.ofMinutes(2), "refund").build())
        .build());
  }
}
