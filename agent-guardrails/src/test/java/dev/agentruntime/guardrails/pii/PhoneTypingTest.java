package dev.agentruntime.guardrails.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Phone numbers are validated by libphonenumber, and other identifiers are not reported as phones. */
class PhoneTypingTest {
  private final PiiDetector detector = PiiDetector.all();

  private List<PiiType> types(String text) {
    return detector.detect(text).stream().map(PiiMatch::type).toList();
  }

  @Test
  void otherIdentifiersAreNotPhones() {
    assertThat(types("My driver's license number is 123 456 789, issued in Ohio.")).doesNotContain(PiiType.PHONE);
    assertThat(types("Tax ID: 12 345 678 901")).doesNotContain(PiiType.PHONE);
    assertThat(types("Steuer-ID 65 929 970 489")).doesNotContain(PiiType.PHONE);
    assertThat(types("passport no. 5012 345 678")).doesNotContain(PiiType.PHONE);
    assertThat(types("National ID 7503 221 445")).doesNotContain(PiiType.PHONE);
    assertThat(types("Account 0012 3456 78 was debited.")).doesNotContain(PiiType.PHONE);
  }

  @Test
  void anAreaCodeBeforeASlashIsPartOfAPhoneNumber() {
    assertThat(detector.detect("Tel.: 030/901820")).extracting(PiiMatch::value).containsExactly("030/901820");
    assertThat(detector.detect("Handy: 0151/23456789, abends")).extracting(PiiMatch::value).containsExactly("0151/23456789");
    assertThat(types("Rechnungen 2023/2024 und 12/2024, Verhältnis 1/2")).doesNotContain(PiiType.PHONE);
  }

  @Test
  void invalidNumbersAreNotPhonesAndValidOnesAre() {
    assertThat(types("+999 1234 5678 has no country code 999")).doesNotContain(PiiType.PHONE);
    assertThat(types("Call me at +44 20 7946 0958 in the afternoon.")).containsExactly(PiiType.PHONE);
    assertThat(types("Ruf mich an: 030 901820")).containsExactly(PiiType.PHONE);
    assertThat(types("Our office: (212) 555-0187")).containsExactly(PiiType.PHONE);
    assertThat(types("Phone: 06 12 34 56 78")).containsExactly(PiiType.PHONE);
  }

  @Test
  void theCountryCodeIsPartOfTheNumberInEveryInternationalWriting() {
    // the 00 prefix dials abroad as + does: up to 15 digits after it, checked for the country code
    assertThat(detector.detect("Tel: 00 44 20 7946 0958 ok")).extracting(PiiMatch::value).containsExactly("00 44 20 7946 0958");
    assertThat(detector.detect("Tel: 0044 20 7946 0958, ab 9 Uhr")).extracting(PiiMatch::value).containsExactly("0044 20 7946 0958");
    assertThat(detector.detect("Tel. 0049 30 901820")).extracting(PiiMatch::value).containsExactly("0049 30 901820");
    // a country code in parentheses with its plus
    assertThat(detector.detect("Tel: (+44) 20 7946 0958 ok")).extracting(PiiMatch::value).containsExactly("(+44) 20 7946 0958");
    assertThat(detector.detect("Büro (+49) 30-901820.")).extracting(PiiMatch::value).containsExactly("(+49) 30-901820");
    // no country 99: numbers after 00 that dial nowhere are not phones
    assertThat(types("Referenz 00 99 12 34 56 78")).doesNotContain(PiiType.PHONE);
  }
}
