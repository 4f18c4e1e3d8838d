package dev.agentruntime.spring.api;

import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.session.SessionEntry;
import dev.agentruntime.core.session.SessionInfo;
import dev.agentruntime.core.session.SessionStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Conversations of the agent API, served when a {@link SessionStore} bean exists:
 * {@code GET /sessions} (the caller's sessions), {@code GET /sessions/{id}/messages} (the messages
 * as stored: redacted by the guardrails, in sequence order), {@code DELETE /sessions/{id}}. A
 * conversation continues by running with its {@code sessionId}. A session is visible only to the
 * user and tenant that own it.
 */
@RestController
public class SessionController {

  private final SessionStore store;

  /** @param store the session store */
  public SessionController(SessionStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * @param principal who asks
   * @return the caller's sessions
   */
  @GetMapping("/sessions")
  public List<Map<String, Object>> list(@RequestAttribute(ApiPrincipal.REQUEST_ATTRIBUTE) ApiPrincipal principal) {
    return store.list(principal.tenant(), principal.user()).stream().map(SessionController::describe).toList();
  }

  /**
   * @param id the session id
   * @param fromSeq the first sequence number wanted
   * @param principal who asks
   * @return the session and its messages
   */
  @GetMapping("/sessions/{id}/messages")
  public Map<String, Object> messages(
      @PathVariable("id") String id,
      @RequestParam(name = "fromSeq", defaultValue = "0") long fromSeq,
      @RequestAttribute(ApiPrincipal.REQUEST_ATTRIBUTE) ApiPrincipal principal) {
    SessionInfo info = owned(id, principal);
    Map<String, Object> out = describe(info);
    out.put("messages", store.read(id, Math.max(0, fromSeq)).stream().map(SessionController::message).toList());
    return out;
  }

  /**
   * Erases a session.
   *
   * @param id the session id
   * @param principal who asks
   * @return 204
   */
  @DeleteMapping("/sessions/{id}")
  public ResponseEntity<Void> delete(
      @PathVariable("id") String id, @RequestAttribute(ApiPrincipal.REQUEST_ATTRIBUTE) ApiPrincipal principal) {
    owned(id, principal);
    store.delete(id);
    return ResponseEntity.noContent().build();
  }

  /**
   * Checks that a session the caller names is theirs (or does not exist yet).
   *
   * @param store the store
   * @param sessionId the session id
   * @param principal who asks
   * @throws AgentApiController.ApiException 404 when the session belongs to someone else
   */
  static void checkOwner(SessionStore store, String sessionId, ApiPrincipal principal) {
    if (!mayContinue(store, sessionId, principal)) {
      throw new AgentApiController.ApiException(HttpStatus.NOT_FOUND, "unknown-session", "no session '" + sessionId + "'");
    }
  }

  /**
   * Whether a caller may run in a session it names: the session does not exist yet (the run
   * creates it for the caller), or it belongs to the caller's user <em>and</em> tenant. Every
   * endpoint that takes a session id applies this (REST and the WebSocket).
   *
   * @param store the store
   * @param sessionId the session id
   * @param principal who asks
   * @return false when the session belongs to someone else
   */
  public static boolean mayContinue(SessionStore store, String sessionId, ApiPrincipal principal) {
    return store.info(sessionId).map(info -> owns(info, principal)).orElse(true);
  }

  private SessionInfo owned(String id, ApiPrincipal principal) {
    return store.info(id).filter(info -> owns(info, principal)).orElseThrow(() ->
        new AgentApiController.ApiException(HttpStatus.NOT_FOUND, "unknown-session", "no session '" + id + "'"));
  }

  private static boolean owns(SessionInfo info, ApiPrincipal principal) {
    return Objects.equals(info.userId(), principal.user()) && Objects.equals(info.tenantId(), principal.tenant());
  }

  private static Map<String, Object> describe(SessionInfo info) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sessionId", info.sessionId());
    out.put("messageCount", info.messageCount());
    out.put("createdAt", info.createdAt().toString());
    out.put("updatedAt", info.updatedAt().toString());
    if (info.forkedFrom() != null) {
      out.put("forkedFrom", info.forkedFrom());
    }
    return out;
  }

  private static Map<String, Object> message(SessionEntry e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("seq", e.seq());
    ChatMessage m = e.message();
    if (m instanceof UserMessage u) {
      out.put("role", "user");
      out.put("text", u.text());
    } else if (m instanceof AssistantMessage a) {
      out.put("role", "assistant");
      out.put("text", a.text());
      if (a.hasToolCalls()) {
        out.put("toolCalls", a.toolCalls().stream()
            .map(c -> Map.of("id", c.id(), "name", c.name(), "arguments", c.arguments())).toList());
      }
    } else if (m instanceof ToolResultMessage t) {
      out.put("role", "tool");
      out.put("toolCallId", t.toolCallId());
      out.put("toolName", t.toolName());
      out.put("text", t.text());
    } else if (m instanceof SystemMessage s) {
      out.put("role", "system");
      out.put("text", s.text());
    }
    out.put("runId", e.runId());
    out.put("appendedAt", e.appendedAt().toString());
    return out;
  }
}
