package dev.agentruntime.core.guardrail;

import java.util.EnumSet;
import java.util.Set;

/**
 * Judges text at one or more {@link GuardrailPoint}s. Implementations must be thread-safe and
 * must never throw on odd input (null, empty, huge, malformed Unicode): a guardrail that throws
 * is treated by chains according to their fail-open / fail-closed setting.
 */
public interface Guardrail {

  /** @return a short stable name, used in events, spans and exceptions */
  String name();

  /** @return where this guardrail applies; input and output by default */
  default Set<GuardrailPoint> points() {
    return EnumSet.of(GuardrailPoint.INPUT, GuardrailPoint.OUTPUT);
  }

  /**
   * @param subject what to judge
   * @return the decision, never null
   * @throws Exception when the guardrail cannot decide (e.g. a moderation model is down)
   */
  GuardrailDecision evaluate(GuardrailSubject subject) throws Exception;

  /**
   * Whether this guardrail also judges the parts of a streamed answer as they are released to the
   * caller (each part together with the text held back after it), besides the whole answer at the
   * end. True by default: a redaction (a secret, an e-mail address) must apply before the text
   * reaches anyone, and a block stops the stream early. A guardrail that can only judge a whole
   * answer returns false — a JSON schema (half a JSON is not invalid JSON), a call to a moderation
   * model (one call per released word would cost an answer's worth of calls) —; it then judges the
   * streamed answer once, when it is complete, and while such a guardrail applies to outputs a
   * streamed answer is held back until it has been judged (its text reaches the caller at the end).
   *
   * @return whether streamed parts are judged too
   */
  default boolean judgesStreamedParts() {
    return true;
  }
}
