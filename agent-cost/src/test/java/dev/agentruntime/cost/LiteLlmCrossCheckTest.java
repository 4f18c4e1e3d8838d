package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.cost.pricing.ModelPrice;
import dev.agentruntime.cost.pricing.PricingCatalog;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the bundled catalog against LiteLLM's price list from the shared evaluation data
 * (skipped when it is absent).
 */
class LiteLlmCrossCheckTest {

  /** The usage every shared model is priced with: cache reads, cache writes and reasoning included. */
  static final TokenUsage FIXED = new TokenUsage(1_000_000, 500_000, 200_000, 100_000, 50_000);

  /**
   * Models whose bundled price differs from LiteLLM's, and why. Each is a provider price change
   * between the date our figures were taken and LiteLLM's snapshot (or a LiteLLM entry describing
   * a different model version under the same alias). A new, unexplained difference fails the test.
   */
  static final Map<String, String> EXPLAINED = Map.ofEntries(
      Map.entry("mistral-large", "mistral-large-latest now points at Mistral Large 3 (0.50/1.50); ours is Large 24.11 (2/6), still sold as mistral-large-2411"),
      Map.entry("mistral-medium", "LiteLLM's mistral/mistral-medium is the 2023 Mistral Medium (2.70/8.10); ours is Mistral Medium 3 (0.40/2.00)"),
      Map.entry("codestral", "LiteLLM's codestral-latest still lists Codestral 22.05 (1.00/3.00); Codestral 25.01+ is 0.30/0.90"),
      Map.entry("ministral-8b", "LiteLLM lists 0.15/0.15; Mistral's price page lists Ministral 8B 24.10 at 0.10/0.10"),
      Map.entry("open-mistral-nemo", "LiteLLM lists 0.30/0.30; Mistral NeMo is 0.15/0.15 since Mistral's September 2024 price cut"),
      Map.entry("gemini-2.0-flash-lite", "we list no cache-read rate (cache reads priced at the input rate, the safe side); LiteLLM applies 0.01875"));

  private static Path file;
  private static JsonNode litellm;

  @BeforeAll
  static void load() throws IOException {
    String dir = System.getProperty("agentruntime.evaldata");
    Path p = dir == null ? null : Path.of(dir, "pricing-litellm", "model_prices_and_context_window.json");
    Assumptions.assumeTrue(p != null && Files.isRegularFile(p),
        "LiteLLM price list not found (system property agentruntime.evaldata=" + dir + "): skipping");
    file = p;
    litellm = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(p.toFile());
  }

  @Test
  void everyPricedChatModelLoads() {
    int expected = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = litellm.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      String mode = v.path("mode").asText("");
      if (!e.getKey().equals("sample_spec")
          && (mode.isEmpty() || mode.equals("chat") || mode.equals("responses"))
          && v.path("input_cost_per_token").isNumber() && v.path("output_cost_per_token").isNumber()) {
        expected++;
      }
    }
    PricingCatalog c = PricingCatalog.builder().loadLiteLlm(file).build();
    assertThat(expected).isGreaterThan(1000);
    assertThat(c.size()).isEqualTo(expected);
    // spot check: a dated OpenAI id keeps its own entry; a prefixed Gemini id answers to the bare name
    assertThat(c.find("gpt-4o-2024-08-06").orElseThrow().cost(FIXED))
        .isEqualByComparingTo(PricingCatalog.bundled().find("gpt-4o-2024-08-06").orElseThrow().cost(FIXED));
    assertThat(c.find("gemini-2.5-pro")).isPresent();
  }

  @Test
  void bundledPricesAgreeWithLiteLlmOrTheDifferenceIsExplained() throws IOException {
    List<String> report = new ArrayList<>();
    Map<String, String> differing = new TreeMap<>();
    int shared = 0;
    for (ModelPrice ours : PricingCatalog.bundled().prices()) {
      String key = litellmKey(ours);
      if (key == null) {
        report.add(String.format("%-26s not in LiteLLM", ours.model()));
        continue;
      }
      shared++;
      ModelPrice theirs = PricingCatalog.builder().loadLiteLlm(
          new java.io.ByteArrayInputStream(("{\"" + key + "\":" + litellm.get(key) + "}").getBytes()), "litellm")
          .build().prices().iterator().next();
      BigDecimal a = ours.cost(FIXED);
      BigDecimal b = theirs.cost(FIXED);
      if (a.compareTo(b) != 0) {
        String line = String.format("%-26s ours in/out/cached/write %s/%s/%s/%s  LiteLLM[%s] %s/%s/%s/%s  cost of fixed usage %s vs %s",
            ours.model(), p(ours.inputPerMillion()), p(ours.outputPerMillion()), p(ours.cachedInputPerMillion()),
            p(ours.cacheWritePerMillion()), key, p(theirs.inputPerMillion()), p(theirs.outputPerMillion()),
            p(theirs.cachedInputPerMillion()), p(theirs.cacheWritePerMillion()), a.toPlainString(), b.toPlainString());
        differing.put(ours.model(), line);
        report.add(line + "  -- " + EXPLAINED.getOrDefault(ours.model(), "UNEXPLAINED"));
      }
    }
    report.add(0, "bundled models shared with LiteLLM: " + shared + ", differing: " + differing.size());
    Path out = Path.of("target", "litellm-price-diffs.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, report);
    report.forEach(System.out::println);
    assertThat(shared).isGreaterThanOrEqualTo(40);
    assertThat(differing.keySet()).as("models whose prices differ from LiteLLM:%n%s", String.join("\n", differing.values()))
        .isSubsetOf(EXPLAINED.keySet());
  }

  /** Models whose bundled limits differ from LiteLLM's, and why; a new, unexplained difference fails. */
  static final Map<String, String> EXPLAINED_LIMITS = Map.ofEntries(
      Map.entry("gpt-5.1", "LiteLLM's max_input_tokens is the 272K input limit; the window is 400K (272K in + 128K out)"),
      Map.entry("gpt-5", "as gpt-5.1: 400K window, of it 128K output"),
      Map.entry("gpt-5-mini", "as gpt-5.1: 400K window, of it 128K output"),
      Map.entry("gpt-5-nano", "as gpt-5.1: 400K window, of it 128K output"),
      Map.entry("gpt-5-pro", "OpenAI lists 272K max output for gpt-5-pro; LiteLLM 128K"),
      Map.entry("chatgpt-4o-latest", "OpenAI lists 16,384 max output; LiteLLM 4,096"),
      Map.entry("gpt-4", "OpenAI lists 8,192 max output (the whole window); LiteLLM 4,096"),
      Map.entry("claude-sonnet-4", "LiteLLM lists the 1M-token beta window; the standard window is 200K"),
      Map.entry("gemini-3-pro-preview", "Google lists a 65,536 output limit; LiteLLM 65,535"),
      Map.entry("gemini-2.5-pro", "Google lists a 65,536 output limit; LiteLLM 65,535"),
      Map.entry("gemini-2.5-flash", "Google lists a 65,536 output limit; LiteLLM 65,535"),
      Map.entry("gemini-2.5-flash-lite", "Google lists a 65,536 output limit; LiteLLM 65,535"),
      Map.entry("gemini-1.5-flash", "LiteLLM's gemini/gemini-1.5-flash gives 8,192 as the input limit; Google lists 1,048,576"),
      Map.entry("mistral-large", "LiteLLM's mistral-large-latest is Mistral Large 3 (256K); ours is Large 24.11 (128K)"),
      Map.entry("mistral-medium", "LiteLLM's mistral/mistral-medium is the 2023 model (32K); Mistral Medium 3 has 128K"),
      Map.entry("mistral-small", "LiteLLM's mistral/mistral-small is the 2023 model (32K); Mistral Small 3.2 has 128K"),
      Map.entry("devstral-medium", "LiteLLM's devstral-medium-latest is Devstral 2 (256K); ours is 2507 (128K)"),
      Map.entry("devstral-small", "LiteLLM's devstral-small-latest is Devstral 2 (256K); ours is 2507 (128K)"),
      Map.entry("ministral-8b", "LiteLLM's ministral-8b-latest is Ministral 3 (256K); ours is 24.10 (128K)"));

  @Test
  void bundledLimitsAgreeWithLiteLlmOrTheDifferenceIsExplained() {
    Map<String, String> differing = new TreeMap<>();
    int compared = 0;
    for (ModelPrice ours : PricingCatalog.bundled().prices()) {
      String key = litellmKey(ours);
      JsonNode v = key == null ? null : litellm.get(key);
      if (ours.limits() == null || v == null || !v.path("max_input_tokens").canConvertToLong()) {
        continue;
      }
      compared++;
      long window = v.path("max_input_tokens").asLong();
      long out = v.path("max_output_tokens").asLong(0);
      // a bundled 0 means "no separate output limit published": only the window is compared
      boolean same = ours.limits().contextWindowTokens() == window
          && (ours.limits().maxOutputTokens() == 0 || ours.limits().maxOutputTokens() == out);
      if (!same) {
        differing.put(ours.model(), ours.model() + " ours " + ours.limits() + " LiteLLM[" + key + "] "
            + window + "/" + out);
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(40);
    assertThat(differing.keySet()).as("models whose limits differ from LiteLLM:%n%s", String.join("\n", differing.values()))
        .isSubsetOf(EXPLAINED_LIMITS.keySet());
  }

  private static String p(BigDecimal d) {
    return d == null ? "-" : d.toPlainString();
  }

  private static String litellmKey(ModelPrice ours) {
    List<String> names = new ArrayList<>();
    names.add(ours.model());
    names.addAll(ours.aliases());
    String prefix = switch (ours.provider()) {
      case "gcp.gemini" -> "gemini/";
      case "mistral_ai" -> "mistral/";
      case "deepseek" -> "deepseek/";
      default -> "";
    };
    for (String n : names) {
      for (String k : List.of(n, prefix + n, prefix + n + "-latest")) {
        JsonNode v = litellm.get(k);
        String mode = v == null ? "" : v.path("mode").asText("");
        if (v != null && v.path("input_cost_per_token").isNumber() && v.path("output_cost_per_token").isNumber()
            && (mode.isEmpty() || mode.equals("chat") || mode.equals("responses"))) {
          return k;
        }
      }
    }
    return null;
  }
}
