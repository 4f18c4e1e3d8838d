package dev.agentruntime.guardrails;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.RunView;
import dev.agentruntime.core.guardrail.Guardrail;
import dev.agentruntime.core.guardrail.GuardrailDecision;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import dev.agentruntime.core.guardrail.GuardrailSubject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import dev.agentruntime.guardrails.internal.SharedScanBytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ordered list of guardrails evaluated against one text. Each guardrail sees the text as the
 * previous ones left it (a redaction is visible to the next guardrail). Immutable and thread-safe.
 *
 * <pre>{@code
 * GuardrailChain chain = GuardrailChain.builder()
 *     .add(PiiGuardrail.builder().style(RedactionStyle.TOKENIZE).build())
 *     .add(SecretsGuardrail.create())
 *     .add(PromptInjectionGuardrail.create())
 *     .add(ToolPolicyGuardrail.builder().deny("delete_account").build())
 *     .add(PathGuardrail, GuardrailScope.builder().tools("read_file").build())
 *     .mode(EvaluationMode.FAIL_FAST)
 *     .failureMode(FailureMode.FAIL_CLOSED)
 *     .build();
 * }</pre>
 */
public final class GuardrailChain {
  private static final Logger LOG = LoggerFactory.getLogger(GuardrailChain.class);

  private record Entry(Guardrail guardrail, GuardrailScope scope, Set<GuardrailPoint> ownPoints) {}

  private final List<Entry> entries;
  private final EvaluationMode mode;
  private final FailureMode failureMode;

  private GuardrailChain(Builder b) {
    this.entries = List.copyOf(b.entries);
    this.mode = b.mode;
    this.failureMode = b.failureMode;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the chain's evaluation mode */
  public EvaluationMode mode() {
    return mode;
  }

  /** @return the chain's default failure mode */
  public FailureMode failureMode() {
    return failureMode;
  }

  /** @return the guardrails, in order */
  public List<Guardrail> guardrails() {
    return entries.stream().map(Entry::guardrail).toList();
  }

  /**
   * @param point a point
   * @param toolName the tool for tool points, else null
   * @return whether any guardrail applies there (skip work when not)
   */
  public boolean appliesAt(GuardrailPoint point, @Nullable String toolName) {
    for (Entry e : entries) {
      if (e.scope.appliesTo(point, toolName, e.ownPoints)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return whether a guardrail applies to outputs that judges whole answers only ({@link
   *     Guardrail#judgesStreamedParts()} false): a streamed answer is then held back until judged
   */
  boolean judgesWholeOutputsOnly() {
    for (Entry e : entries) {
      if (e.scope.appliesTo(GuardrailPoint.OUTPUT, null, e.ownPoints) && !e.guardrail.judgesStreamedParts()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Evaluates the text outside any run (no events).
   *
   * @param point where
   * @param text the text (null is treated as empty)
   * @return the result
   */
  public ChainResult evaluate(GuardrailPoint point, @Nullable String text) {
    return evaluate(new GuardrailSubject(point, text, null, null));
  }

  /**
   * Evaluates every applicable guardrail in order. Never throws because of a guardrail: a
   * guardrail that throws is turned into a block (fail-closed) or a warning (fail-open).
   *
   * @param subject what to judge
   * @return the result
   */
  public ChainResult evaluate(GuardrailSubject subject) {
    Objects.requireNonNull(subject, "subject");
    GuardrailPoint point = subject.point();
    String text = subject.text();
    List<GuardrailVerdict> verdicts = new ArrayList<>(entries.size());
    RunView ctx = subject.context();
    SharedScanBytes.open(); // the secret and PII scanners share one byte copy of the text
    try {
      text = evaluate(point, text, subject, ctx, verdicts, mode == EvaluationMode.FAIL_FAST,
          mode == EvaluationMode.FAIL_FAST, false);
    } finally {
      SharedScanBytes.close();
    }
    return new ChainResult(point, subject.text(), text, verdicts);
  }

  /**
   * The text as every applicable guardrail's rewrite leaves it, evaluating them all even when one
   * blocks or re-asks (a rejected answer that is sent back to the model with a re-ask must be
   * redacted by the guardrails after the one that rejected it too). No events.
   *
   * @param subject what to rewrite
   * @return the rewritten text
   */
  String rewriteAll(GuardrailSubject subject) {
    SharedScanBytes.open();
    try {
      return evaluate(subject.point(), subject.text(), subject, subject.context(), new ArrayList<>(entries.size()),
          false, false, false);
    } finally {
      SharedScanBytes.close();
    }
  }

  /**
   * Evaluates part of a streamed answer: like {@link #evaluate(GuardrailSubject)}, but a re-ask
   * (about the whole answer, judged when it is complete) does not stop the guardrails after it, so
   * every rewrite (redaction) applies to the part, and a guardrail that judges whole answers only
   * ({@link Guardrail#judgesStreamedParts()} false) is left out. No events.
   *
   * @param subject the part
   * @return the result
   */
  ChainResult evaluatePart(GuardrailSubject subject) {
    List<GuardrailVerdict> verdicts = new ArrayList<>(entries.size());
    SharedScanBytes.open();
    try {
      String text = evaluate(subject.point(), subject.text(), subject, subject.context(), verdicts,
          mode == EvaluationMode.FAIL_FAST, false, true);
      return new ChainResult(subject.point(), subject.text(), text, verdicts);
    } finally {
      SharedScanBytes.close();
    }
  }

  /** Runs the applicable guardrails in order into verdicts; returns the text as they left it. */
  private String evaluate(GuardrailPoint point, String text, GuardrailSubject subject, @Nullable RunView ctx,
      List<GuardrailVerdict> verdicts, boolean stopAtBlock, boolean stopAtReask, boolean part) {
    for (Entry e : entries) {
      if (!e.scope.appliesTo(point, subject.toolName(), e.ownPoints)) {
        continue;
      }
      if (part && !e.guardrail.judgesStreamedParts()) {
        continue; // judged once the answer is whole
      }
      Guardrail g = e.guardrail;
      GuardrailVerdict verdict;
      try {
        GuardrailDecision d = g.evaluate(new GuardrailSubject(point, text, subject.toolName(), ctx));
        if (d == null) {
          throw new IllegalStateException("guardrail '" + g.name() + "' returned null");
        }
        if (d instanceof GuardrailDecision.Reask && point != GuardrailPoint.OUTPUT) {
          d = GuardrailDecision.block("re-ask is only possible for outputs: " + ((GuardrailDecision.Reask) d).feedback());
        }
        verdict = new GuardrailVerdict(g.name(), d, false);
      } catch (Exception | StackOverflowError ex) {
        FailureMode fm = e.scope.failureMode() != null ? e.scope.failureMode() : failureMode;
        LOG.warn("guardrail '{}' failed at {} ({}): {}", g.name(), point.wireName(), fm, ex.toString());
        String reason = "guardrail failed: " + ex.getClass().getSimpleName()
            + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
        verdict = new GuardrailVerdict(g.name(),
            fm == FailureMode.FAIL_CLOSED ? GuardrailDecision.block(reason)
                : GuardrailDecision.warn(reason + " (fail-open)"), true);
      }
      verdicts.add(verdict);
      GuardrailDecision d = verdict.decision();
      if (d instanceof GuardrailDecision.Rewrite r) {
        text = r.text();
      } else if (d instanceof GuardrailDecision.Block && stopAtBlock || d instanceof GuardrailDecision.Reask && stopAtReask) {
        break;
      }
    }
    return text;
  }

  /** Builder for {@link GuardrailChain}. */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();
    private EvaluationMode mode = EvaluationMode.FAIL_FAST;
    private FailureMode failureMode = FailureMode.FAIL_CLOSED;

    private Builder() {}

    /**
     * Adds a guardrail at its own points, for every tool.
     *
     * @param guardrail the guardrail
     * @return this
     */
    public Builder add(Guardrail guardrail) {
      return add(guardrail, GuardrailScope.DEFAULT);
    }

    /**
     * Adds a guardrail with a scope.
     *
     * @param guardrail the guardrail
     * @param scope where it applies
     * @return this
     */
    public Builder add(Guardrail guardrail, GuardrailScope scope) {
      Objects.requireNonNull(guardrail, "guardrail");
      Objects.requireNonNull(scope, "scope");
      Set<GuardrailPoint> own = guardrail.points();
      if (own == null) {
        throw new IllegalArgumentException("guardrail '" + guardrail.name() + "' returned null points()");
      }
      entries.add(new Entry(guardrail, scope, Set.copyOf(own)));
      return this;
    }

    /**
     * Adds a guardrail at the given points only.
     *
     * @param guardrail the guardrail
     * @param points the points
     * @return this
     */
    public Builder add(Guardrail guardrail, GuardrailPoint... points) {
      return add(guardrail, GuardrailScope.builder().points(points).build());
    }

    /**
     * Adds a guardrail that applies at tool points only for the named tools.
     *
     * @param guardrail the guardrail
     * @param tools the tools
     * @return this
     */
    public Builder addForTools(Guardrail guardrail, String... tools) {
      return add(guardrail, GuardrailScope.builder().tools(tools).build());
    }

    /**
     * @param value fail-fast (default) or collect-all
     * @return this
     */
    public Builder mode(EvaluationMode value) {
      this.mode = Objects.requireNonNull(value, "mode");
      return this;
    }

    /**
     * @param value what to do when a guardrail throws (default fail-closed)
     * @return this
     */
    public Builder failureMode(FailureMode value) {
      this.failureMode = Objects.requireNonNull(value, "failureMode");
      return this;
    }

    /**
     * @return the chain
     * @throws IllegalStateException when a guardrail has a blank name
     */
    public GuardrailChain build() {
      for (Entry e : entries) {
        String n = e.guardrail.name();
        if (n == null || n.isBlank()) {
          throw new IllegalStateException("guardrail " + e.guardrail.getClass().getName() + " has a blank name()");
        }
      }
      return new GuardrailChain(this);
    }
  }
}
