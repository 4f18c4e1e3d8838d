package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.cost.pricing.ModelPrice;
import dev.agentruntime.cost.pricing.PricingCatalog;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PricingTest {

  private final PricingCatalog catalog = PricingCatalog.bundled();

  private BigDecimal cost(String model, long in, long out, long cached, long write, long reasoning) {
    return catalog.find(model).orElseThrow().cost(new TokenUsage(in, out, cached, write, reasoning));
  }

  @Test
  void gpt4oPricesCachedTokensAtTheirOwnRateNotTwice() {
    // 6,000 plain x 2.50 + 4,000 cached x 1.25 + 1,000 out x 10.00 (per million)
    assertThat(cost("gpt-4o", 10_000, 1_000, 4_000, 0, 0)).isEqualByComparingTo("0.03");
  }

  @Test
  void claudePricesCacheReadsAndWritesSeparately() {
    // 5,000 plain x 3 + 10,000 read x 0.30 + 5,000 write x 3.75 + 2,000 out x 15
    assertThat(cost("claude-sonnet-4-20250514", 20_000, 2_000, 10_000, 5_000, 0))
        .isEqualByComparingTo("0.06675");
  }

  @Test
  void geminiReasoningTokensArePartOfOutput() {
    // 800k x 0.30 + 200k cached x 0.03 + 100k out (60k of them reasoning) x 2.50
    assertThat(cost("gemini-2.5-flash", 1_000_000, 100_000, 200_000, 0, 60_000))
        .isEqualByComparingTo("0.496");
  }

  @Test
  void deepSeekSmallAmountsStayExact() {
    // 234 x 0.28 + 1,000 x 0.028 + 567 x 0.42 = 65.52 + 28 + 238.14 micro-dollars
    assertThat(cost("deepseek-chat", 1234, 567, 1000, 0, 0)).isEqualTo(new BigDecimal("0.00033166"));
  }

  @Test
  void datedAndAliasedIdsResolve() {
    assertThat(catalog.find("gpt-4o-2024-08-06").orElseThrow().model()).isEqualTo("gpt-4o");
    assertThat(catalog.find("gpt-4o-mini-2024-07-18").orElseThrow().model()).isEqualTo("gpt-4o-mini");
    assertThat(catalog.find("o4-mini-2025-04-16").orElseThrow().model()).isEqualTo("o4-mini");
    assertThat(catalog.find("openai/GPT-4.1").orElseThrow().model()).isEqualTo("gpt-4.1");
    assertThat(catalog.find("claude-sonnet-4-5-20250929").orElseThrow().model()).isEqualTo("claude-sonnet-4-5");
    assertThat(catalog.find("claude-3-5-sonnet-latest").orElseThrow().model()).isEqualTo("claude-3-5-sonnet");
    assertThat(catalog.find("anthropic.claude-3-haiku-20240307-v1:0").orElseThrow().model()).isEqualTo("claude-3-haiku");
    assertThat(catalog.find("models/gemini-2.5-pro").orElseThrow().model()).isEqualTo("gemini-2.5-pro");
    assertThat(catalog.find("gemini-2.0-flash-001").orElseThrow().model()).isEqualTo("gemini-2.0-flash");
    assertThat(catalog.find("mistral-large-2411").orElseThrow().model()).isEqualTo("mistral-large");
    assertThat(catalog.find("mistral-small-latest").orElseThrow().model()).isEqualTo("mistral-small");
    assertThat(catalog.find("gpt-3.5-turbo-0125").orElseThrow().model()).isEqualTo("gpt-3.5-turbo");
    // a snapshot with its own price is not collapsed onto the base model
    assertThat(catalog.find("gpt-4o-2024-05-13").orElseThrow().inputPerMillion()).isEqualByComparingTo("5");
    // a longer id is not mistaken for a shorter one
    assertThat(catalog.find("gpt-4o-mini").orElseThrow().model()).isEqualTo("gpt-4o-mini");
    assertThat(catalog.find("gemini-2.5-flash-lite").orElseThrow().model()).isEqualTo("gemini-2.5-flash-lite");
    assertThat(catalog.find("claude-opus-4-7")).isEmpty();
    assertThat(catalog.find("no-such-model")).isEmpty();
  }

  @Test
  void bundledCatalogCoversTheFiveProvidersWithProvenance() {
    Map<String, Long> perProvider =
        catalog.prices().stream().collect(Collectors.groupingBy(ModelPrice::provider, Collectors.counting()));
    assertThat(perProvider.keySet())
        .containsAll(Set.of("openai", "anthropic", "gcp.gemini", "mistral_ai", "deepseek"));
    perProvider.values().forEach(n -> assertThat(n).isGreaterThanOrEqualTo(2));
    for (ModelPrice p : catalog.prices()) {
      assertThat(p.asOf()).as("as_of of %s", p.model()).isNotNull();
      assertThat(p.source()).as("source of %s", p.model()).startsWith("https://");
    }
  }

  @Test
  void overridesFromJsonReplaceBundledPrices() {
    String json = "{\"models\":[{\"model\":\"gpt-4o\",\"provider\":\"openai\",\"input\":\"2.00\","
        + "\"output\":8,\"cached_input\":0.5,\"as_of\":\"2026-01-01\",\"source\":\"our contract\"},"
        + "{\"model\":\"acme-llm\",\"provider\":\"acme\",\"input\":1,\"output\":2,\"aliases\":[\"acme\"]}]}";
    PricingCatalog c = PricingCatalog.builder().includeBundled()
        .loadJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "overrides.json")
        .build();
    assertThat(c.find("gpt-4o-2024-08-06").orElseThrow().inputPerMillion()).isEqualByComparingTo("2");
    assertThat(c.find("gpt-4o").orElseThrow().source()).isEqualTo("our contract");
    assertThat(c.find("acme").orElseThrow().cost(TokenUsage.of(1_000_000, 1_000_000)))
        .isEqualByComparingTo("3");
    assertThat(c.size()).isEqualTo(catalog.size() + 1);
  }

  @Test
  void overrideFromCodeWins() {
    PricingCatalog c = PricingCatalog.builder().includeBundled()
        .add(ModelPrice.of("claude-sonnet-4", "anthropic", "2", "10").withCacheRates("0.2", "2.5"))
        .build();
    assertThat(c.find("claude-sonnet-4-20250514").orElseThrow().cost(new TokenUsage(1_000_000, 0, 0, 1_000_000, 0)))
        .isEqualByComparingTo("2.5");
  }

  @Test
  void readsLiteLlmFormat() {
    String json = "{\"sample_spec\":{\"input_cost_per_token\":0.0},"
        + "\"my-model\":{\"litellm_provider\":\"openai\",\"mode\":\"chat\",\"input_cost_per_token\":2.5e-06,"
        + "\"output_cost_per_token\":1e-05,\"cache_read_input_token_cost\":1.25e-06},"
        + "\"gemini/my-gem\":{\"litellm_provider\":\"gemini\",\"mode\":\"chat\",\"input_cost_per_token\":3.0000000000000004e-07,"
        + "\"output_cost_per_token\":2.5e-06},"
        + "\"text-embedding-x\":{\"mode\":\"embedding\",\"input_cost_per_token\":1e-07,\"output_cost_per_token\":0}}";
    PricingCatalog c = PricingCatalog.builder()
        .loadLiteLlm(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "litellm.json").build();
    assertThat(c.size()).isEqualTo(2);
    assertThat(c.find("my-model").orElseThrow().cost(new TokenUsage(10_000, 1_000, 4_000, 0, 0)))
        .isEqualByComparingTo("0.03");
    ModelPrice gem = c.find("my-gem").orElseThrow();
    assertThat(gem.provider()).isEqualTo("gcp.gemini");
    assertThat(gem.inputPerMillion()).isEqualTo(new BigDecimal("0.3")); // float noise removed
    assertThat(c.find("text-embedding-x")).isEmpty();
  }

  @Test
  void badInputIsNamed() {
    String noOutput = "{\"models\":[{\"model\":\"x\",\"provider\":\"p\",\"input\":1}]}";
    assertThatThrownBy(() -> PricingCatalog.builder()
            .loadJson(new ByteArrayInputStream(noOutput.getBytes(StandardCharsets.UTF_8)), "prices.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prices.json").hasMessageContaining("(x)").hasMessageContaining("\"output\"");
    String negative = "{\"models\":[{\"model\":\"y\",\"provider\":\"p\",\"input\":-1,\"output\":1}]}";
    assertThatThrownBy(() -> PricingCatalog.builder()
            .loadJson(new ByteArrayInputStream(negative.getBytes(StandardCharsets.UTF_8)), "prices.json"))
        .hasMessageContaining("inputPerMillion must not be negative");
    assertThatThrownBy(() -> ModelPrice.of("z", "p", "0.0000001", "1"))
        .hasMessageContaining("at most 6 decimal places");
    assertThatThrownBy(() -> PricingCatalog.builder()
            .loadJson(new ByteArrayInputStream("{not json".getBytes(StandardCharsets.UTF_8)), "broken.json"))
        .hasMessageContaining("broken.json: not valid JSON");
  }
}
