package dev.agentruntime.guardrails.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * E-mail addresses with letters outside ASCII (RFC 6531: "jürgen.müller@firma.de", "иван@пример.рф")
 * are found whole, so redaction leaves no part of the name; letters of the scripts written without
 * spaces (Chinese, Japanese, Korean) are not taken into an address, so the sentence before it stays.
 */
class EmailScriptsTest {
  private final PiiDetector detector = PiiDetector.all();

  private List<String> emails(String text) {
    return detector.detect(text).stream().filter(m -> m.type() == PiiType.EMAIL).map(PiiMatch::value).toList();
  }

  @Test
  void accentedAndCyrillicAddressesAreFoundWhole() {
    assertThat(emails("Grüße an jürgen.müller@firma.de bitte")).containsExactly("jürgen.müller@firma.de");
    assertThat(emails("écrivez à françois@exemple.fr.")).containsExactly("françois@exemple.fr");
    assertThat(emails("пишите: иван@пример.рф")).containsExactly("иван@пример.рф");
  }

  @Test
  void redactionLeavesNoPartOfTheName() {
    String redacted = PiiRedactor.placeholders().apply("Mail an jürgen.müller@firma.de senden");
    assertThat(redacted).isEqualTo("Mail an <EMAIL_1> senden");
  }

  @Test
  void chineseTextAroundAnAddressIsNotTakenIntoIt() {
    assertThat(emails("请联系zhang.wei@example.cn谢谢")).containsExactly("zhang.wei@example.cn");
  }
}
