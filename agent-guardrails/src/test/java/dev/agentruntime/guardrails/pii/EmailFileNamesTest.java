package dev.agentruntime.guardrails.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file name with an {@code @} ("logo@2x.png", the retina asset names of web and mobile code) ends in a file
 * extension, not a top-level domain, and is no e-mail address; addresses at real domains stay addresses, those whose
 * top-level domain is also a file extension included ("anna@example.zip", "ops@firma.md").
 */
class EmailFileNamesTest {
  private final PiiDetector detector = PiiDetector.all();

  private List<String> emails(String text) {
    return detector.detect(text).stream().filter(m -> m.type() == PiiType.EMAIL).map(PiiMatch::value).toList();
  }

  @Test
  void fileNamesWithAnAtSignAreNoAddresses() {
    assertThat(emails("![logo](images/logo@2x.png) and icon@3x.webp")).isEmpty();
    assertThat(emails("open file:///home/me/notes@work.txt, then Report@Q3.PDF and styles@print.css")).isEmpty();
  }

  @Test
  void addressesAtRealTopLevelDomainsStayAddresses() {
    assertThat(emails("anna@example.com, ops@firma.md, x@files.zip and dev@team.io"))
        .containsExactly("anna@example.com", "ops@firma.md", "x@files.zip", "dev@team.io");
  }
}
