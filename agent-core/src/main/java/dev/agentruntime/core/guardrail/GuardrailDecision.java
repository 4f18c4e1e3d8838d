package dev.agentruntime.core.guardrail;

import java.util.Objects;

/** What a guardrail decided. */
public sealed interface GuardrailDecision {

  /** The shared pass decision. */
  GuardrailDecision PASS = new Pass();

  /** @return a short machine-readable action name: pass, block, rewrite, reask, warn */
  String action();

  /** @return the decision to let the text through unchanged */
  static GuardrailDecision pass() {
    return PASS;
  }

  /**
   * @param reason why
   * @return a decision that stops the call
   */
  static GuardrailDecision block(String reason) {
    return new Block(reason);
  }

  /**
   * @param newText replacement text
   * @param reason why
   * @return a decision that replaces the text (redaction)
   */
  static GuardrailDecision rewrite(String newText, String reason) {
    return new Rewrite(newText, reason);
  }

  /**
   * @param feedback what to tell the model
   * @return a decision to call the model again (outputs only)
   */
  static GuardrailDecision reask(String feedback) {
    return new Reask(feedback);
  }

  /**
   * @param reason what was noticed
   * @return a decision that only reports
   */
  static GuardrailDecision warn(String reason) {
    return new Warn(reason);
  }

  /** Let the text through. */
  record Pass() implements GuardrailDecision {
    @Override
    public String action() {
      return "pass";
    }
  }

  /**
   * Stop the call.
   *
   * @param reason why
   */
  record Block(String reason) implements GuardrailDecision {
    /**
     * Validates.
     *
     * @param reason why
     */
    public Block {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String action() {
      return "block";
    }
  }

  /**
   * Replace the text.
   *
   * @param text the replacement
   * @param reason why
   */
  record Rewrite(String text, String reason) implements GuardrailDecision {
    /**
     * Validates.
     *
     * @param reason why
     * @param text the replacement
     */
    public Rewrite {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String action() {
      return "rewrite";
    }
  }

  /**
   * Ask the model again.
   *
   * @param feedback what to tell it
   */
  record Reask(String feedback) implements GuardrailDecision {
    /**
     * Validates.
     *
     * @param feedback what to tell the model
     */
    public Reask {
      Objects.requireNonNull(feedback, "feedback");
    }

    @Override
    public String action() {
      return "reask";
    }
  }

  /**
   * Only report.
   *
   * @param reason what was noticed
   */
  record Warn(String reason) implements GuardrailDecision {
    /**
     * Validates.
     *
     * @param reason why
     */
    public Warn {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String action() {
      return "warn";
    }
  }
}
