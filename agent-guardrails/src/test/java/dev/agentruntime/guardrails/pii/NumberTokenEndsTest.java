package dev.agentruntime.guardrails.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What follows a number decides what it is: an IPv4 address with a port, a prefix length or in a
 * URL is an IPv4 address (whole, and no phone); a phone number before a colon is a phone number;
 * a time after a date is not part of the date; dotted version numbers and IP-like numbers that are
 * no address are not phones; every address, card and SSN of one run of numbers is found.
 */
class NumberTokenEndsTest {
  private final PiiDetector detector = PiiDetector.all();

  private List<PiiMatch> found(String text) {
    return detector.detect(text);
  }

  @Test
  void anIpv4AddressWithAPortAPrefixOrInAUrlIsAnIpv4Address() {
    assertThat(found("server 192.168.0.1:8080 is down")).extracting(PiiMatch::type, PiiMatch::value)
        .containsExactly(tuple(PiiType.IPV4, "192.168.0.1"));
    assertThat(found("host=172.16.254.1:22")).extracting(PiiMatch::type, PiiMatch::value)
        .containsExactly(tuple(PiiType.IPV4, "172.16.254.1"));
    assertThat(found("GET http://10.0.0.5:3000/api failed")).extracting(PiiMatch::type, PiiMatch::value)
        .containsExactly(tuple(PiiType.IPV4, "10.0.0.5"));
    assertThat(found("allow 10.1.2.3/24 only")).extracting(PiiMatch::type, PiiMatch::value)
        .containsExactly(tuple(PiiType.IPV4, "10.1.2.3"));
  }

  @Test
  void anAddressRangeIsTwoIpv4AddressesAndNoPhone() {
    assertThat(found("DHCP pool 10.0.0.1-10.0.0.9 is full")).extracting(PiiMatch::type, PiiMatch::value)
        .containsExactly(tuple(PiiType.IPV4, "10.0.0.1"), tuple(PiiType.IPV4, "10.0.0.9"));
  }

  @Test
  void cardsAndSsnsInOneRunOfNumbersAreAllFound() {
    assertThat(found("card 4111 1111 1111 1111 123-45-6789")).extracting(PiiMatch::type, PiiMatch::value)
        .containsExactly(tuple(PiiType.CREDIT_CARD, "4111 1111 1111 1111"), tuple(PiiType.US_SSN, "123-45-6789"));
    assertThat(found("cards 4111 1111 1111 1111 5500 0000 0000 0004")).extracting(PiiMatch::type, PiiMatch::value)
        .containsExactly(tuple(PiiType.CREDIT_CARD, "4111 1111 1111 1111"), tuple(PiiType.CREDIT_CARD, "5500 0000 0000 0004"));
    // a short number before a card makes no card-shaped whole whose checksum could veto its parts
    assertThat(found("item 7 4111 1111 1111 1111")).extracting(PiiMatch::type, PiiMatch::value)
        .containsExactly(tuple(PiiType.CREDIT_CARD, "4111 1111 1111 1111"));
    assertThat(found("Tel 089 - 4111 1111 1111 1111")).extracting(PiiMatch::type, PiiMatch::value)
        .contains(tuple(PiiType.CREDIT_CARD, "4111 1111 1111 1111"));
    assertThat(found("4111 1111 1111 1112")).extracting(PiiMatch::type).doesNotContain(PiiType.CREDIT_CARD);
  }

  @Test
  void aLongListOfNumbersIsReadToTheEnd() {
    assertThat(found("cards: 4111 1111 1111 1111 5500 0000 0000 0004 3782 822463 10005 6011 1111 1111 1117"))
        .extracting(PiiMatch::type, PiiMatch::value)
        .containsExactly(tuple(PiiType.CREDIT_CARD, "4111 1111 1111 1111"), tuple(PiiType.CREDIT_CARD, "5500 0000 0000 0004"),
            tuple(PiiType.CREDIT_CARD, "3782 822463 10005"), tuple(PiiType.CREDIT_CARD, "6011 1111 1111 1117"));
    List<String> hosts = List.of("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6", "10.0.0.7",
        "10.0.0.8", "10.0.0.9");
    assertThat(found("hosts: " + String.join(" ", hosts))).extracting(PiiMatch::value).containsExactlyElementsOf(hosts);
  }

  @Test
  void aPhoneNumberBeforeAColonIsAPhoneNumber() {
    assertThat(found("Phone 555 123 4567: call anytime")).extracting(PiiMatch::type, PiiMatch::value)
        .containsExactly(tuple(PiiType.PHONE, "555 123 4567"));
    assertThat(found("Our office (212) 555-0187: mornings only")).extracting(PiiMatch::type, PiiMatch::value)
        .containsExactly(tuple(PiiType.PHONE, "(212) 555-0187"));
  }

  @Test
  void aTimeAfterADateOrANumberIsNotPartOfIt() {
    assertThat(found("on 2018-12-13 12:20 we met")).isEmpty();
    assertThat(found("call 030 901820 12:30 tomorrow")).extracting(PiiMatch::type, PiiMatch::value)
        .containsExactly(tuple(PiiType.PHONE, "030 901820"));
  }

  @Test
  void versionNumbersIpLikeNumbersAndIsbnsAreNoPhones() {
    assertThat(found("upgraded to version 10.15.7.1234 today")).isEmpty();
    assertThat(found("see 300.168.0.1 and 1192.168.0.1 and 10.0.0.255.1")).isEmpty();
    assertThat(found("ISBN 978-3-16-148410-0")).isEmpty();
  }

  @Test
  void dottedPhoneNumbersStayPhones() {
    for (String phone : List.of("1.800.555.1234", "555.123.4567", "06.12.34.56.78", "0470.12.34.56", "+1.555.123.4567")) {
      assertThat(found("call " + phone + " please")).as(phone).extracting(PiiMatch::type, PiiMatch::value)
          .containsExactly(tuple(PiiType.PHONE, phone));
    }
  }
}
