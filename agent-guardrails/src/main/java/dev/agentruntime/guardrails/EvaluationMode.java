package dev.agentruntime.guardrails;

/** How a {@link GuardrailChain} proceeds after a guardrail blocks or asks for a re-ask. */
public enum EvaluationMode {
  /** Stop at the first block or re-ask (the default; cheapest). */
  FAIL_FAST,
  /** Run every guardrail and report every decision, even after a block. */
  COLLECT_ALL
}
