package dev.agentruntime.guardrails.secrets;

/** Kinds of credentials the {@link SecretDetector} finds. Formats follow the providers' documentation and gitleaks' rules. */
public enum SecretType {
  /** AWS access key id ({@code AKIA...}, {@code ASIA...}). */
  AWS_ACCESS_KEY,
  /** GitHub tokens ({@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code ghr_}, {@code github_pat_}). */
  GITHUB_TOKEN,
  /** OpenAI API keys ({@code sk-proj-...}, {@code sk-...T3BlbkFJ...}). */
  OPENAI_KEY,
  /** Anthropic API keys ({@code sk-ant-api03-...}). */
  ANTHROPIC_KEY,
  /** Slack tokens ({@code xoxb-}, {@code xoxp-}, ...) and incoming-webhook URLs. */
  SLACK_TOKEN,
  /** Google API keys ({@code AIza...}). */
  GOOGLE_API_KEY,
  /** Stripe secret and restricted keys ({@code sk_live_}, {@code rk_test_}, ...). */
  STRIPE_KEY,
  /** JSON web tokens ({@code eyJ...}.{@code eyJ...}.signature). */
  JWT,
  /**
   * Tokens of the other providers with a documented prefix format (GitLab, SendGrid, npm, PyPI,
   * DigitalOcean, Shopify, Hugging Face, HashiCorp Vault, ...; {@link SecretMatch#provider()} names it).
   */
  PROVIDER_TOKEN,
  /** PEM private-key blocks. */
  PRIVATE_KEY,
  /**
   * {@code password=}, {@code api_key:}-style assignments with a high-entropy value, and such values
   * handed to a command as options ({@code --password ...}, {@code mysql -p...}, {@code sshpass -p ...}).
   */
  ASSIGNED_SECRET
}
