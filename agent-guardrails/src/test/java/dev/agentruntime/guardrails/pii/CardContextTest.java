package dev.agentruntime.guardrails.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A card number of no known issuer counts only after a card word ({@code NumberTokens.classify}
 * looks the words up when a card check first needs them, not for every long number): found after
 * "card" or "Karte", not after "order", whether the whole number or only its groups after a
 * country-code-like prefix are the card.
 */
class CardContextTest {

  /** @return 16 digits starting with 9 (no known issuer) that pass the Luhn check, in groups of four */
  private static String unknownIssuerCard() {
    String body = "923456789012345";
    for (int check = 0; check <= 9; check++) {
      String d = body + check;
      int sum = 0;
      for (int k = d.length() - 1, pos = 0; k >= 0; k--, pos++) {
        int v = d.charAt(k) - '0';
        if (pos % 2 == 1) {
          v = v * 2 > 9 ? v * 2 - 9 : v * 2;
        }
        sum += v;
      }
      if (sum % 10 == 0) {
        return d.substring(0, 4) + " " + d.substring(4, 8) + " " + d.substring(8, 12) + " " + d.substring(12);
      }
    }
    throw new AssertionError();
  }

  private static boolean card(String text) {
    List<PiiMatch> found = PiiDetector.all().detect(text);
    return found.stream().anyMatch(m -> m.type() == PiiType.CREDIT_CARD);
  }

  @Test
  void aCardOfNoKnownIssuerNeedsACardWordBefore() {
    String number = unknownIssuerCard();
    assertThat(card("my card is " + number)).isTrue();
    assertThat(card("Meine Karte: " + number + ", danke")).isTrue();
    assertThat(card("my order is " + number)).isFalse();
    // the groups after "+1" are the card: only the check of those groups reads the words
    assertThat(card("card +1 " + number)).isTrue();
    assertThat(card("order +1 " + number)).isFalse();
  }
}
