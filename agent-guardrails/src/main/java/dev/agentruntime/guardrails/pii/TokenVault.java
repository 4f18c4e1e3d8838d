package dev.agentruntime.guardrails.pii;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.RunLocal;
import dev.agentruntime.core.RunView;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Maps sensitive values to tokens such as {@code <EMAIL_1>} and back, for one run. The same value
 * always gets the same token. Thread-safe. Never published outside the run: the values stay in
 * memory only as long as the run's context.
 */
public final class TokenVault {
  /** Where a run keeps its vault: private to the run, never published on its result. */
  public static final RunLocal<TokenVault> KEY =
      RunLocal.withInitial("agent_runtime.guardrails.token_vault", TokenVault::new);

  private final Map<String, String> tokenByValue = new HashMap<>();
  private final Map<String, String> valueByToken = new HashMap<>();
  private final Map<String, Integer> counters = new HashMap<>();

  /** Creates an empty vault. */
  public TokenVault() {}

  /**
   * @param ctx a run, or null
   * @return the run's vault (created on first use), or a fresh vault when there is no run
   */
  public static TokenVault forRun(@Nullable RunView ctx) {
    return ctx == null ? new TokenVault() : ctx.local(KEY);
  }

  /**
   * @param label the kind, e.g. {@code EMAIL}
   * @param value the sensitive value
   * @return the value's token, e.g. {@code <EMAIL_1>}
   */
  public synchronized String tokenFor(String label, String value) {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
    String key = label + '\u0000' + value;
    String token = tokenByValue.get(key);
    if (token == null) {
      int n = counters.merge(label, 1, Integer::sum);
      token = "<" + label + "_" + n + ">";
      tokenByValue.put(key, token);
    }
    valueByToken.put(token, value); // reversible from now on (a placeholder of the same value too)
    return token;
  }

  private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("<([A-Z][A-Z_]{0,20})_(\\d{1,6})>");

  /**
   * Numbers new tokens and placeholders after those a text already holds (a session's earlier turns,
   * redacted by earlier runs): {@code <EMAIL_3>} there makes the next e-mail {@code <EMAIL_4>}, so
   * one token never names two values in one conversation. Those earlier tokens stay unknown here:
   * they are not restored.
   *
   * @param text a text, may be null
   */
  public synchronized void numberAfterTokensIn(@Nullable String text) {
    if (text == null || text.indexOf('<') < 0) {
      return;
    }
    java.util.regex.Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      counters.merge(m.group(1), Integer.parseInt(m.group(2)), Math::max);
    }
  }

  /**
   * A one-way placeholder ({@link RedactionStyle#PLACEHOLDER}): numbered like the tokens (the same
   * value keeps its number for the whole run, and never shares it with another value), but
   * {@link #restore} does not turn it back into the value.
   *
   * @param label the kind, e.g. {@code EMAIL}
   * @param value the sensitive value
   * @return the value's placeholder, e.g. {@code <EMAIL_1>}
   */
  public synchronized String placeholderFor(String label, String value) {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
    return tokenByValue.computeIfAbsent(label + '\u0000' + value,
        k -> "<" + label + "_" + counters.merge(label, 1, Integer::sum) + ">");
  }

  /**
   * @param token a token
   * @return the value, or null when the token is unknown
   */
  public synchronized @Nullable String valueOf(String token) {
    return valueByToken.get(token);
  }

  /**
   * Forgets every value (the runtime calls this when a run ends, so results and exceptions that
   * outlive the run carry no personal data).
   */
  public synchronized void clear() {
    tokenByValue.clear();
    valueByToken.clear();
    counters.clear();
  }

  /** @return how many values the vault holds */
  public synchronized int size() {
    return valueByToken.size();
  }

  /**
   * Replaces every known token in the text with its value; unknown tokens stay. Linear time.
   *
   * @param text a text, may be null
   * @return the restored text (null stays null)
   */
  public @Nullable String restore(@Nullable String text) {
    if (text == null || text.indexOf('<') < 0) {
      return text;
    }
    synchronized (this) {
      if (valueByToken.isEmpty()) {
        return text;
      }
    }
    StringBuilder out = null;
    int last = 0;
    int n = text.length();
    int i = text.indexOf('<');
    while (i >= 0 && i < n) {
      int j = i + 1;
      while (j < n && j - i <= 24 && ((text.charAt(j) >= 'A' && text.charAt(j) <= 'Z') || text.charAt(j) == '_'
          || (text.charAt(j) >= '0' && text.charAt(j) <= '9'))) {
        j++;
      }
      if (j < n && text.charAt(j) == '>' && j > i + 1) {
        String value = valueOf(text.substring(i, j + 1));
        if (value != null) {
          if (out == null) {
            out = new StringBuilder(text.length() + 32);
          }
          out.append(text, last, i).append(value);
          last = j + 1;
          i = text.indexOf('<', j + 1);
          continue;
        }
      }
      i = text.indexOf('<', i + 1);
    }
    if (out == null) {
      return text;
    }
    return out.append(text, last, n).toString();
  }
}
