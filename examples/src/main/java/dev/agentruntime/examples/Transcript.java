package dev.agentruntime.examples;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.AgentEventListener;
import dev.agentruntime.core.event.GuardrailTriggered;
import dev.agentruntime.core.event.LimitReached;
import dev.agentruntime.core.event.RetryScheduled;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.tool.ToolResult;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Prints a readable transcript of a run: each step's model answer or tool requests, each tool
 * result, retries, guardrail decisions and limits, then a summary. An interceptor (to see the
 * content of calls) and an event listener (for retries and decisions); registering it with
 * {@code .interceptor(transcript)} also registers it as a listener.
 */
public final class Transcript implements AgentInterceptor, AgentEventListener {
  private final PrintStream out;

  /** @param out where to print */
  public Transcript(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
    print(String.format("  step %d  model %s%n", chain.context().currentStep(), chain.requestModel()));
    long t0 = System.nanoTime();
    ModelResponse r = chain.proceed(chain.request());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("           answered    in %d ms, %s%n", ms, tokens(r.usage())));
    if (r.message().hasToolCalls()) {
      for (ToolCall c : r.message().toolCalls()) {
        sb.append("           wants tool  ").append(c.name()).append(' ').append(c.arguments()).append('\n');
      }
    }
    if (!r.text().isEmpty()) {
      sb.append("           says        ").append(oneLine(r.text())).append('\n');
    }
    print(sb.toString());
    return r;
  }

  @Override
  public ToolResult aroundToolCall(ToolChain chain) throws Exception {
    ToolResult r = chain.proceed(chain.call());
    print(String.format("           tool %-15s -> %s%s%n", chain.call().name(),
        r.isError() ? "ERROR " : "", oneLine(r.content())));
    return r;
  }

  @Override
  public void onEvent(AgentEvent event) {
    if (event instanceof RetryScheduled r) {
      print(String.format("           retry       %s failed (%s); retrying in %d ms (attempt %d)%n",
          r.target(), r.errorType(), r.delay().toMillis(), r.attempt() + 1));
    } else if (event instanceof GuardrailTriggered g) {
      print("           guardrail   " + g.guardrail() + " at " + g.point() + ": " + g.action() + " (" + g.reason() + ")\n");
    } else if (event instanceof LimitReached l) {
      print("           limit       " + l.limit() + ": " + l.message() + "\n");
    }
  }

  /**
   * Prints the run's summary.
   *
   * @param result the run's result
   */
  public void summary(AgentResult result) {
    print(String.format("%nanswer: %s%n%nrun %s: %d steps, %d model calls, %d tool calls, %s, %d ms%s%n",
        result.output(), result.runId().substring(0, 8), result.steps(), result.modelCalls().size(),
        result.toolCalls().size(), tokens(result.usage()), result.duration().toMillis(),
        result.cutShort() ? " (cut short by " + result.limit() + ")" : ""));
  }

  static String tokens(TokenUsage u) {
    return String.format("tokens in %d (cached %d) out %d", u.inputTokens(), u.cachedInputTokens(), u.outputTokens());
  }

  private static String oneLine(String s) {
    String t = s.replace('\n', ' ').trim();
    return t.length() <= 160 ? t : t.substring(0, 157) + "...";
  }

  private synchronized void print(String s) {
    out.print(s);
    out.flush();
  }
}
