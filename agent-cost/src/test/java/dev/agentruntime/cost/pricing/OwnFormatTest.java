package dev.agentruntime.cost.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our catalog format is read with the streaming parser (cold start); the prices must be exactly
 * those Jackson's data-binding tree ({@code USE_BIG_DECIMAL_FOR_FLOATS}) gave: same decimals, same
 * scale, same texts.
 */
class OwnFormatTest {
  private static final ObjectMapper TREE =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @Test
  void bundledCatalogReadsAsTheDataBindingTreeDid() throws Exception {
    byte[] bytes;
    try (InputStream in = PricingCatalog.class.getResourceAsStream(PricingCatalog.BUNDLED_RESOURCE)) {
      bytes = in.readAllBytes();
    }
    assertSameAsTree(new String(bytes, StandardCharsets.UTF_8));
    PricingCatalog bundled = PricingCatalog.bundled();
    JsonNode models = TREE.readTree(bytes).get("models");
    assertThat(bundled.size()).isEqualTo(models.size());
  }

  @Test
  void numbersTextsAndContainersMatchTheTree() throws Exception {
    assertSameAsTree("{\"a\":2.50,\"b\":2,\"c\":0.000,\"d\":1e3,\"e\":1.5E-7,\"f\":123456789012345678901234567890,"
        + "\"g\":\"2.00\",\"h\":true,\"i\":null,\"j\":[1,\"x\",{\"k\":0.10}],\"l\":{\"m\":-0.0},\"n\":-7.250}");
  }

  @Test
  void valuesInMessagesPrintAsTheTreePrintsThem() throws Exception {
    for (String json : List.of("\"line\\nbreak\\ttab \\u0001 \\\"q\\\" \\\\ caf\u00e9 \\u2028\"", "1.50", "1e3", "-0.0",
        "123456789012345678901234567890", "true", "null", "[1,\"x\",{\"k\":0.10,\"n\":null}]",
        "{\"a\":{\"b\":[]},\"c\":\"\\r\"}")) {
      Object value = PricingCatalog.OwnFormat.read(in(json), "t.json");
      assertThat(PricingCatalog.OwnFormat.json(value)).as(json).isEqualTo(TREE.readTree(json).toString());
    }
  }

  @Test
  void malformedEntriesAreNamedAsBefore() {
    assertThatThrownBy(() -> load("{\"models\":[{\"model\":\"x\",\"provider\":\"p\",\"input\":true,\"output\":1}]}"))
        .hasMessage("t.json models[0] (x): \"input\" must be a number, was true");
    assertThatThrownBy(() -> load("{\"models\":[{\"model\":\"x\",\"provider\":\"p\",\"input\":\"cheap\",\"output\":1}]}"))
        .hasMessage("t.json models[0] (x): \"input\" is not a number: 'cheap'");
    assertThatThrownBy(() -> load("{\"models\":[{\"model\":\"x\",\"provider\":\"p\",\"output\":1}]}"))
        .hasMessage("t.json models[0] (x): \"input\" is required");
    assertThatThrownBy(() -> load("{\"models\":[{\"model\":\"x\",\"provider\":\"p\",\"input\":1,\"output\":1,"
        + "\"as_of\":\"May 5\"}]}"))
        .hasMessage("t.json models[0] (x): \"as_of\" must be an ISO date (2025-11-20), was 'May 5'");
    assertThatThrownBy(() -> load("{\"as_of\":\"soon\",\"models\":[]}"))
        .hasMessage("t.json (top level): \"as_of\" must be an ISO date (2025-11-20), was 'soon'");
    assertThatThrownBy(() -> load("{\"models\":[{\"model\":\"x\",\"provider\":\"p\",\"input\":1,\"output\":1,"
        + "\"context_window\":1.5,\"max_output_tokens\":\"lots\"}]}"))
        .hasMessage("t.json models[0] (x): \"context_window\" and \"max_output_tokens\" must be whole numbers of "
            + "tokens, were 1.5 and \"lots\"");
    assertThatThrownBy(() -> load("{\"models\":[{\"provider\":\"p\",\"input\":1,\"output\":1}]}"))
        .hasMessage("t.json models[0]: \"model\" is required");
    assertThatThrownBy(() -> load("[]")).hasMessage("t.json: expected a top-level \"models\" array");
    assertThatThrownBy(() -> load("")).hasMessage("t.json: expected a top-level \"models\" array");
    assertThatThrownBy(() -> load("{\"models\":[}")).hasMessageStartingWith("t.json: not valid JSON: ");
    PricingCatalog c = PricingCatalog.builder().loadJson(in("{\"as_of\":\"2025-01-02\",\"source\":\"s\",\"models\":["
        + "{\"model\":\"x\",\"provider\":\"p\",\"input\":\"1.25\",\"output\":2.500,\"aliases\":[\"x-1\",7],"
        + "\"context_window\":9000000000,\"max_output_tokens\":null}]}"), "t.json").build();
    ModelPrice x = c.find("x-1").orElseThrow();
    assertThat(x.outputPerMillion()).isEqualTo(new BigDecimal("2.5"));
    assertThat(x.aliases()).containsExactly("x-1", "7");
    assertThat(x.source()).isEqualTo("s");
    assertThat(c.limits("x").orElseThrow().contextWindowTokens()).isEqualTo(9_000_000_000L);
  }

  private static PricingCatalog load(String json) {
    return PricingCatalog.builder().loadJson(in(json), "t.json").build();
  }

  private static InputStream in(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertSameAsTree(String json) throws Exception {
    Object own = PricingCatalog.OwnFormat.read(in(json), "t.json");
    compare(TREE.readTree(json), own, "$");
  }

  private static void compare(JsonNode tree, Object own, String path) {
    if (tree.isObject()) {
      assertThat(own).as(path).isInstanceOf(Map.class);
      Map<?, ?> m = (Map<?, ?>) own;
      List<String> names = new java.util.ArrayList<>();
      tree.fieldNames().forEachRemaining(names::add);
      assertThat(List.copyOf(m.keySet())).as(path).isEqualTo(names);
      tree.fields().forEachRemaining(e -> compare(e.getValue(), m.get(e.getKey()), path + "." + e.getKey()));
    } else if (tree.isArray()) {
      assertThat(own).as(path).isInstanceOf(List.class);
      List<?> l = (List<?>) own;
      assertThat(l).as(path).hasSize(tree.size());
      for (int i = 0; i < l.size(); i++) {
        compare(tree.get(i), l.get(i), path + "[" + i + "]");
      }
    } else if (tree.isNumber()) {
      assertThat(own).as(path).isEqualTo(tree.decimalValue()); // BigDecimal.equals: value and scale
    } else if (tree.isNull()) {
      assertThat(own).as(path).isNull();
    } else {
      assertThat(PricingCatalog.OwnFormat.asText(own)).as(path).isEqualTo(tree.asText());
      assertThat(PricingCatalog.OwnFormat.json(own)).as(path).isEqualTo(tree.toString());
    }
  }
}
