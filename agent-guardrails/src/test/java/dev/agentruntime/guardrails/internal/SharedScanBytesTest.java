package dev.agentruntime.guardrails.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.guardrail.Guardrail;
import dev.agentruntime.core.guardrail.GuardrailDecision;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import dev.agentruntime.core.guardrail.GuardrailSubject;
import dev.agentruntime.guardrails.ChainResult;
import dev.agentruntime.guardrails.GuardrailChain;
import dev.agentruntime.guardrails.Guardrails;
import dev.agentruntime.guardrails.pii.PiiGuardrail;
import dev.agentruntime.guardrails.pii.RedactionStyle;
import dev.agentruntime.guardrails.secrets.SecretsGuardrail;
import dev.agentruntime.guardrails.text.ScanBytes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The secret and PII scanners share one byte copy of a text inside a chain evaluation, and only
 * there: the copy is the one {@link ScanBytes} makes, it is made once per text, and nothing of it
 * outlives the evaluation (not even when a guardrail throws).
 */
class SharedScanBytesTest {

  @Test
  void insideAScopeOneCopyPerTextOutsideAFreshOneEachTime() {
    String text = "card 4111 1111 1111 1111, \u4f60\u597d \ud83d\ude00 caf\u00e9";
    String other = new String(text); // equal, not the same instance
    assertThat(SharedScanBytes.of(text)).isNotSameAs(SharedScanBytes.of(text)).isEqualTo(ScanBytes.of(text));
    SharedScanBytes.open();
    try {
      byte[] first = SharedScanBytes.of(text);
      assertThat(first).isEqualTo(ScanBytes.of(text));
      assertThat(SharedScanBytes.of(text)).isSameAs(first);
      byte[] forOther = SharedScanBytes.of(other);
      assertThat(forOther).isNotSameAs(first).isEqualTo(first);
      SharedScanBytes.open(); // nested: the outer scope's copy stays until the outermost closes
      SharedScanBytes.close();
      assertThat(SharedScanBytes.of(other)).isSameAs(forOther);
    } finally {
      SharedScanBytes.close();
    }
    byte[] after = SharedScanBytes.of(other);
    assertThat(after).isEqualTo(ScanBytes.of(other));
    assertThat(SharedScanBytes.of(other)).isNotSameAs(after);
  }

  @Test
  void theDefaultChainReadsTheSameAsItsGuardrailsOneByOne() {
    GuardrailChain chain = Guardrails.defaults().build();
    SecretsGuardrail secrets = SecretsGuardrail.create();
    PiiGuardrail pii = PiiGuardrail.builder().style(RedactionStyle.TOKENIZE).build();
    for (String text : new String[] {
        "Mail jane.doe@example.com or call +44 20 7946 0958, card 4111 1111 1111 1111.",
        "key AKIAIOSFODNN7EXAMPLE and mail jane.doe@example.com \u4f60\u597d \ud83d\ude00",
        "Bonjour, mon IBAN est FR14 2004 1010 0505 0001 3M02 606 \u2014 merci \ud83d\ude4f",
        "\u6211\u7684\u7535\u8bdd\u662f +44 20 7946 0958\uff0c\u4e0b\u5348\u53ef\u4ee5\u8054\u7cfb\u6211\u3002"}) {
      ChainResult r = chain.evaluate(GuardrailPoint.INPUT, text);
      String afterSecrets = rewritten(secrets.evaluate(new GuardrailSubject(GuardrailPoint.INPUT, text, null, null)),
          text);
      String afterPii = rewritten(pii.evaluate(new GuardrailSubject(GuardrailPoint.INPUT, afterSecrets, null, null)),
          afterSecrets);
      assertThat(r.text()).as(text).isEqualTo(afterPii);
      assertThat(r.text()).as(text).isNotEqualTo(text);
    }
  }

  private static String rewritten(GuardrailDecision d, String text) {
    return d instanceof GuardrailDecision.Rewrite rw ? rw.text() : text;
  }

  @Test
  void nothingIsKeptAfterAChainEvenWhenAGuardrailThrows() {
    List<byte[]> seen = new ArrayList<>();
    Guardrail reads = guardrail("reads", s -> {
      seen.add(SharedScanBytes.of(s));
      seen.add(SharedScanBytes.of(s));
      return GuardrailDecision.pass();
    });
    Guardrail fails = guardrail("fails", s -> {
      throw new IllegalStateException("boom");
    });
    GuardrailChain chain = GuardrailChain.builder().add(reads).add(fails).build();
    String text = "order 48213 \u4f60\u597d";
    ChainResult r = chain.evaluate(GuardrailPoint.INPUT, text);
    assertThat(r.blocked()).isTrue();
    assertThat(seen).hasSize(2);
    assertThat(seen.get(1)).isSameAs(seen.get(0)); // shared inside the evaluation
    // the scope is closed: a copy asked for now is fresh, and so is the next one
    byte[] after = SharedScanBytes.of(text);
    assertThat(after).isNotSameAs(seen.get(0)).isEqualTo(seen.get(0));
    assertThat(SharedScanBytes.of(text)).isNotSameAs(after);
  }

  private interface Body {
    GuardrailDecision apply(String text);
  }

  private static Guardrail guardrail(String name, Body body) {
    return new Guardrail() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<GuardrailPoint> points() {
        return EnumSet.allOf(GuardrailPoint.class);
      }

      @Override
      public GuardrailDecision evaluate(GuardrailSubject s) {
        return body.apply(s.text());
      }
    };
  }
}
