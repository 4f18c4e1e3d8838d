package dev.agentruntime.guardrails.pii;

/**
 * Payment card numbers, as {@link NumberTokens} finds them: 12 to 19 digits written unbroken or in
 * the issuers' groupings, passing the Luhn checksum, and starting with a known issuer prefix
 * unless a card word ("card", "visa", "karte", ...) comes shortly before.
 */
final class PaymentCards {
  private PaymentCards() {}

  private static final String[] CARD_WORDS = {
    "card", "visa", "mastercard", "amex", "maestro", "karte", "tarjeta", "carte", "cc#", "cc no", "pan"
  };
  private static final ContextWords CARD_CONTEXT = new ContextWords(CARD_WORDS);

  /** Card numbers are written unbroken or in groups: 4-4-4-4(-3), 4-6-5, 4-6-4, 4-4-4-1. */
  static boolean shaped(NumberTokens.Group[] g, int a, int b) {
    if (a == b) {
      return true;
    }
    if (g[a].len() != 4) {
      return false;
    }
    for (int k = a + 1; k < b; k++) {
      if (g[k].len() < 4 || g[k].len() > 6) {
        return false;
      }
    }
    return g[b].len() <= 6;
  }

  /** @return whether the digits of groups a..b are a card number: 12-19 digits, issuer (or context), Luhn */
  static boolean valid(String s, NumberTokens.Group[] g, int a, int b, boolean cardContext) {
    char[] d = new char[19];
    int len = 0;
    for (int k = a; k <= b; k++) {
      for (int q = g[k].start; q < g[k].end; q++) {
        d[len++] = s.charAt(q);
      }
    }
    if (len < 12 || len > 19) {
      return false;
    }
    if (!cardContext && !knownIssuer(d, len)) {
      return false;
    }
    int sum = 0;
    boolean dbl = false;
    for (int k = len - 1; k >= 0; k--) {
      int v = d[k] - '0';
      if (dbl) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  private static boolean knownIssuer(char[] d, int len) {
    switch (d[0]) {
      case '1':
        return len == 15 && d[1] == '8' && d[2] == '0' && d[3] == '0'; // JCB 1800
      case '2':
        return (len == 15 && d[1] == '1' && d[2] == '3' && d[3] == '1') // JCB 2131
            || (len == 16 && d[1] >= '2' && d[1] <= '7'); // Mastercard 2-series
      case '3': // Amex 34/37, Diners 30/36/38/39, JCB 35
      case '4': // Visa
      case '5': // Mastercard, Maestro
      case '6': // Discover, UnionPay, Maestro
        return true;
      default:
        return false;
    }
  }

  /** @return whether a card word comes in the 40 chars before start */
  static boolean wordBefore(String s, int start) {
    int from = Math.max(0, start - 40);
    return CARD_CONTEXT.in(s, from, start);
  }
}
