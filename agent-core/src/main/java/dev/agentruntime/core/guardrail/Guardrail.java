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
}
