package dev.agentruntime.spring.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.spring.api.ApiPrincipal;
import dev.agentruntime.spring.api.RunRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

/** What one WebSocket connection keeps of the runs it started. */
class AgentWebSocketHandlerTest {

  /** A connection whose outgoing text frames go to {@code frames}. */
  static final class FakeSession implements WebSocketSession {
    final Map<String, Object> attributes = new ConcurrentHashMap<>();
    final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    volatile boolean open = true;

    FakeSession(ApiPrincipal principal, String agent) {
      attributes.put(ApiPrincipal.REQUEST_ATTRIBUTE, principal);
      attributes.put(AgentWebSocketConfig.AGENT_ATTRIBUTE, agent);
    }

    @Override
    public String getId() {
      return "ws-1";
    }

    @Override
    public URI getUri() {
      return URI.create("ws://localhost/agents/support/ws");
    }

    @Override
    public HttpHeaders getHandshakeHeaders() {
      return new HttpHeaders();
    }

    @Override
    public Map<String, Object> getAttributes() {
      return attributes;
    }

    @Override
    public Principal getPrincipal() {
      return null;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
      return null;
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
      return null;
    }

    @Override
    public String getAcceptedProtocol() {
      return null;
    }

    @Override
    public void setTextMessageSizeLimit(int messageSizeLimit) {}

    @Override
    public int getTextMessageSizeLimit() {
      return 1 << 20;
    }

    @Override
    public void setBinaryMessageSizeLimit(int messageSizeLimit) {}

    @Override
    public int getBinaryMessageSizeLimit() {
      return 1 << 20;
    }

    @Override
    public List<WebSocketExtension> getExtensions() {
      return List.of();
    }

    @Override
    public void sendMessage(WebSocketMessage<?> message) throws java.io.IOException {
      if (!open) {
        throw new java.io.IOException("closed");
      }
      frames.add(((TextMessage) message).getPayload());
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() {
      open = false;
    }

    @Override
    public void close(CloseStatus status) {
      open = false;
    }
  }

  /**
   * A long-lived connection that starts many short runs keeps none of them once each run's last
   * event reached it: neither the runs (their whole event logs) nor their subscriptions pile up for
   * the connection's life, past the registry's retention of the runs.
   */
  @Test
  void aLongLivedConnectionLetsGoOfEachRunOnceItsLastEventWasDelivered() throws Exception {
    int runs = 20;
    try (AgentRuntime rt = AgentRuntime.builder().model(ScriptedModelClient.builder().thenRespond("x").build())
        .loop((in, ctx) -> "done: " + in).build();
        RunRegistry registry = new RunRegistry(Duration.ofMinutes(5), Duration.ofSeconds(15), Duration.ofMinutes(5),
            1000, Clock.systemUTC())) {
      AgentWebSocketHandler handler =
          new AgentWebSocketHandler(Map.of("support", rt), registry, null, 1000, null);
      FakeSession session = new FakeSession(new ApiPrincipal("alice", "acme"), "support");
      handler.afterConnectionEstablished(session);
      for (int i = 0; i < runs; i++) {
        handler.handleMessage(session, new TextMessage("{\"type\":\"run\",\"input\":\"question " + i + "\"}"));
        String frame;
        boolean completed = false;
        while (!completed && (frame = session.frames.poll(30, TimeUnit.SECONDS)) != null) {
          assertThat(frame).doesNotContain("\"type\":\"error\"");
          completed = frame.contains("\"type\":\"run_completed\"");
        }
        assertThat(completed).as("run %s completed over the connection", i).isTrue();
      }
      // the last run's subscription goes right after its run_completed frame, on the delivery thread
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(handler.subscriptions(session))
          .as("runs the open connection still holds after %s ended", runs).isZero());
      assertThat(session.isOpen()).isTrue();
      handler.afterConnectionClosed(session, CloseStatus.NORMAL);
    }
  }
}
