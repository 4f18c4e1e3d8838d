package dev.agentruntime.guardrails.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * US social security numbers: written 123-45-6789 or 123 45 6789 anywhere; written as nine digits in
 * a row only after words that say so ("SSN", "social security"), as Presidio's weak pattern with
 * context does; never with an area, group or serial that was never issued.
 */
class SsnTest {
  private final PiiDetector detector = PiiDetector.all();

  @Test
  void nineDigitsAfterAnSsnWordAreAnSsn() {
    assertThat(detector.detect("ssn: 123456789")).extracting(PiiMatch::type, PiiMatch::value)
        .containsExactly(tuple(PiiType.US_SSN, "123456789"));
    assertThat(detector.detect("my social security number is 123456789.")).extracting(PiiMatch::type, PiiMatch::value)
        .containsExactly(tuple(PiiType.US_SSN, "123456789"));
  }

  @Test
  void nineDigitsWithoutAnSsnWordOrNeverIssuedAreNot() {
    assertThat(detector.detect("order 123456789 shipped")).extracting(PiiMatch::type).doesNotContain(PiiType.US_SSN);
    assertThat(detector.detect("SSN: 000456789")).isEmpty();
    assertThat(detector.detect("SSN: 666456789")).isEmpty();
    assertThat(detector.detect("SSN: 123006789")).isEmpty();
  }
}
