package dev.agentruntime.guardrails.pii;

/** Kinds of personal data the {@link PiiDetector} finds. */
public enum PiiType {
  /** E-mail addresses. */
  EMAIL("EMAIL"),
  /** Phone numbers, international ({@code +41 (0)96 471 07 95}) and common national formats. */
  PHONE("PHONE"),
  /** Payment card numbers (12-19 digits, Luhn-checked, known issuer prefixes). */
  CREDIT_CARD("CARD"),
  /** International bank account numbers (mod-97 checked). */
  IBAN("IBAN"),
  /** US social security numbers (invalid areas 000, 666, 9xx and zero groups excluded). */
  US_SSN("SSN"),
  /** IPv4 addresses. */
  IPV4("IP"),
  /** IPv6 addresses. */
  IPV6("IP");

  private final String label;

  PiiType(String label) {
    this.label = label;
  }

  /** @return the label used in placeholders, e.g. {@code EMAIL} in {@code <EMAIL_1>} */
  public String label() {
    return label;
  }
}
