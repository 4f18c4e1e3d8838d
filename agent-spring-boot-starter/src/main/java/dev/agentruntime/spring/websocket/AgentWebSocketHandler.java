package dev.agentruntime.spring.websocket;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.session.SessionStore;
import dev.agentruntime.spring.api.ApiPrincipal;
import dev.agentruntime.spring.api.RunRegistry;
import dev.agentruntime.spring.api.SessionController;
import dev.agentruntime.spring.approval.ApiApprovals;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The interactive agent endpoint, {@code /agents/{name}/ws}. Client messages are JSON:
 *
 * <ul>
 *   <li>{@code {"type":"run","input":"...","sessionId":"..."}} starts a run; its events stream
 *       back as {@code {"id":n,"type":"text_delta",...,"data":{...}}} frames, approval requests
 *       included;
 *   <li>{@code {"type":"approval","runId":"...","approvalId":"...","approved":true,"reason":"..."}}
 *       answers an approval request of one of the connection's runs;
 *   <li>{@code {"type":"cancel","runId":"..."}} cancels one of them.
 * </ul>
 *
 * Problems come back as {@code {"type":"error","message":"..."}}; the connection stays open. The
 * handshake is authenticated like every API request; runs belong to that principal, and a run
 * continues a session only when the session is that principal's (user and tenant), as over REST.
 */
public final class AgentWebSocketHandler extends TextWebSocketHandler {

  private final Map<String, AgentRuntime> agents;
  private final RunRegistry registry;
  private final @Nullable ApiApprovals approvals;
  private final int maxInputChars;
  private final @Nullable SessionStore sessions;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param agents the runtimes by agent name
   * @param registry the run registry
   * @param approvals the approvals, or null when approvals are not served
   * @param maxInputChars largest accepted input
   * @param sessions the session store, to check that a session a run names is the caller's (as
   *     {@code POST /agents/{name}/runs} does), or null when there are no sessions
   */
  public AgentWebSocketHandler(Map<String, AgentRuntime> agents, RunRegistry registry,
      @Nullable ApiApprovals approvals, int maxInputChars, @Nullable SessionStore sessions) {
    this.agents = Map.copyOf(agents);
    this.registry = registry;
    this.approvals = approvals;
    this.maxInputChars = maxInputChars;
    this.sessions = sessions;
  }

  @Override
  public void afterConnectionEstablished(WebSocketSession session) {
    session.getAttributes().put(SUBSCRIPTIONS, new ConcurrentHashMap<String, RunRegistry.Subscription>());
  }

  /** the connection's runs whose events are still being delivered to it, by run id */
  private static final String SUBSCRIPTIONS = AgentWebSocketHandler.class.getName() + ".subscriptions";
  private static final String SAFE = AgentWebSocketHandler.class.getName() + ".safe";

  @Override
  protected void handleTextMessage(WebSocketSession raw, TextMessage message) throws IOException {
    WebSocketSession session = safe(raw);
    ApiPrincipal principal = (ApiPrincipal) raw.getAttributes().get(ApiPrincipal.REQUEST_ATTRIBUTE);
    JsonNode msg;
    try {
      msg = json.readTree(message.getPayload());
    } catch (IOException e) {
      error(session, "messages must be JSON objects with a 'type'");
      return;
    }
    String type = msg.path("type").asText("");
    switch (type) {
      case "run" -> run(raw, session, principal, msg);
      case "approval" -> approval(session, principal, msg);
      case "cancel" -> {
        String runId = msg.path("runId").asText("");
        registry.find(runId, principal).ifPresentOrElse(
            r -> r.cancel("cancelled over the WebSocket by " + principal.user()),
            () -> error(session, "no run '" + runId + "'"));
      }
      default -> error(session, "unknown message type '" + type + "' (run, approval, cancel)");
    }
  }

  private void run(WebSocketSession raw, WebSocketSession session, ApiPrincipal principal, JsonNode msg) {
    String agent = (String) raw.getAttributes().get(AgentWebSocketConfig.AGENT_ATTRIBUTE);
    AgentRuntime runtime = agents.get(agent);
    if (runtime == null) {
      error(session, "no agent named '" + agent + "'");
      return;
    }
    String input = msg.path("input").asText("");
    if (input.isBlank() || input.length() > maxInputChars) {
      error(session, "'input' must be non-blank and at most " + maxInputChars + " characters");
      return;
    }
    RunOptions.Builder options = RunOptions.builder().userId(principal.user());
    if (principal.tenant() != null) {
      options.tenantId(principal.tenant());
    }
    String sessionId = msg.path("sessionId").asText("");
    if (!sessionId.isBlank()) {
      if (sessions != null && !SessionController.mayContinue(sessions, sessionId, principal)) {
        error(session, "no session '" + sessionId + "'"); // someone else's: as unknown as over REST
        return;
      }
      options.sessionId(sessionId);
    }
    RunRegistry.TrackedRun run;
    try {
      run = registry.start(agent, runtime, input, principal, options);
    } catch (RuntimeException e) {
      error(session, e.getMessage());
      return;
    }
    @SuppressWarnings("unchecked")
    Map<String, RunRegistry.Subscription> subs =
        (Map<String, RunRegistry.Subscription>) raw.getAttributes().get(SUBSCRIPTIONS);
    String runId = run.runId();
    // set once the registry is done with this subscriber: its run's last event was sent, or a send failed
    AtomicBoolean ended = new AtomicBoolean();
    RunRegistry.Subscription subscription = registry.subscribe(run, 0, new RunRegistry.EventSink() {
      @Override
      public void send(long id, String eventType, String data) throws IOException {
        ObjectNode frame = json.createObjectNode();
        frame.put("id", id);
        frame.put("runId", runId);
        frame.put("type", eventType);
        // the event's JSON as the runtime wrote it: parsed and written again, amounts would become doubles (2.0E-5)
        frame.putRawValue("data", new RawValue(data));
        try {
          session.sendMessage(new TextMessage(json.writeValueAsString(frame)));
        } catch (IOException | RuntimeException e) { // the registry drops this subscriber
          release();
          throw e;
        }
      }

      @Override
      public void heartbeat() {
        // WebSocket pings are the container's business
      }

      @Override
      public void complete() {
        // the connection outlives a run, but keeps nothing of it once its last event was sent
        release();
      }

      private void release() {
        ended.set(true);
        subs.remove(runId);
      }
    });
    subs.put(runId, subscription);
    if (ended.get()) { // the run ended before it was put there (its release found nothing to remove)
      subs.remove(runId, subscription);
    }
  }

  private void approval(WebSocketSession session, ApiPrincipal principal, JsonNode msg) {
    if (approvals == null) {
      error(session, "approvals are not served (agent-guardrails is not on the classpath)");
      return;
    }
    String runId = msg.path("runId").asText("");
    String approvalId = msg.path("approvalId").asText("");
    if (registry.find(runId, principal).isEmpty()
        || !approvals.decide(runId, approvalId, msg.path("approved").asBoolean(false), msg.path("reason").asText(null))) {
      error(session, "no pending approval '" + approvalId + "' for run '" + runId + "'");
    }
  }

  private void error(WebSocketSession session, String message) {
    try {
      ObjectNode frame = json.createObjectNode();
      frame.put("type", "error");
      frame.put("message", message);
      session.sendMessage(new TextMessage(json.writeValueAsString(frame)));
    } catch (IOException gone) {
      // the client left
    }
  }

  private static WebSocketSession safe(WebSocketSession raw) {
    return (WebSocketSession) raw.getAttributes().computeIfAbsent(SAFE,
        k -> new ConcurrentWebSocketSessionDecorator(raw, 10_000, 1 << 20));
  }

  /**
   * @param session a connection
   * @return how many runs' subscriptions the connection holds (for tests)
   */
  int subscriptions(WebSocketSession session) {
    Object subs = session.getAttributes().get(SUBSCRIPTIONS);
    return subs instanceof Map<?, ?> m ? m.size() : 0;
  }

  @Override
  public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
    @SuppressWarnings("unchecked")
    Map<String, RunRegistry.Subscription> subs =
        (Map<String, RunRegistry.Subscription>) session.getAttributes().get(SUBSCRIPTIONS);
    if (subs != null) {
      subs.values().forEach(RunRegistry.Subscription::close);
      subs.clear();
    }
  }
}
