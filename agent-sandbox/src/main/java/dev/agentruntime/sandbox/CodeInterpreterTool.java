package dev.agentruntime.sandbox;

import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.ToolExecutionException;
import dev.agentruntime.core.model.ToolSpec;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolInvocation;
import dev.agentruntime.core.tool.ToolResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Offers a {@link CodeSandbox} to agents as the tool {@code code_interpreter} (name
 * configurable). Register it like any tool, {@code AgentRuntime.builder().tools(new
 * CodeInterpreterTool(sandbox))}, and its calls are traced, guarded, limited and budgeted like
 * every other tool call.
 *
 * <p>Arguments: {@code language} (one of the sandbox's languages), {@code code}, optional {@code
 * stdin}. The result text gives the exit reason, exit code, stdout and stderr (each marked when
 * truncated); it is an error result unless the code finished with exit code 0, so the model sees
 * its own failures and can fix its code. The timeout is shortened to the run's remaining
 * wall-clock budget when the run has a deadline. A busy sandbox throws a {@link
 * ToolExecutionException} classified {@link ErrorClassification#TRANSIENT} (retry may help).
 * Thread-safe.
 */
public final class CodeInterpreterTool implements Tool {

  /** The default tool name. */
  public static final String NAME = "code_interpreter";

  private final CodeSandbox sandbox;
  private final ToolSpec spec;

  /**
   * @param sandbox the sandbox that runs the code
   */
  public CodeInterpreterTool(CodeSandbox sandbox) {
    this(sandbox, NAME);
  }

  /**
   * @param sandbox the sandbox that runs the code
   * @param name the tool name the model sees
   * @throws IllegalArgumentException when the name is not a valid tool name
   */
  public CodeInterpreterTool(CodeSandbox sandbox, String name) {
    this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
    String languages = sandbox.languages().stream()
        .map(l -> "\"" + l + "\"").collect(Collectors.joining(","));
    String schema = "{\"type\":\"object\",\"properties\":{"
        + "\"language\":{\"type\":\"string\",\"enum\":[" + languages + "],"
        + "\"description\":\"the language of the code\"},"
        + "\"code\":{\"type\":\"string\",\"description\":\"a complete program; print what you want to see\"},"
        + "\"stdin\":{\"type\":\"string\",\"description\":\"optional standard input\"}},"
        + "\"required\":[\"language\",\"code\"],\"additionalProperties\":false}";
    ResourceLimits l = sandbox.limits();
    String description = "Runs a short program in an isolated sandbox without network access and returns "
        + "its stdout, stderr and exit code. Languages: " + sandbox.languages() + ". Limits: "
        + l.timeout().toSeconds() + " s wall clock, " + l.cpuSeconds() + " s CPU, "
        + (l.memoryBytes() >> 20) + " MiB memory, " + l.maxOutputBytes() + " bytes of output. "
        + "Files written to the current directory are discarded after the run.";
    this.spec = new ToolSpec(name, description, schema);
  }

  @Override
  public ToolSpec spec() {
    return spec;
  }

  @Override
  public ToolResult execute(ToolInvocation invocation) {
    String language = invocation.arguments().getString("language");
    String code = invocation.arguments().getString("code");
    String stdin = invocation.arguments().getString("stdin", "");
    if (!sandbox.languages().contains(language)) {
      return ToolResult.error("unknown language '" + language + "'; use one of " + sandbox.languages());
    }
    ResourceLimits limits = limitsWithin(invocation.context());
    if (limits == null) {
      return ToolResult.error("the run has no time left to execute code");
    }
    ExecutionResult r;
    try {
      r = sandbox.execute(ExecutionRequest.builder(language, code).stdin(stdin).limits(limits).build());
    } catch (SandboxBusyException e) {
      throw new ToolExecutionException(invocation.context().runId(), spec.name(), e.getMessage(), e,
          ErrorClassification.TRANSIENT);
    }
    return r.succeeded() ? ToolResult.success(format(r)) : ToolResult.error(format(r));
  }

  private ResourceLimits limitsWithin(RunContext ctx) {
    ResourceLimits limits = sandbox.limits();
    if (ctx.deadline().isEmpty()) {
      return limits;
    }
    Duration left = Duration.between(Instant.now(ctx.view().clock()), ctx.deadline().get());
    if (left.isNegative() || left.isZero()) {
      return null;
    }
    return left.compareTo(limits.timeout()) < 0 ? limits.toBuilder().timeout(left).build() : limits;
  }

  /**
   * @param r a result
   * @return the text the model is shown
   */
  static String format(ExecutionResult r) {
    StringBuilder b = new StringBuilder();
    b.append("exit_reason: ").append(r.exitReason()).append('\n');
    b.append("exit_code: ").append(r.exitCode()).append('\n');
    b.append("duration_ms: ").append(r.duration().toMillis()).append('\n');
    b.append("stdout").append(r.stdoutTruncated() ? " (truncated)" : "").append(":\n").append(r.stdout());
    if (!r.stdout().isEmpty() && !r.stdout().endsWith("\n")) {
      b.append('\n');
    }
    b.append("stderr").append(r.stderrTruncated() ? " (truncated)" : "").append(":\n").append(r.stderr());
    return b.toString();
  }

  @Override
  public String toString() {
    return "CodeInterpreterTool[" + spec.name() + ", " + sandbox + "]";
  }
}
