package dev.agentruntime.spring.api;

import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.error.CircuitOpenException;
import dev.agentruntime.core.error.GuardrailViolationException;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.error.PolicyRefusal;
import dev.agentruntime.core.error.RateLimitedException;
import dev.agentruntime.core.error.RunCancelledException;
import dev.agentruntime.core.error.ToolExecutionException;
import dev.agentruntime.core.context.ContextWindowExceededException;
import dev.agentruntime.core.session.SessionBusyException;
import dev.agentruntime.core.session.SessionConflictException;
import dev.agentruntime.core.limits.Limit;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Turns the runtime's exceptions into RFC 9457 problem details for the agent API: a usage plan's
 * refusal is {@code 429} with {@code Retry-After}, a budget refusal {@code 429}, a guardrail
 * block or a limit {@code 422}, an open circuit or a full instance {@code 503}, a provider
 * failure {@code 502}, a cancelled run {@code 409}, bad input {@code 400}. Every problem
 * carries the run id when there is one and a stable {@code type}
 * ({@code urn:agent-runtime:problem:<kind>}).
 *
 * <p>A {@code 500} tells the client nothing of its cause (an exception's message may name a
 * database host, a user, a file): its detail is {@value #INTERNAL_DETAIL} and a reference, also in
 * the problem's {@code reference} property, and the exception is logged at ERROR with that
 * reference. A {@code 502} says what failed — the model provider with its HTTP status, or the tool
 * by name — but not what the provider or the tool said (an error body may echo part of an API key,
 * a gateway's host; a tool's exception a database user): that is logged at WARN under the problem's
 * reference. The details the API writes for a client's own mistakes (4xx) say what was wrong.
 *
 * <p>The client errors Spring MVC detects itself (an unsupported media type 415, a method not
 * allowed 405, a body that is not JSON 400, nothing acceptable 406, ...) are problems too, with the
 * type of their status ({@code urn:agent-runtime:problem:method-not-allowed}). This advice applies
 * to the API's controllers only; the auto-configuration routes the errors Spring MVC raises before
 * any controller is chosen (405, 415, 406 on the API's paths) to it as well, and leaves the
 * application's own endpoints alone.
 */
@RestControllerAdvice(assignableTypes = {AgentApiController.class, SessionController.class})
public class AgentApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(AgentApiExceptionHandler.class);

  /** The detail of every {@code 500}, followed by its reference. */
  static final String INTERNAL_DETAIL = "internal error; see the server log";

  /**
   * @param e an API client error
   * @return its problem
   */
  @ExceptionHandler(AgentApiController.ApiException.class)
  public ResponseEntity<ProblemDetail> api(AgentApiController.ApiException e) {
    return problem(e.status, e.kind, e.getMessage(), null, null);
  }

  /** An unreadable body: 400 saying what the body must be. */
  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return handleExceptionInternal(ex, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "the body must be JSON like {\"input\": \"...\"}"), headers, HttpStatus.BAD_REQUEST, request);
  }

  /**
   * Spring MVC's own errors (415, 405, 406, 400, ...) as the API's problems: their detail as Spring
   * MVC writes it, the type {@code urn:agent-runtime:problem:<kind>} of their status
   * ({@code unsupported-media-type}, {@code method-not-allowed}, ...); a 500 says nothing of its cause.
   */
  @Override
  protected @Nullable ResponseEntity<Object> handleExceptionInternal(
      Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (statusCode.value() == HttpStatus.INTERNAL_SERVER_ERROR.value() && request instanceof ServletWebRequest web) {
      if (web.getResponse() != null && web.getResponse().isCommitted()) {
        return null;
      }
      ResponseEntity<ProblemDetail> internal = internal("internal-error", null, ex, web.getRequest());
      return ResponseEntity.status(internal.getStatusCode()).headers(headers).body(internal.getBody());
    }
    ResponseEntity<Object> out = super.handleExceptionInternal(ex, body, headers, statusCode, request);
    if (out != null && out.getBody() instanceof ProblemDetail p) {
      HttpStatus status = HttpStatus.resolve(statusCode.value());
      String reason = status == null ? "error" : status.getReasonPhrase();
      if (p.getType() == null || "about:blank".equals(p.getType().toString())) {
        p.setType(URI.create("urn:agent-runtime:problem:"
            + reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")));
      }
      if (p.getTitle() == null) {
        p.setTitle(reason);
      }
    }
    return out;
  }

  /**
   * @param e a query parameter, header or path segment that is not of its type ({@code fromSeq=abc})
   * @return 400 naming the parameter
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    String wanted = type == null ? "a valid value"
        : Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class) ? "a number"
        : type.getSimpleName();
    return problem(HttpStatus.BAD_REQUEST, "bad-request",
        "'" + e.getName() + "' must be " + wanted + ", was '" + e.getValue() + "'", null, null);
  }

  /**
   * @param e the registry is full
   * @return 503
   */
  @ExceptionHandler(RunRegistry.TooManyRunsException.class)
  public ResponseEntity<ProblemDetail> full(RunRegistry.TooManyRunsException e) {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "too-many-runs", e.getMessage(), null, null);
  }

  /**
   * @param e a run's failure
   * @param request the request
   * @return its problem; a {@code 500} (a failure the runtime does not classify) says nothing of its cause
   */
  @ExceptionHandler(AgentRuntimeException.class)
  public ResponseEntity<ProblemDetail> run(AgentRuntimeException e, HttpServletRequest request) {
    Duration retryAfter = null;
    HttpStatus status;
    if (e instanceof RateLimitedException r) {
      status = HttpStatus.TOO_MANY_REQUESTS;
      retryAfter = r.retryAfter();
    } else if (e instanceof BudgetExceededException) {
      status = HttpStatus.TOO_MANY_REQUESTS;
    } else if (e instanceof LimitExceededException l && l.limit() == Limit.CONCURRENT_RUNS) {
      status = HttpStatus.SERVICE_UNAVAILABLE;
    } else if (e instanceof GuardrailViolationException || e instanceof LimitExceededException) {
      status = HttpStatus.UNPROCESSABLE_CONTENT;
    } else if (e instanceof CircuitOpenException) {
      status = HttpStatus.SERVICE_UNAVAILABLE;
    } else if (e instanceof RunCancelledException) {
      status = HttpStatus.CONFLICT;
    } else if (e instanceof ModelCallException || e instanceof ToolExecutionException) {
      status = HttpStatus.BAD_GATEWAY;
    } else if (e instanceof SessionConflictException || e instanceof SessionBusyException) {
      status = HttpStatus.CONFLICT;
    } else if (e instanceof ContextWindowExceededException) {
      status = HttpStatus.UNPROCESSABLE_CONTENT;
    } else if (callersRefusal(e)) {
      status = HttpStatus.FORBIDDEN; // another policy's refusal (a usage plan's): its message is for the caller
    } else {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
      return internal(kind(e), e.runId(), e, request);
    }
    if (upstream(e)) {
      String reference = reference();
      LOG.warn("agent API: {} {} failed upstream, reference {}{}", request.getMethod(), request.getRequestURI(),
          reference, e.runId() == null ? "" : " (run " + e.runId() + ")", e);
      ResponseEntity<ProblemDetail> out = problem(status, kind(e),
          upstreamDetail(e) + "; see the server log, reference " + reference, e.runId(), retryAfter);
      out.getBody().setProperty("reference", reference);
      return out;
    }
    return problem(status, kind(e), e.getMessage(), e.runId(), retryAfter);
  }

  /**
   * Any other failure under the API's endpoints (a store that is down, a bug): a {@code 500} that
   * names nothing internal, logged with its reference. Spring MVC's own exceptions, which say what
   * the client did wrong, are left to Spring MVC.
   *
   * @param e the failure
   * @param request the request
   * @return 500, or null when the client has gone
   * @throws Exception {@code e} itself, when Spring MVC answers it
   */
  @ExceptionHandler(Exception.class)
  public @Nullable ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
    if (e instanceof ErrorResponse || e instanceof HttpMessageNotReadableException
        || e instanceof org.springframework.beans.TypeMismatchException
        || e instanceof AsyncRequestNotUsableException
        || AnnotatedElementUtils.hasAnnotation(e.getClass(), ResponseStatus.class)) {
      throw e; // re-thrown as is: the next resolver (Spring MVC's) answers it as before
    }
    if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
      return null; // nobody to answer
    }
    return internal("internal-error", null, e, request);
  }

  private static ResponseEntity<ProblemDetail> internal(
      String kind, @Nullable String runId, Throwable e, HttpServletRequest request) {
    String reference = reference();
    LOG.error("agent API: {} {} failed with an internal error, reference {}{}", request.getMethod(),
        request.getRequestURI(), reference, runId == null ? "" : " (run " + runId + ")", e);
    ResponseEntity<ProblemDetail> out = problem(HttpStatus.INTERNAL_SERVER_ERROR, kind,
        INTERNAL_DETAIL + ", reference " + reference, runId, null);
    out.getBody().setProperty("reference", reference);
    return out;
  }

  private static String reference() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  /**
   * @param e a run's failure
   * @return whether the model provider or a tool failed it ({@code 502}): then the client sees only
   *     {@link #upstreamDetail}
   */
  static boolean upstream(Throwable e) {
    return e instanceof ModelCallException || e instanceof ToolExecutionException;
  }

  /**
   * @param e a failure that is {@link #upstream}
   * @return what a client may see of it: what failed (the provider and its HTTP status — or, without
   *     one, its error type such as {@code unknown host} or {@code timeout} — the model; the tool's
   *     name), not what it said
   */
  static String upstreamDetail(Throwable e) {
    if (e instanceof ToolExecutionException t) {
      return "tool '" + t.toolName() + "' failed";
    }
    ModelCallException m = (ModelCallException) e;
    return "the model provider failed" + (m.statusCode() > 0 ? " with HTTP " + m.statusCode() : kindOf(m))
        + (m.model() == null ? "" : " (model '" + m.model() + "')");
  }

  private static final java.util.regex.Pattern ERROR_TYPE = java.util.regex.Pattern.compile("[a-z][a-z0-9_]{0,39}");

  /**
   * @return ": unknown host", ": timeout", ... for a failure without an HTTP status: its telemetry
   *     error type, a short code (never what the provider or the HTTP client said); "" when it has
   *     none or it is not such a code
   */
  private static String kindOf(ModelCallException m) {
    String type = m.errorType();
    return "model_error".equals(type) || !isCode(type) ? "" : ": " + type.replace('_', ' ');
  }

  /**
   * @param errorType an error type
   * @return whether it is a short lower-snake-case code ({@code timeout}, {@code budget_exceeded}) a
   *     client may see, not a class name or free text
   */
  static boolean isCode(String errorType) {
    return ERROR_TYPE.matcher(errorType).matches();
  }

  /**
   * @param e a run's failure
   * @param runId the run
   * @return the message a client sees of it in a run's view and its {@code run_failed} event: none of
   *     an {@link #internal} failure's, only {@link #upstreamDetail} of an {@link #upstream} one, the
   *     message of any other (a policy's refusal, a limit: written for the caller)
   */
  static String clientMessage(Throwable e, String runId) {
    if (internal(e)) {
      return RunRegistry.INTERNAL_FAILURE + runId;
    }
    if (upstream(e)) {
      return upstreamDetail(e) + "; see the server log for run " + runId;
    }
    return String.valueOf(e.getMessage());
  }

  /**
   * @param e a failure
   * @return its stable kind, e.g. {@code rate-limited}
   */
  static String kind(Throwable e) {
    if (e instanceof RateLimitedException) {
      return "rate-limited";
    } else if (e instanceof BudgetExceededException) {
      return "budget-exceeded";
    } else if (e instanceof LimitExceededException l) {
      return l.limit() == null ? "limit-exceeded" : "limit-" + l.limit().name().toLowerCase(Locale.ROOT).replace('_', '-');
    } else if (e instanceof GuardrailViolationException) {
      return "guardrail-blocked";
    } else if (e instanceof CircuitOpenException) {
      return "circuit-open";
    } else if (e instanceof RunCancelledException) {
      return "cancelled";
    } else if (e instanceof ModelCallException) {
      return "model-error";
    } else if (e instanceof ToolExecutionException) {
      return "tool-error";
    } else if (e instanceof SessionConflictException) {
      return "session-conflict";
    } else if (e instanceof SessionBusyException) {
      return "session-busy";
    } else if (e instanceof ContextWindowExceededException) {
      return "context-window-exceeded";
    } else if (callersRefusal(e)) {
      return "policy-refused";
    }
    return "run-failed";
  }

  /**
   * @return whether e is a policy's refusal of what the caller asked (a model its usage plan does not
   *     allow): not one for want of the server's configuration (a model without a price, policy
   *     {@code pricing}), which is an internal error
   */
  private static boolean callersRefusal(Throwable e) {
    return e instanceof PolicyRefusal r && !"pricing".equals(r.policy());
  }

  /**
   * @param e a run's failure
   * @return whether the runtime does not classify it (a {@code 500}): then nothing of its message is
   *     shown to clients
   */
  static boolean internal(Throwable e) {
    return "run-failed".equals(kind(e));
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String kind, @Nullable String detail, @Nullable String runId, @Nullable Duration retryAfter) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create("urn:agent-runtime:problem:" + kind));
    p.setTitle(status.getReasonPhrase());
    if (runId != null) {
      p.setProperty("runId", runId);
    }
    HttpHeaders headers = new HttpHeaders();
    if (retryAfter != null && !retryAfter.isNegative()) {
      long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
      headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
      p.setProperty("retryAfterSeconds", seconds);
    }
    return ResponseEntity.status(status).headers(headers).body(p);
  }
}
