package dev.agentruntime.benchmarks.serving;

import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.UserMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The service the serving benchmarks start: the agent API over a model that answers at once
 * ("hold" waits until {@link #RELEASE} opens, so runs stay open for SSE clients).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BenchService {
  /** The API key of the benchmarks' client. */
  public static final String KEY = "bench-key-0123456789";
  /** Opened to let held runs finish. */
  public static volatile CountDownLatch RELEASE = new CountDownLatch(1);

  /**
   * @param extra more properties
   * @return the running service on a free loopback port
   */
  public static ConfigurableApplicationContext start(Map<String, Object> extra) {
    SpringApplication app = new SpringApplication(BenchService.class);
    Map<String, Object> p = new HashMap<>();
    p.put("server.port", "0");
    p.put("server.address", "127.0.0.1");
    p.put("spring.main.banner-mode", "off");
    p.put("agent.name", "bench");
    p.put("agent.api.enabled", "true");
    p.put("agent.api.keys[0].key", KEY);
    p.put("agent.api.keys[0].user", "bench");
    p.put("agent.telemetry.enabled", "false");
    p.put("server.tomcat.max-connections", "20000");
    p.put("server.tomcat.accept-count", "2000");
    p.putAll(extra);
    app.setDefaultProperties(p);
    return app.run();
  }

  @Bean
  ModelClient model() {
    return new ModelClient() {
      @Override
      public ModelResponse chat(ModelRequest request) throws Exception {
        if (request.messages().stream().anyMatch(m -> m instanceof UserMessage u && u.text().contains("hold"))) {
          RELEASE.await();
        }
        return ModelResponse.ofText("ok", TokenUsage.of(10, 2));
      }

      @Override
      public ModelInfo info() {
        return ModelInfo.of("bench", "instant");
      }
    };
  }
}
