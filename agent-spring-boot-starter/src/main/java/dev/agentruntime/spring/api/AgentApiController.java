package dev.agentruntime.spring.api;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.session.SessionStore;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The agent HTTP API:
 *
 * <ul>
 *   <li>{@code POST /agents/{name}/runs} — run synchronously (200 with the result) or, with
 *       {@code "async": true}, start and answer 202 with the run id;
 *   <li>{@code GET /runs/{id}} — status and result (with {@code costUsd}, the run's whole cost, when
 *       a {@code CostTracker} priced it); {@code DELETE /runs/{id}} — cancel;
 *   <li>{@code GET /runs/{id}/events} — the run's events as Server-Sent Events with increasing
 *       ids; reconnect with {@code Last-Event-ID} to get exactly what was missed.
 * </ul>
 *
 * Errors are RFC 9457 problem details ({@link AgentApiExceptionHandler}). A run is visible only
 * to the principal that started it.
 */
@RestController
public class AgentApiController {

  /** Whether agent-cost is on the classpath (its run cost is then part of a run's result). */
  private static final boolean COST_TRACKING =
      ClassUtils.isPresent("dev.agentruntime.cost.CostTracker", AgentApiController.class.getClassLoader());

  private final Map<String, AgentRuntime> agents;
  private final RunRegistry registry;
  private final int maxInputChars;
  private final @Nullable ApprovalDecider approvals;
  private final @Nullable SessionStore sessions;
  private final TagLimits tagLimits;

  /**
   * The limits of a run request's tags ({@code agent.api.max-tags}, {@code agent.api.max-tag-key-chars},
   * {@code agent.api.max-tag-value-chars}); a request past one is refused with 400.
   *
   * @param maxTags most tags of one request
   * @param maxKeyChars longest key, in characters
   * @param maxValueChars longest value, in characters
   */
  public record TagLimits(int maxTags, int maxKeyChars, int maxValueChars) {
    /** The defaults: 32 tags, keys of at most 64 characters, values of at most 256. */
    public static final TagLimits DEFAULTS = new TagLimits(32, 64, 256);

    /**
     * Validates.
     *
     * @param maxTags most tags of one request
     * @param maxKeyChars longest key, in characters
     * @param maxValueChars longest value, in characters
     * @throws IllegalArgumentException when a limit is not positive
     */
    public TagLimits {
      if (maxTags <= 0 || maxKeyChars <= 0 || maxValueChars <= 0) {
        throw new IllegalArgumentException("tag limits must be positive, were " + maxTags + ", " + maxKeyChars
            + ", " + maxValueChars);
      }
    }
  }

  /**
   * An API with the default {@link TagLimits}.
   *
   * @param agents the runtimes by agent name
   * @param registry the run registry
   * @param maxInputChars largest accepted input
   * @param approvals answers tool approvals, or null when none are served
   * @param sessions the session store (to check a named session is the caller's), or null
   */
  public AgentApiController(Map<String, AgentRuntime> agents, RunRegistry registry, int maxInputChars,
      @Nullable ApprovalDecider approvals, @Nullable SessionStore sessions) {
    this(agents, registry, maxInputChars, approvals, sessions, TagLimits.DEFAULTS);
  }

  /**
   * @param agents the runtimes by agent name
   * @param registry the run registry
   * @param maxInputChars largest accepted input
   * @param approvals answers tool approvals, or null when none are served
   * @param sessions the session store (to check a named session is the caller's), or null
   * @param tagLimits the limits of a request's tags
   */
  public AgentApiController(Map<String, AgentRuntime> agents, RunRegistry registry, int maxInputChars,
      @Nullable ApprovalDecider approvals, @Nullable SessionStore sessions, TagLimits tagLimits) {
    this.tagLimits = java.util.Objects.requireNonNull(tagLimits, "tagLimits");
    this.agents = Map.copyOf(agents);
    this.registry = registry;
    this.maxInputChars = maxInputChars;
    this.approvals = approvals;
    this.sessions = sessions;
  }

  /**
   * The body of an approval answer.
   *
   * @param approved the answer
   * @param reason why (optional)
   */
  public record ApprovalAnswer(@Nullable Boolean approved, @Nullable String reason) {}

  /**
   * Answers a pending tool approval of a run.
   *
   * @param id the run id
   * @param approvalId the approval id from the {@code approval_requested} event
   * @param body the answer
   * @param principal who asks
   * @return 204, or a problem
   */
  @PostMapping(path = "/runs/{id}/approvals/{approvalId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Void> approve(
      @PathVariable("id") String id,
      @PathVariable("approvalId") String approvalId,
      @RequestBody ApprovalAnswer body,
      @RequestAttribute(ApiPrincipal.REQUEST_ATTRIBUTE) ApiPrincipal principal) {
    RunRegistry.TrackedRun run = find(id, principal);
    if (approvals == null) {
      throw new ApiException(HttpStatus.NOT_FOUND, "no-approvals", "tool approvals are not served by this API");
    }
    if (body == null || body.approved() == null) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "bad-request", "'approved' (true or false) is required");
    }
    if (!approvals.decide(run.runId(), approvalId, body.approved(), body.reason())) {
      throw new ApiException(HttpStatus.CONFLICT, "no-pending-approval",
          "no pending approval '" + approvalId + "' for run '" + id + "' (answered, timed out, or never asked)");
    }
    return ResponseEntity.noContent().build();
  }

  /**
   * Runs (or starts) an agent.
   *
   * @param name the agent's name
   * @param body the request
   * @param principal who asks
   * @return 200 with the result, or 202 with the run id
   */
  @PostMapping(path = "/agents/{name}/runs", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> run(
      @PathVariable("name") String name,
      @RequestBody RunRequest body,
      @RequestAttribute(ApiPrincipal.REQUEST_ATTRIBUTE) ApiPrincipal principal) {
    AgentRuntime runtime = agents.get(name);
    if (runtime == null) {
      throw new ApiException(HttpStatus.NOT_FOUND, "unknown-agent", "no agent named '" + name + "'");
    }
    if (body == null || body.input() == null || body.input().isBlank()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "bad-request", "'input' must be a non-blank string");
    }
    if (body.input().length() > maxInputChars) {
      throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "input-too-large",
          "'input' has " + body.input().length() + " characters; the limit is " + maxInputChars
              + " (agent.api.max-input-chars)");
    }
    RunOptions.Builder options = RunOptions.builder().userId(principal.user());
    if (principal.tenant() != null) {
      options.tenantId(principal.tenant());
    }
    if (body.sessionId() != null && !body.sessionId().isBlank()) {
      if (sessions != null) {
        SessionController.checkOwner(sessions, body.sessionId(), principal);
      }
      options.sessionId(body.sessionId());
    }
    if (body.tags() != null) {
      checkTags(body.tags());
      body.tags().forEach((key, value) -> {
        if (value == null) { // JSON null: RunOptions takes strings only
          throw new ApiException(HttpStatus.BAD_REQUEST, "bad-request",
              "tag '" + key + "' has no value: 'tags' values must be strings");
        }
        options.tag(key, value);
      });
    }
    boolean async = Boolean.TRUE.equals(body.async());
    RunRegistry.TrackedRun run = registry.start(name, runtime, body.input(), principal, options, !async);
    if (async) {
      return ResponseEntity.accepted().location(URI.create("/runs/" + run.runId())).body(describe(run));
    }
    try {
      run.join();
    } catch (AgentRuntimeException e) {
      throw e; // the exception handler turns it into a problem with the run id
    }
    return ResponseEntity.ok(describe(run));
  }

  /**
   * @param id the run id
   * @param principal who asks
   * @return the run's status and, when finished, its result or error
   */
  @GetMapping("/runs/{id}")
  public Map<String, Object> get(
      @PathVariable("id") String id, @RequestAttribute(ApiPrincipal.REQUEST_ATTRIBUTE) ApiPrincipal principal) {
    return describe(find(id, principal));
  }

  /**
   * Cancels a run.
   *
   * @param id the run id
   * @param principal who asks
   * @return 202 with the run's status
   */
  @DeleteMapping("/runs/{id}")
  public ResponseEntity<Map<String, Object>> cancel(
      @PathVariable("id") String id, @RequestAttribute(ApiPrincipal.REQUEST_ATTRIBUTE) ApiPrincipal principal) {
    RunRegistry.TrackedRun run = find(id, principal);
    run.cancel("cancelled over the agent API by " + principal.user());
    return ResponseEntity.accepted().body(describe(run));
  }

  /**
   * Streams a run's events.
   *
   * @param id the run id
   * @param lastEventIdHeader the standard reconnection header
   * @param lastEventIdParam the same as a query parameter (for clients that cannot set headers)
   * @param principal who asks
   * @return the SSE stream
   */
  @GetMapping(path = "/runs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  public SseEmitter events(
      @PathVariable("id") String id,
      @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventIdHeader,
      @RequestParam(name = "lastEventId", required = false) @Nullable String lastEventIdParam,
      @RequestAttribute(ApiPrincipal.REQUEST_ATTRIBUTE) ApiPrincipal principal) {
    RunRegistry.TrackedRun run = find(id, principal);
    String raw = lastEventIdHeader != null ? lastEventIdHeader : lastEventIdParam;
    long last = 0;
    if (raw != null && !raw.isBlank()) {
      try {
        last = Long.parseLong(raw.trim());
      } catch (NumberFormatException e) {
        throw new ApiException(HttpStatus.BAD_REQUEST, "bad-request",
            "Last-Event-ID must be an event id (a number), was '" + raw + "'");
      }
    }
    return registry.subscribe(run, last);
  }

  private void checkTags(Map<String, String> tags) {
    if (tags.size() > tagLimits.maxTags()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "bad-request", "'tags' has " + tags.size()
          + " tags; the limit is " + tagLimits.maxTags() + " (agent.api.max-tags)");
    }
    tags.forEach((key, value) -> {
      if (key.length() > tagLimits.maxKeyChars()) {
        throw new ApiException(HttpStatus.BAD_REQUEST, "bad-request", "tag key '" + shown(key) + "' has "
            + key.length() + " characters; the limit is " + tagLimits.maxKeyChars() + " (agent.api.max-tag-key-chars)");
      }
      if (value != null && value.length() > tagLimits.maxValueChars()) {
        throw new ApiException(HttpStatus.BAD_REQUEST, "bad-request", "the value of tag '" + shown(key) + "' has "
            + value.length() + " characters; the limit is " + tagLimits.maxValueChars()
            + " (agent.api.max-tag-value-chars)");
      }
    });
  }

  /** A key as a problem names it: at most its first 32 characters. */
  private static String shown(String key) {
    return key.length() <= 32 ? key : key.substring(0, 32) + "...";
  }

  private RunRegistry.TrackedRun find(String id, ApiPrincipal principal) {
    return registry.find(id, principal).orElseThrow(() ->
        new ApiException(HttpStatus.NOT_FOUND, "unknown-run", "no run '" + id + "' (or it has expired)"));
  }

  static Map<String, Object> describe(RunRegistry.TrackedRun run) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("runId", run.runId());
    out.put("agent", run.agent());
    out.put("status", run.status().name());
    out.put("events", "/runs/" + run.runId() + "/events");
    run.result().ifPresent(r -> out.put("result", result(r)));
    // a failure the runtime does not classify says nothing of its cause, a provider's or a tool's
    // failure only what failed (the rest is in the server log)
    run.error().ifPresent(e -> out.put("error", Map.of(
        "type", AgentApiExceptionHandler.kind(e),
        "message", AgentApiExceptionHandler.clientMessage(e, run.runId()))));
    return out;
  }

  private static Map<String, Object> result(AgentResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("output", r.output());
    out.put("stopReason", r.stopReason().name());
    if (r.limit() != null) {
      out.put("limit", r.limit().name());
    }
    out.put("steps", r.steps());
    out.put("modelCalls", r.modelCalls().size());
    List<String> tools = r.toolCalls().stream().map(t -> t.call().name()).toList();
    out.put("toolCalls", tools);
    out.put("usage", Map.of(
        "inputTokens", r.usage().inputTokens(),
        "outputTokens", r.usage().outputTokens(),
        "totalTokens", r.usage().totalTokens()));
    out.put("durationMs", r.duration().toMillis());
    if (COST_TRACKING) {
      RunCost.of(r).ifPresent(c -> out.put("costUsd", c));
    }
    return out;
  }

  /** A client error of the API itself, answered as a problem with the given status. */
  static final class ApiException extends RuntimeException {
    final HttpStatus status;
    final String kind;

    ApiException(HttpStatus status, String kind, String detail) {
      super(detail);
      this.status = status;
      this.kind = kind;
    }
  }
}
