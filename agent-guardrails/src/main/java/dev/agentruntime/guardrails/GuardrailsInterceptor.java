package dev.agentruntime.guardrails;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AttributeKey;
import dev.agentruntime.core.RunLocal;
import dev.agentruntime.core.RunView;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.RunChain;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.chain.TextSink;
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
import dev.agentruntime.core.model.TokenUsage;
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

  private static final RunLocal<RunState> STATE =
      RunLocal.withInitial("agent_runtime.guardrails.state", RunState::new);

  /** Per-run bookkeeping. */
  static final class RunState {
    final ConcurrentHashMap<String, String> judged = new ConcurrentHashMap<>();
    /** the token vault numbers after the tokens of the conversation's earlier turns */
    volatile boolean vaultNumbered;
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

  /**
   * Where the system prompt of the current run's latest model call is kept for output guardrails
   * (private to the run, never published on its result).
   */
  public static final RunLocal<java.util.concurrent.atomic.AtomicReference<String>> SYSTEM_PROMPT_HINT =
      RunLocal.withInitial("agent_runtime.guardrails.system_prompt", java.util.concurrent.atomic.AtomicReference::new);

  private final GuardrailChain chain;
  private final int maxReasks;
  private final ToolViolationAction toolViolationAction;
  private final boolean restoreTokensInOutput;
  private final boolean restoreTokensInToolArguments;
  private final boolean redactHistory;
  private final int streamWindow;

  private GuardrailsInterceptor(Builder b) {
    this.chain = b.chain;
    this.maxReasks = b.maxReasks;
    this.toolViolationAction = b.toolViolationAction;
    this.restoreTokensInOutput = b.restoreTokensInOutput;
    this.restoreTokensInToolArguments = b.restoreTokensInToolArguments;
    this.redactHistory = b.redactHistory;
    this.streamWindow = b.streamWindow;
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

  private static RunState state(RunView ctx) {
    return ctx.local(STATE);
  }

  @Override
  public AgentResult aroundRun(RunChain chain) throws Exception {
    RunView ctx = chain.context();
    RunState st = state(ctx);
    TokenVault vault = null;
    try {
      AgentResult result;
      try {
        result = chain.proceed(chain.input());
      } finally {
        ctx.setAttribute(SUMMARY, st.summary());
        vault = ctx.local(TokenVault.KEY);
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
    return new AgentResult(r.runId(), output, r.stopReason(), r.limit(), r.steps(), r.modelCalls(),
        r.toolCalls(), r.usage(), r.duration(), attrs);
  }

  // ------------------------------------------------------------------ model calls

  @Override
  public ModelResponse aroundModelCall(ModelChain mc) throws Exception {
    RunView ctx = mc.context();
    RunState st = state(ctx);
    ModelRequest request = guardInput(mc.request(), ctx, st);
    boolean outputGuarded = chain.appliesAt(GuardrailPoint.OUTPUT, null);
    if (!outputGuarded) {
      return mc.proceed(request);
    }
    // a guardrail that judges whole answers only (a moderation model, a schema): nothing of a
    // streamed answer is shown before it has judged the whole
    int window = chain.judgesWholeOutputsOnly() ? Integer.MAX_VALUE : streamWindow;
    HoldBackSink held = mc.streaming() ? new HoldBackSink(mc.sink(), ctx, window) : null;
    ModelResponse response = held == null ? mc.proceed(request) : mc.proceed(request, held);
    TokenUsage earlier = TokenUsage.ZERO; // of the attempts re-asked before this one
    java.math.BigDecimal earlierCost = null;
    for (int attempt = 0; ; attempt++) {
      if (attempt > 0) {
        response = withEarlierAttempts(response, earlier, earlierCost);
      }
      String text = response.text();
      if (text.isEmpty()) {
        return response;
      }
      ChainResult r = judge(ctx, st, GuardrailPoint.OUTPUT, text, null);
      if (held != null) {
        if (r.blocked() || !r.reasks().isEmpty()) {
          held.discard("guardrail rejected the streamed answer");
        } else {
          held.flush();
        }
      }
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
      // the rejected answer as the guardrails left it (redacted): it goes to the model and, through
      // the session, to the store
      String rejected = chain.rewriteAll(new GuardrailSubject(GuardrailPoint.OUTPUT, text, null, ctx));
      messages.add(new AssistantMessage(rejected, response.message().toolCalls()));
      earlier = response.usage();
      earlierCost = response.metadata().get(COST_METADATA_KEY) instanceof java.math.BigDecimal c ? c : null;
      UserMessage fb = new UserMessage(feedback.toString());
      messages.add(fb);
      st.judged.put(key(fb), fb.text());
      // the rejected answer and the feedback are the runtime's turn, not the conversation's: a
      // session keeps the conversation without them
      java.util.Map<String, Object> meta = new java.util.HashMap<>(request.metadata());
      int tail = request.metadata().get(ModelRequest.RUNTIME_TAIL) instanceof Integer t ? t : 0; // a wrap-up's
      meta.put(ModelRequest.RUNTIME_TAIL, tail + 2);
      ModelRequest reask = request.withMessages(messages).toBuilder().metadata(meta).build();
      if (held != null) {
        held = new HoldBackSink(mc.sink(), ctx, window);
        response = mc.proceed(reask, held);
      } else {
        response = mc.proceed(reask);
      }
    }
  }

  /** Where the cost module puts a call's cost on its response (a {@code BigDecimal} in USD). */
  private static final String COST_METADATA_KEY = "agent_runtime.cost.usd";

  /**
   * @return the answer of a re-asked call with the tokens and cost of the attempts before it added:
   *     the call's usage (the run's, its span's) counts everything the re-asks spent
   */
  private static ModelResponse withEarlierAttempts(ModelResponse response, TokenUsage earlier,
      java.math.@org.jspecify.annotations.Nullable BigDecimal earlierCost) {
    ModelResponse out = new ModelResponse(response.message(), response.usage().plus(earlier), response.finishReason(),
        response.responseId(), response.responseModel(), response.metadata());
    if (earlierCost != null && response.metadata().get(COST_METADATA_KEY) instanceof java.math.BigDecimal c) {
      out = out.withMetadata(COST_METADATA_KEY, c.add(earlierCost));
    }
    return out;
  }

  /**
   * Holds the last {@code window} characters of a streamed answer back and passes earlier text on
   * redacted by the output guardrails, judged together with the text held back, so a value split
   * across deltas (an e-mail address in two chunks) or following its key (a password) is redacted
   * before anyone sees it. Text is released at a space between two non-digit
   * characters (a spaced card or phone number is never cut), the rest when the call ends. A
   * segment the guardrails would block stops the stream; the final answer is judged whole as
   * always.
   */
  private final class HoldBackSink extends TextSink.Forwarding {
    private final RunView ctx;
    private final int window;
    private final StringBuilder pending = new StringBuilder();
    private boolean stopped;

    HoldBackSink(TextSink downstream, RunView ctx, int window) {
      super(downstream);
      this.ctx = ctx;
      this.window = window;
    }

    @Override
    public synchronized void onText(String delta) {
      if (stopped) {
        return;
      }
      pending.append(delta);
      if (window == 0) {
        release(pending.length());
        return;
      }
      int limit = pending.length() - window;
      if (limit <= 0) {
        return;
      }
      int cut = -1;
      for (int i = limit; i > 0; i--) {
        if (Character.isWhitespace(pending.charAt(i - 1)) && !Character.isDigit(pending.charAt(i))
            && (i < 2 || !Character.isDigit(pending.charAt(i - 2)))) {
          cut = i;
          break;
        }
      }
      if (cut > 0) {
        release(cut);
      }
    }

    @Override
    public synchronized void onDiscard(String reason) {
      pending.setLength(0);
      stopped = false;
      downstream.onDiscard(reason);
    }

    synchronized void flush() {
      if (!stopped && pending.length() > 0) {
        release(pending.length());
      }
    }

    synchronized void discard(String reason) {
      pending.setLength(0);
      stopped = true;
      downstream.onDiscard(reason);
    }

    /**
     * Releases the pending text up to {@code end} as the guardrails leave it, judged together with
     * the text held back after it (a secret's key with its value, a phrase with its last words). When
     * a rewrite reaches past {@code end} nothing is released yet: the text is held until the rewritten
     * part can go out whole.
     */
    private void release(int end) {
      String all = pending.toString();
      // complete words only: the word still being streamed is never judged alone ("hell" of "hello")
      int words = end;
      for (int i = all.length(); i > end; i--) {
        if (Character.isWhitespace(all.charAt(i - 1))) {
          words = i;
          break;
        }
      }
      String judged = end == all.length() ? all : all.substring(0, words);
      // a re-ask is about the whole answer (judged when complete): it does not stop the redaction
      ChainResult r = chain.evaluatePart(new GuardrailSubject(GuardrailPoint.OUTPUT, judged, null, ctx));
      if (r.blocked()) {
        stopped = true; // nothing more reaches the caller; the whole answer is judged at the end
        pending.setLength(0);
        return;
      }
      String out = r.text();
      String held = judged.substring(end);
      if (!out.endsWith(held)) {
        return; // a rewrite spans the cut: wait until what it rewrote is released whole
      }
      pending.delete(0, end);
      String head = out.substring(0, out.length() - held.length());
      if (!head.isEmpty()) {
        downstream.onText(head);
      }
    }
  }

  private ModelRequest guardInput(ModelRequest request, RunView ctx, RunState st) {
    if (!st.vaultNumbered) {
      // the conversation may hold tokens of earlier runs (a session's turns, a given history): new
      // ones are numbered after them, so no token ever names two values in one conversation
      st.vaultNumbered = true;
      List<ChatMessage> earlier = new ArrayList<>(dev.agentruntime.core.session.SessionInterceptor.history(ctx));
      if (ctx.options() != null) {
        earlier.addAll(ctx.options().history());
      }
      for (ChatMessage m : earlier) {
        if (m.text().indexOf('<') >= 0) {
          TokenVault.forRun(ctx).numberAfterTokensIn(m.text());
        }
      }
    }
    List<ChatMessage> in = request.messages();
    for (ChatMessage m : in) {
      if (m instanceof SystemMessage sm) {
        st.systemPrompt = sm.text();
        ctx.local(SYSTEM_PROMPT_HINT).set(sm.text());
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

  private String judgeInput(RunView ctx, RunState st, ChatMessage m, boolean fromHistory) {
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
    RunView ctx = tc.context();
    RunState st = state(ctx);
    // the values the tool would get are what is judged (a policy on a recipient, an approval of a
    // transfer): tokens the model wrote are put back first
    ToolCall call = restored(ctx, tc.call());
    if (chain.appliesAt(GuardrailPoint.TOOL_CALL, call.name())) {
      ChainResult r = judge(ctx, st, GuardrailPoint.TOOL_CALL, call.arguments(), call.name());
      if (r.blocked()) {
        GuardrailVerdict v = r.block().get();
        if (toolViolationAction == ToolViolationAction.THROW) {
          throw new GuardrailViolationException(ctx.runId(), v.guardrail(), GuardrailPoint.TOOL_CALL.wireName(), v.reason());
        }
        String notice = "Tool call '" + call.name() + "' was not executed: guardrail '" + v.guardrail()
            + "' blocked it (" + v.reason() + ").";
        st.judged.put("tool\u0000" + notice, notice); // our own words: not judged again as input
        return ToolResult.error(notice);
      }
      if (r.rewritten()) {
        call = restored(ctx, call.withArguments(r.text())); // a TOKENIZE rewrite's tokens too
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
      String notice = "The result of tool '" + call.name() + "' was withheld: guardrail '" + v.guardrail()
          + "' blocked it (" + v.reason() + ").";
      // our own notice goes back to the model as a tool message: never judge it again as input (it
      // names the guardrail and its reason, words an injection check would rightly flag)
      st.judged.put("tool\u0000" + notice, notice);
      return ToolResult.error(notice);
    }
    ToolResult finalResult = r.rewritten() ? new ToolResult(r.text(), result.isError()) : result;
    // the loop will send this text back as a tool message: it was judged already
    st.judged.put("tool\u0000" + finalResult.content(), finalResult.content());
    return finalResult;
  }

  /** @return the call with the run's tokens in its arguments restored, when so configured */
  private ToolCall restored(RunView ctx, ToolCall call) {
    if (!restoreTokensInToolArguments) {
      return call;
    }
    TokenVault vault = ctx.local(TokenVault.KEY);
    if (vault == null) {
      return call;
    }
    String restored = vault.restore(call.arguments());
    return restored.equals(call.arguments()) ? call : call.withArguments(restored);
  }

  // ------------------------------------------------------------------ shared

  private ChainResult judge(RunView ctx, RunState st, GuardrailPoint point, String text, String tool) {
    return judge(ctx, st, point, text, tool, true);
  }

  private ChainResult judge(RunView ctx, RunState st, GuardrailPoint point, String text, String tool, boolean live) {
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
    private int streamWindow = 64;

    /**
     * How many characters of a streamed answer are held back so output guardrails can redact a
     * value split across deltas before it reaches listeners (64 by default: longer than an e-mail
     * address, card number, IBAN or API key usually is). 0 passes each delta on at once, redacted
     * on its own.
     *
     * @param chars characters held back, 0..65536
     * @return this
     */
    public Builder streamHoldBack(int chars) {
      this.streamWindow = chars;
      return this;
    }

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
      if (streamWindow < 0 || streamWindow > 65_536) {
        throw new IllegalStateException("streamHoldBack must be between 0 and 65536, was " + streamWindow);
      }
      if (maxReasks < 0 || maxReasks > 10) {
        throw new IllegalStateException("maxReasks must be between 0 and 10, was " + maxReasks);
      }
      return new GuardrailsInterceptor(this);
    }
  }
}
