package dev.agentruntime.guardrails.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scope names in code ("A::B", "cafe::add()") are not IPv6 addresses; compressed addresses still are. */
class Ipv6ShapesTest {
  private final PiiDetector detector = PiiDetector.all();

  @Test
  void twoHexLetterNamesAroundADoubleColonAreCodeNotAnAddress() {
    for (String text : List.of("class A::B extends C", "Face::Bead", "call cafe::add() first", "see dead::beef for details")) {
      assertThat(detector.detect(text)).as(text).isEmpty();
    }
  }

  @Test
  void compressedAddressesAreStillAddresses() {
    for (String address : List.of("ff02::1", "fe80::1ff:fe23:4567:890a", "2001:db8::", "dead:beef::cafe")) {
      assertThat(detector.detect("route to " + address + " now")).as(address).extracting(PiiMatch::type, PiiMatch::value)
          .containsExactly(org.assertj.core.api.Assertions.tuple(PiiType.IPV6, address));
    }
  }
}
