package dev.agentruntime.guardrails;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AttributeKey;
import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.RunChain;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.error.GuardrailViolationException;
import dev.agentruntime.core.event.GuardrailTriggered;
import dev.agentruntime.core.guardrail.GuardrailDecision;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import dev.agentruntime.core.guardrail.GuardrailSubject;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.tool.ToolResult;
import dev.agentruntime.guardrails.pii.TokenVault;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies a {@link GuardrailChain} at the four points of every run, at {@link Stage#GUARDRAILS}:
 *
 * <ul>
 *   <li><b>input</b> — before each model call, only the messages that are new in this run (the
 *       user's message, tool results not judged before); earlier turns passed in the run options'
 *       history are never judged again, so one blocked turn cannot poison a conversation. Rewrites
 *       (redactions) replace the message in the request, and stay applied on later calls.
 *   <li><b>output</b> — the answer's text after each call; a re-ask calls the model again with the
 *       feedback appended, at most {@code maxReasks} times.
 *   <li><b>tool call</b> — name and JSON arguments before execution.
 *   <li><b>tool result</b> — the tool's text before it goes back to the model.
 * </ul>
 *
 * <p>Every decision other than pass is emitted as a {@link GuardrailTriggered} event. A block at
 * input or output throws {@link GuardrailViolationException}; a block at a tool point either
 * returns an error tool result the model can read (default) or throws. Tokenised values are
 * restored in the run's final output and, optionally, in tool arguments, so tools get real values
 * while the model never sees them. Decision counts are published on the result under
 * {@link #SUMMARY}. Thread-safe; per-run state lives on the run context.
 */
public final class GuardrailsInterceptor implements AgentInterceptor {

  /**
   * Counts of guardrail decisions in one run.
   *
   * @param checks texts judged
   * @param triggered decisions other than pass
   * @param blocks blocks
   * @param rewrites rewrites
   * @param reasks re-asks
   * @param warnings warnings
   */
  public record Summary(int checks, int triggered, int blocks, int rewrites, int reasks, int warnings) {}

  /** Where a run's decision counts are published on the {@link AgentResult}. */
  public static final AttributeKey<Summary> SUMMARY =
      AttributeKey.of("agent_runtime.guardrails.summary", Summary.class);

  private static final AttributeKey<RunState> STATE =
      AttributeKey.of("agent_runtime.guardrails.state", RunState.class);

  /** Per-run bookkeeping. */
  static final class RunState {
    final ConcurrentHashMap<String, String> judged = new ConcurrentHashMap<>();
    final AtomicInteger checks = new AtomicInteger();
    final AtomicInteger triggered = new AtomicInteger();
    final AtomicInteger blocks = new AtomicInteger();
    final AtomicInteger rewrites = new AtomicInteger();
    final AtomicInteger reasks = new AtomicInteger();
    final AtomicInteger warnings = new AtomicInteger();
    volatile String systemPrompt;

    Summary summary() {
      return new Summary(checks.get(), triggered.get(), blocks.get(), rewrites.get(), reasks.get(), warnings.get());
    }
  }

  /** Where the system prompt of the current run's latest model call is kept for output guardrails. */
  public static final AttributeKey<String> SYSTEM_PROMPT_HINT =
      AttributeKey.of("agent_runtime.guardrails.system_prompt", String.class);

  private final GuardrailChain chain;
  private final int maxReasks;
  private final ToolViolationAction toolViolationAction;
  private final boolean restoreTokensInOutput;
  private final boolean restoreTokensInToolArguments;
  private final boolean redactHistory;

  private GuardrailsInterceptor(Builder b) {
    this.chain = b.chain;
    this.maxReasks = b.maxReasks;
    this.toolViolationAction = b.toolViolationAction;
    this.restoreTokensInOutput = b.restoreTokensInOutput;
    this.restoreTokensInToolArguments = b.restoreTokensInToolArguments;
    this.redactHistory = b.redactHistory;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param chain the chain
   * @return an interceptor with default settings
   */
  public static GuardrailsInterceptor of(GuardrailChain chain) {
    return builder().chain(chain).build();
  }

  /** @return the chain applied */
  public GuardrailChain chain() {
    return chain;
  }

  @Override
  public Stage stage() {
    return Stage.GUARDRAILS;
  }

  private static RunState state(RunContext ctx) {
    return ctx.computeAttributeIfAbsent(STATE, RunState::new);
  }

  @Override
  public AgentResult aroundRun(RunChain chain) throws Exception {
    RunContext ctx = chain.context();
    RunState st = state(ctx);
    TokenVault vault = null;
    try {
      AgentResult result;
      try {
        result = chain.proceed(chain.input());
      } finally {
        ctx.setAttribute(SUMMARY, st.summary());
        vault = ctx.attribute(TokenVault.KEY).orElse(null);
      }
      String output = restoreTokensInOutput && vault != null ? vault.restore(result.output()) : result.output();
      return withSummary(result, output, st);
    } finally {
      if (vault != null) {
        vault.clear(); // nothing that outlives the run (results, exceptions) keeps the values
      }
    }
  }

  private static AgentResult withSummary(AgentResult r, String output, RunState st) {
    java.util.Map<AttributeKey<?>, Object> attrs = new java.util.HashMap<>(r.attributes());
    attrs.put(SUMMARY, st.summary());
    attrs.remove(STATE);
    attrs.remove(TokenVault.KEY);
    attrs.remove(SYSTEM_PROMPT_HINT);
    return new AgentResult(r.runId(), output, r.stopReason(), r.limit(), r.steps(), r.modelCalls(),
        r.toolCalls(), r.usage(), r.duration(), attrs);
  }

  // ------------------------------------------------------------------ model calls

  @Override
  public ModelResponse aroundModelCall(ModelChain mc) throws Exception {
    RunContext ctx = mc.context();
    RunState st = state(ctx);
    ModelRequest request = guardInput(mc.request(), ctx, st);
    ModelResponse response = mc.proceed(request);
    if (!chain.appliesAt(GuardrailPoint.OUTPUT, null)) {
      return response;
    }
    for (int attempt = 0; ; attempt++) {
      String text = response.text();
      if (text.isEmpty()) {
        return response;
      }
      ChainResult r = judge(ctx, st, GuardrailPoint.OUTPUT, text, null);
      if (r.blocked()) {
        GuardrailVerdict v = r.block().get();
        throw new GuardrailViolationException(ctx.runId(), v.guardrail(), GuardrailPoint.OUTPUT.wireName(), v.reason());
      }
      List<GuardrailVerdict> reasks = r.reasks();
      if (reasks.isEmpty()) {
        return r.rewritten()
            ? response.withMessage(new AssistantMessage(r.text(), response.message().toolCalls()))
            : response;
      }
      if (attempt >= maxReasks) {
        GuardrailVerdict v = reasks.get(0);
        throw new GuardrailViolationException(ctx.runId(), v.guardrail(), GuardrailPoint.OUTPUT.wireName(),
            "still failing after " + maxReasks + " re-ask(s): " + v.reason());
      }
      StringBuilder feedback = new StringBuilder("Your previous answer was rejected. Please answer again and fix this:");
      for (GuardrailVerdict v : reasks) {
        feedback.append("\n- ").append(v.reason());
      }
      List<ChatMessage> messages = new ArrayList<>(request.messages());
      messages.add(response.message());
      UserMessage fb = new UserMessage(feedback.toString());
      messages.add(fb);
      st.judged.put(key(fb), fb.text());
      response = mc.proceed(request.withMessages(messages));
    }
  }

  private ModelRequest guardInput(ModelRequest request, RunContext ctx, RunState st) {
    List<ChatMessage> in = request.messages();
    for (ChatMessage m : in) {
      if (m instanceof SystemMessage sm) {
        st.systemPrompt = sm.text();
        ctx.setAttribute(SYSTEM_PROMPT_HINT, sm.text());
        break;
      }
    }
    if (!chain.appliesAt(GuardrailPoint.INPUT, null)) {
      return request;
    }
    List<ChatMessage> history = ctx.options() == null ? List.of() : ctx.options().history();
    List<ChatMessage> out = null;
    for (int i = 0; i < in.size(); i++) {
      ChatMessage m = in.get(i);
      ChatMessage replaced = m;
      if (m instanceof UserMessage || m instanceof ToolResultMessage) {
        String k = key(m);
        String known = st.judged.get(k);
        if (known == null) {
          boolean fromHistory = history.contains(m);
          if (fromHistory && !redactHistory) {
            known = m.text();
          } else {
            known = judgeInput(ctx, st, m, fromHistory);
          }
          st.judged.put(k, known);
          st.judged.putIfAbsent(key(withText(m, known)), known);
        }
        if (!known.equals(m.text())) {
          replaced = withText(m, known);
        }
      }
      if (replaced != m && out == null) {
        out = new ArrayList<>(in.subList(0, i));
      }
      if (out != null) {
        out.add(replaced);
      }
    }
    return out == null ? request : request.withMessages(out);
  }

  private String judgeInput(RunContext ctx, RunState st, ChatMessage m, boolean fromHistory) {
    String tool = m instanceof ToolResultMessage t ? t.toolName() : null;
    ChainResult r = judge(ctx, st, GuardrailPoint.INPUT, m.text(), tool, !fromHistory);
    if (!fromHistory && r.blocked()) {
      GuardrailVerdict v = r.block().get();
      throw new GuardrailViolationException(ctx.runId(), v.guardrail(), GuardrailPoint.INPUT.wireName(), v.reason());
    }
    return r.text();
  }

  private static String key(ChatMessage m) {
    return m.role() + '\u0000' + m.text();
  }

  private static ChatMessage withText(ChatMessage m, String text) {
    if (m instanceof ToolResultMessage t) {
      return new ToolResultMessage(t.toolCallId(), t.toolName(), text, t.isError());
    }
    return new UserMessage(text);
  }

  // ------------------------------------------------------------------ tool calls

  @Override
  public ToolResult aroundToolCall(ToolChain tc) throws Exception {
    RunContext ctx = tc.context();
    RunState st = state(ctx);
    ToolCall call = tc.call();
    if (chain.appliesAt(GuardrailPoint.TOOL_CALL, call.name())) {
      ChainResult r = judge(ctx, st, GuardrailPoint.TOOL_CALL, call.arguments(), call.name());
      if (r.blocked()) {
        GuardrailVerdict v = r.block().get();
        if (toolViolationAction == ToolViolationAction.THROW) {
          throw new GuardrailViolationException(ctx.runId(), v.guardrail(), GuardrailPoint.TOOL_CALL.wireName(), v.reason());
        }
        return ToolResult.error("Tool call '" + call.name() + "' was not executed: guardrail '" + v.guardrail()
            + "' blocked it (" + v.reason() + ").");
      }
      if (r.rewritten()) {
        call = call.withArguments(r.text());
      }
    }
    if (restoreTokensInToolArguments) {
      TokenVault vault = ctx.attribute(TokenVault.KEY).orElse(null);
      if (vault != null) {
        String restored = vault.restore(call.arguments());
        if (!restored.equals(call.arguments())) {
          call = call.withArguments(restored);
        }
      }
    }
    ToolResult result = tc.proceed(call);
    if (result == null || !chain.appliesAt(GuardrailPoint.TOOL_RESULT, call.name())) {
      return result;
    }
    ChainResult r = judge(ctx, st, GuardrailPoint.TOOL_RESULT, result.content(), call.name());
    if (r.blocked()) {
      GuardrailVerdict v = r.block().get();
      if (toolViolationAction == ToolViolationAction.THROW) {
        throw new GuardrailViolationException(ctx.runId(), v.guardrail(), GuardrailPoint.TOOL_RESULT.wireName(), v.reason());
      }
      return ToolResult.error("The result of tool '" + call.name() + "' was withheld: guardrail '" + v.guardrail()
          + "' blocked it (" + v.reason() + ").");
    }
    ToolResult finalResult = r.rewritten() ? new ToolResult(r.text(), result.isError()) : result;
    // the loop will send this text back as a tool message: it was judged already
    st.judged.put("tool\u0000" + finalResult.content(), finalResult.content());
    return finalResult;
  }

  // ------------------------------------------------------------------ shared

  private ChainResult judge(RunContext ctx, RunState st, GuardrailPoint point, String text, String tool) {
    return judge(ctx, st, point, text, tool, true);
  }

  private ChainResult judge(RunContext ctx, RunState st, GuardrailPoint point, String text, String tool, boolean live) {
    st.checks.incrementAndGet();
    ChainResult r = chain.evaluate(new GuardrailSubject(point, text, tool, ctx));
    for (GuardrailVerdict v : r.triggered()) {
      GuardrailDecision d = v.decision();
      if (!live && d instanceof GuardrailDecision.Block) {
        continue; // history is never blocked again
      }
      st.triggered.incrementAndGet();
      if (d instanceof GuardrailDecision.Block) {
        st.blocks.incrementAndGet();
      } else if (d instanceof GuardrailDecision.Rewrite) {
        st.rewrites.incrementAndGet();
      } else if (d instanceof GuardrailDecision.Reask) {
        st.reasks.incrementAndGet();
      } else if (d instanceof GuardrailDecision.Warn) {
        st.warnings.incrementAndGet();
      }
      if (ctx.hasListeners()) {
        ctx.emit(new GuardrailTriggered(ctx.runId(), ctx.clock().instant(), v.guardrail(), point.wireName(),
            d.action(), v.reason()));
      }
    }
    return r;
  }

  /** Builder for {@link GuardrailsInterceptor}. */
  public static final class Builder {
    private GuardrailChain chain;
    private int maxReasks = 2;
    private ToolViolationAction toolViolationAction = ToolViolationAction.RETURN_ERROR_TO_MODEL;
    private boolean restoreTokensInOutput = true;
    private boolean restoreTokensInToolArguments = true;
    private boolean redactHistory = true;

    private Builder() {}

    /**
     * @param value the chain to apply (required)
     * @return this
     */
    public Builder chain(GuardrailChain value) {
      this.chain = Objects.requireNonNull(value, "chain");
      return this;
    }

    /**
     * @param value how often an output may be re-asked before the run fails (default 2; 0 turns
     *     re-asks into failures)
     * @return this
     */
    public Builder maxReasks(int value) {
      this.maxReasks = value;
      return this;
    }

    /**
     * @param value what a block at a tool point does (default: error result to the model)
     * @return this
     */
    public Builder toolViolationAction(ToolViolationAction value) {
      this.toolViolationAction = Objects.requireNonNull(value, "toolViolationAction");
      return this;
    }

    /**
     * @param value whether tokenised values are restored in the run's final output (default true)
     * @return this
     */
    public Builder restoreTokensInOutput(boolean value) {
      this.restoreTokensInOutput = value;
      return this;
    }

    /**
     * @param value whether tokens in tool arguments are replaced by the real values before the
     *     tool runs (default true)
     * @return this
     */
    public Builder restoreTokensInToolArguments(boolean value) {
      this.restoreTokensInToolArguments = value;
      return this;
    }

    /**
     * @param value whether earlier turns passed as history get rewrites (redaction) applied; they
     *     are never blocked (default true)
     * @return this
     */
    public Builder redactHistory(boolean value) {
      this.redactHistory = value;
      return this;
    }

    /**
     * @return the interceptor
     * @throws IllegalStateException when no chain is set or maxReasks is negative
     */
    public GuardrailsInterceptor build() {
      if (chain == null) {
        throw new IllegalStateException("chain is required: call chain(GuardrailChain)");
      }
      if (maxReasks < 0 || maxReasks > 10) {
        throw new IllegalStateException("maxReasks must be between 0 and 10, was " + maxReasks);
      }
      return new GuardrailsInterceptor(this);
    }
  }
}
