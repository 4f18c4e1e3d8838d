package dev.agentruntime.guardrails;

import dev.agentruntime.guardrails.injection.PromptInjectionGuardrail;
import dev.agentruntime.guardrails.pii.PiiGuardrail;
import dev.agentruntime.guardrails.pii.RedactionStyle;
import dev.agentruntime.guardrails.secrets.SecretsGuardrail;

/** Ready-made chains for the common case. */
public final class Guardrails {
  private Guardrails() {}

  /**
   * The default chain: personal data tokenised reversibly (restored in the final answer and in tool
   * arguments), credentials redacted everywhere, prompt injection blocked at inputs and tool
   * results. Fail-fast, fail-closed.
   *
   * @return a new builder holding the default guardrails; add more and call {@code build()}
   */
  public static GuardrailChain.Builder defaults() {
    return GuardrailChain.builder()
        .add(SecretsGuardrail.create())
        .add(PiiGuardrail.builder().style(RedactionStyle.TOKENIZE).build())
        .add(PromptInjectionGuardrail.create());
  }

  /** @return an interceptor applying {@link #defaults()} with default settings */
  public static GuardrailsInterceptor defaultInterceptor() {
    return GuardrailsInterceptor.of(defaults().build());
  }
}
