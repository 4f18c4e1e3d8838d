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
    // the subscriber number in groups after the slash, or a spaced slash or dash after the area code (DIN 5008 style)
    assertThat(detector.detect("Tel 089/12345-678")).extracting(PiiMatch::value).containsExactly("089/12345-678");
    assertThat(detector.detect("Telefon 089 / 123 456 78")).extracting(PiiMatch::value).containsExactly("089 / 123 456 78");
    assertThat(detector.detect("Tel. +49 (0)89 / 1234-5678")).extracting(PiiMatch::value)
        .containsExactly("+49 (0)89 / 1234-5678");
    assertThat(detector.detect("Fax +49 (0)30 - 901820")).extracting(PiiMatch::value).containsExactly("+49 (0)30 - 901820");
    assertThat(types("from 1990 - 2000, then 5678 - 1234 = 4444")).doesNotContain(PiiType.PHONE);
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

  @Test
  void aRangeOfNumbersIsNoPhoneNumber() {
    assertThat(types("Revenue grew in 2019-2020 and again in 2021-2022.")).doesNotContain(PiiType.PHONE);
    assertThat(types("See pages 1200-1350 of the report")).doesNotContain(PiiType.PHONE);
    assertThat(types("open ports 8000-8999 on the firewall")).doesNotContain(PiiType.PHONE);
    // a phone word before it, or a number that falls, or groups of other lengths: a phone number as before
    assertThat(types("Tel 2345-6789 (Hong Kong office)")).containsExactly(PiiType.PHONE);
    assertThat(types("Our office: 9876-5432")).containsExactly(PiiType.PHONE);
    assertThat(types("dial 555-0187 for sales")).containsExactly(PiiType.PHONE);
  }

  @Test
  void codesZipCodesAndAmountsAreNoPhoneNumbers() {
    // a number glued to a word by a hyphen is part of an identifier
    assertThat(types("Log4Shell is CVE-2021-44228; see INV-2024-000123 and ABC-555-0187")).doesNotContain(PiiType.PHONE);
    // a US ZIP+4 code: five digits, a dash, four
    assertThat(types("Ship to San Francisco, CA 94105-1234")).doesNotContain(PiiType.PHONE);
    // a decimal comma ends an amount
    assertThat(types("amount: 12 345 678,90 EUR")).doesNotContain(PiiType.PHONE);
    // an item or part number
    assertThat(types("SKU 123-456-789 is out of stock; part no. 555 123 4567 too")).doesNotContain(PiiType.PHONE);
    // phone numbers as before
    assertThat(types("Tel-Nr. 555-123-4567, phone 94105-1234, or 06 12 34 56 78, 9 Uhr")).containsExactly(PiiType.PHONE,
        PiiType.PHONE, PiiType.PHONE);
    assertThat(detector.detect("dial 555 123 4567,55 for the conference")).extracting(PiiMatch::value)
        .containsExactly("555 123 4567");
  }

  @Test
  void aCountWrittenInThousandsIsNoPhoneNumber() {
    // groups of three after a first group of one or two digits: how French, German, Polish, Swedish, ... write counts
    assertThat(types("La population est de 67 390 000 habitants.")).doesNotContain(PiiType.PHONE);
    assertThat(types("Die Stadt hat 3 645 000 Einwohner, 1.234.567 davon Pendler.")).doesNotContain(PiiType.PHONE);
    assertThat(types("We sold 12 345 000 units; revenue 2 345 678 USD.")).doesNotContain(PiiType.PHONE);
    assertThat(types("Le budget atteint 1 234 567 890 euros.")).doesNotContain(PiiType.PHONE);
    // a phone word before it, a leading 0 (a trunk prefix), groups of other lengths, eight digits as 2-3-3 that
    // are not round (a Latvian number): phone numbers as before
    assertThat(types("Tel 12 345 000")).containsExactly(PiiType.PHONE);
    assertThat(types("Rakstiet vai zvaniet: 67 123 456")).containsExactly(PiiType.PHONE);
    assertThat(types("Soittakaa 09 123 456 tai 040 123 4567")).containsExactly(PiiType.PHONE, PiiType.PHONE);
    assertThat(types("Llámame al 612 345 678")).containsExactly(PiiType.PHONE);
    assertThat(types("Appelez le 01 23 45 67 89")).containsExactly(PiiType.PHONE);
  }
}
