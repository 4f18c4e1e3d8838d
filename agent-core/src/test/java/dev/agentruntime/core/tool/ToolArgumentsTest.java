package dev.agentruntime.core.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tool arguments are read with Jackson's streaming parser (cold start); what a tool sees must be
 * exactly what Jackson's data binding gave before: the same maps, lists, number types and messages.
 */
class ToolArgumentsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final List<String> SAMPLES = List.of(
      "{}",
      "{\"order\":\"1042\"}",
      "{\"a\":1,\"b\":-7,\"c\":3000000000,\"d\":123456789012345678901234567890,\"e\":1.5,\"f\":2.0,\"g\":1e3}",
      "{\"t\":true,\"f\":false,\"n\":null,\"s\":\"caf\\u00e9 \\\"quoted\\\" \\n\"}",
      "{\"nested\":{\"z\":1,\"a\":[1,\"two\",{\"x\":null},[]],\"m\":{}},\"list\":[[1,2],[3]]}",
      "{\"dup\":1,\"other\":2,\"dup\":3}",
      "  {\"padded\":\"yes\"}  ",
      "{\"first\":1} {\"ignored\":2}");

  @Test
  void valuesAreThoseOfJacksonDataBinding() throws Exception {
    for (String json : SAMPLES) {
      @SuppressWarnings("unchecked")
      Map<String, Object> expected = MAPPER.convertValue(MAPPER.readTree(json), LinkedHashMap.class);
      Map<String, Object> actual = ToolArguments.parse("t", json, null).asMap();
      assertThat(actual).as(json).isEqualTo(expected);
      assertThat(List.copyOf(actual.keySet())).as(json).isEqualTo(List.copyOf(expected.keySet()));
      for (String key : expected.keySet()) {
        Object e = expected.get(key);
        assertThat(actual.get(key) == null ? null : actual.get(key).getClass())
            .as(json + " " + key).isEqualTo(e == null ? null : e.getClass());
      }
    }
    Map<String, Object> numbers = ToolArguments.parse("t", SAMPLES.get(2), null).asMap();
    assertThat(numbers.get("a")).isEqualTo(1);
    assertThat(numbers.get("c")).isEqualTo(3_000_000_000L);
    assertThat(numbers.get("d")).isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(numbers.get("e")).isEqualTo(1.5);
  }

  @Test
  void accessorsAndImmutability() {
    ToolArguments args = ToolArguments.parse("t", "{\"id\":\"7\",\"n\":42,\"s\":\" 12 \"}", null);
    assertThat(args.getString("id")).isEqualTo("7");
    assertThat(args.getString("missing", "fallback")).isEqualTo("fallback");
    assertThat(args.getLong("n")).isEqualTo(42);
    assertThat(args.getLong("s")).isEqualTo(12);
    assertThat(args.get("n")).contains(42);
    assertThat(args.json()).isEqualTo("{\"id\":\"7\",\"n\":42,\"s\":\" 12 \"}");
    assertThatThrownBy(() -> args.asMap().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> args.getString("missing")).hasMessage("missing argument 'missing'");
    assertThat(ToolArguments.parse("t", "  ", null).asMap()).isEmpty();
    assertThat(ToolArguments.parse("t", null, null).asMap()).isEmpty();
  }

  @Test
  void malformedOrNonObjectArgumentsNameTheToolAndJacksonsReason() throws Exception {
    for (String bad : List.of("{\"a\":", "{a:1}", "[1,2", "{\"a\":tru}")) {
      String reason;
      try {
        MAPPER.readTree(bad);
        throw new AssertionError("Jackson accepted " + bad);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        reason = e.getOriginalMessage();
      }
      assertThatThrownBy(() -> ToolArguments.parse("lookup", bad, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("arguments for tool 'lookup' are not valid JSON (" + reason
              + "); send a JSON object matching the tool's parameters schema");
    }
    for (String notObject : List.of("[1]", "\"text\"", "42", "null")) {
      assertThatThrownBy(() -> ToolArguments.parse("lookup", notObject, null))
          .hasMessage("arguments for tool 'lookup' must be a JSON object, got: " + notObject);
    }
  }

  @Test
  void schemaChecksRequiredPropertiesAndPrimitiveTypes() throws Exception {
    String schema = "{\"type\":\"object\",\"properties\":{\"s\":{\"type\":\"string\"},\"i\":{\"type\":\"integer\"},"
        + "\"n\":{\"type\":\"number\"},\"b\":{\"type\":\"boolean\"},\"a\":{\"type\":\"array\"},"
        + "\"o\":{\"type\":\"object\"},\"z\":{\"type\":\"null\"},\"any\":{}},\"required\":[\"s\"]}";
    assertThat(ToolArguments.parse("t", "{\"s\":\"x\",\"i\":3,\"n\":2.5,\"b\":true,\"a\":[],\"o\":{},\"z\":null,"
        + "\"any\":[1],\"extra\":1}", schema).asMap()).hasSize(9);
    assertThat(ToolArguments.parse("t", "{\"s\":\"x\",\"i\":3.0,\"n\":2}", schema).asMap()).hasSize(3);

    assertThatThrownBy(() -> ToolArguments.parse("t", "{}", schema))
        .hasMessage("tool 't' is missing required argument 's'");
    assertThatThrownBy(() -> ToolArguments.parse("t", "{\"s\":null}", schema))
        .hasMessage("tool 't' is missing required argument 's'");
    Map<String, String> wrong = new LinkedHashMap<>();
    wrong.put("i", "3.5");
    wrong.put("s", "{\"k\":[1,\"v\"]}");
    wrong.put("n", "\"1\"");
    wrong.put("b", "\"caf\u00e9 \\\"q\\\"\"");
    wrong.put("a", "{}");
    wrong.put("o", "[]");
    wrong.put("z", "0");
    for (Map.Entry<String, String> w : wrong.entrySet()) {
      String json = "{\"s\":\"x\",\"" + w.getKey() + "\":" + w.getValue() + "}";
      JsonNode value = MAPPER.readTree(json).get(w.getKey());
      String type = MAPPER.readTree(schema).get("properties").get(w.getKey()).get("type").asText();
      assertThatThrownBy(() -> ToolArguments.parse("t", json, schema))
          .as(json)
          .hasMessage("tool 't': argument '" + w.getKey() + "' must be of type " + type + ", got " + value);
    }
    String longText = "x".repeat(200);
    assertThatThrownBy(() -> ToolArguments.parse("t", "{\"s\":\"x\",\"i\":\"" + longText + "\"}", schema))
        .hasMessage("tool 't': argument 'i' must be of type integer, got \"" + "x".repeat(119) + "...");
  }

  @Test
  void everyKeywordOfTheSchemaIsEnforced() {
    String schema = "{\"type\":\"object\",\"properties\":{"
        + "\"unit\":{\"type\":\"string\",\"enum\":[\"c\",\"f\"]},"
        + "\"days\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":14},"
        + "\"place\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]},"
        + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
        + "\"note\":{\"type\":[\"string\",\"null\"]},"
        + "\"day\":{\"type\":\"string\",\"format\":\"date\"}},"
        + "\"required\":[\"unit\"],\"additionalProperties\":false}";
    String good = "{\"unit\":\"c\",\"days\":3,\"place\":{\"city\":\"Oslo\"},\"tags\":[\"a\"],\"note\":null,"
        + "\"day\":\"2026-12-07\"}";
    assertThat(ToolArguments.parse("weather", good, schema).asMap()).hasSize(6);

    Map<String, String> wrong = new LinkedHashMap<>();
    wrong.put("{\"unit\":\"kelvin\"}", "/unit: does not have a value in the enumeration [\"c\", \"f\"]");
    wrong.put("{\"unit\":\"c\",\"days\":0}", "/days: must have a minimum value of 1");
    wrong.put("{\"unit\":\"c\",\"days\":15}", "/days: must have a maximum value of 14");
    wrong.put("{\"unit\":\"c\",\"place\":{}}", "/place: required property 'city' not found");
    wrong.put("{\"unit\":\"c\",\"tags\":[\"a\",2]}", "/tags/1: integer found, string expected");
    wrong.put("{\"unit\":\"c\",\"note\":7}", "/note: integer found, [string, null] expected");
    wrong.put("{\"unit\":\"c\",\"day\":\"tomorrow\"}", "/day: does not match the date pattern");
    wrong.put("{\"unit\":\"c\",\"city\":\"Oslo\"}", "/: property 'city' is not defined in the schema");
    for (Map.Entry<String, String> w : wrong.entrySet()) {
      assertThatThrownBy(() -> ToolArguments.parse("weather", w.getKey(), schema))
          .as(w.getKey())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("tool 'weather': arguments do not match the parameters schema: " + w.getValue());
    }
    assertThatThrownBy(() -> ToolArguments.parse("weather", "{\"unit\":\"k\",\"days\":0,\"tags\":[1]}", schema))
        .hasMessageContaining("/unit: ").hasMessageContaining("; /days: ").hasMessageContaining("; /tags/0: ");
    // a required argument sent as null is missing, as on the path for plain schemas
    assertThatThrownBy(() -> ToolArguments.parse("weather", "{\"unit\":null}", schema))
        .hasMessage("tool 'weather' is missing required argument 'unit'");
  }

  /**
   * A required argument whose schema allows null may be sent as null — what Pydantic and FastMCP
   * write for {@code x: int | None} ({@code anyOf} with a null branch) or a type list — while null
   * where the schema allows none is still a missing argument, and other violations keep their words.
   */
  @Test
  void aRequiredArgumentWhoseSchemaAllowsNullMayBeNull() {
    String anyOf = "{\"type\":\"object\",\"properties\":{\"x\":{\"anyOf\":[{\"type\":\"integer\"},"
        + "{\"type\":\"null\"}]},\"n\":{\"type\":\"integer\"}},\"required\":[\"x\",\"n\"]}";
    assertThat(ToolArguments.parse("t", "{\"x\":null,\"n\":1}", anyOf).asMap()).containsEntry("x", null);
    assertThat(ToolArguments.parse("t", "{\"x\":3,\"n\":1}", anyOf).asMap()).containsEntry("x", 3);
    assertThatThrownBy(() -> ToolArguments.parse("t", "{\"n\":1}", anyOf))
        .hasMessage("tool 't' is missing required argument 'x'");
    assertThatThrownBy(() -> ToolArguments.parse("t", "{\"x\":null,\"n\":null}", anyOf))
        .hasMessage("tool 't' is missing required argument 'n'");
    assertThatThrownBy(() -> ToolArguments.parse("t", "{\"x\":null,\"n\":\"one\"}", anyOf))
        .hasMessageStartingWith("tool 't': arguments do not match the parameters schema: /n: ");
    String typeList = "{\"type\":\"object\",\"properties\":{\"x\":{\"type\":[\"string\",\"null\"]}},"
        + "\"required\":[\"x\"]}";
    assertThat(ToolArguments.parse("t", "{\"x\":null}", typeList).asMap()).containsEntry("x", null);
    String plainNull = "{\"type\":\"object\",\"properties\":{\"z\":{\"type\":\"null\"}},\"required\":[\"z\"]}";
    assertThat(ToolArguments.parse("t", "{\"z\":null}", plainNull).asMap()).containsEntry("z", null);
  }

  /**
   * A plain schema (primitive types and {@code required}) is checked without the validator; adding
   * a {@code $comment} sends the same schema through networknt. Both must accept the same calls.
   */
  @Test
  void plainSchemasAreCheckedAsTheValidatorChecksThem() {
    Map<String, List<String>> valuesByType = new LinkedHashMap<>();
    valuesByType.put("string", List.of("\"x\"", "\"\"", "\"3\""));
    valuesByType.put("integer", List.of("3", "-7", "0", "3.0", "1e3", "123456789012345678901234567890", "2.5"));
    valuesByType.put("number", List.of("2.5", "3", "-1e-3", "1.0"));
    valuesByType.put("boolean", List.of("true", "false"));
    valuesByType.put("array", List.of("[]", "[1,\"a\"]"));
    valuesByType.put("object", List.of("{}", "{\"k\":1}"));
    valuesByType.put("null", List.of("null"));
    List<String> types = List.copyOf(valuesByType.keySet());
    List<String> names = List.of("a", "b", "c");
    java.util.Random random = new java.util.Random(17);
    int accepted = 0;
    int rejected = 0;
    for (int round = 0; round < 1_000; round++) {
      StringBuilder props = new StringBuilder();
      StringBuilder args = new StringBuilder("{");
      for (String name : names) {
        String type = random.nextInt(6) == 0 ? null : types.get(random.nextInt(types.size()));
        props.append(props.length() == 0 ? "" : ",").append('"').append(name).append("\":{")
            .append(type == null ? "" : "\"type\":\"" + type + "\",").append("\"description\":\"d\"}");
        if (random.nextInt(5) != 0) {
          // mostly a value of the declared type (edge cases included), sometimes any value
          List<String> pool = valuesByType.get(type == null || random.nextInt(4) == 0
              ? types.get(random.nextInt(types.size())) : type);
          args.append(args.length() == 1 ? "" : ",").append('"').append(name).append("\":")
              .append(pool.get(random.nextInt(pool.size())));
        }
      }
      String required = random.nextBoolean() ? "" : ",\"required\":[\"" + names.get(random.nextInt(3)) + "\"]";
      String plain = "{\"type\":\"object\",\"properties\":{" + props + "}" + required + "}";
      String viaValidator = plain.substring(0, plain.length() - 1) + ",\"$comment\":\"same schema\"}";
      String json = args.append('}').toString();
      boolean accepts = accepts(plain, json);
      assertThat(accepts).as(plain + " " + json).isEqualTo(accepts(viaValidator, json));
      accepted += accepts ? 1 : 0;
      rejected += accepts ? 0 : 1;
    }
    assertThat(accepted).as("calls accepted").isGreaterThan(300);
    assertThat(rejected).as("calls rejected").isGreaterThan(300);
  }

  private static boolean accepts(String schema, String json) {
    try {
      ToolArguments.parse("t", json, schema);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void schemasThatAreNoJsonSchemaAreRefusedWhenToolsAreBuilt() {
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("{\"type\":\"object\",\"properties\":{\"i\":{\"type\":\"uuid\"}}}", "/properties/i/type: ");
    bad.put("{\"type\":\"object\",\"properties\":{\"i\":{\"minimum\":\"one\"}}}", "/properties/i/minimum: ");
    bad.put("{\"type\":\"object\",\"required\":\"i\"}", "/required: ");
    bad.put("{\"type\":\"object\",\"required\":[\"i\",\"i\"]}", "/required: ");
    bad.put("{\"type\":\"object\",\"properties\":{\"i\":{\"type\":null}}}", "/properties/i/type: ");
    bad.put("{\"type\":null}", "/type: ");
    bad.put("{\"type\":\"object\",\"properties\":{\"i\":{\"$ref\":\"#/$defs/none\"}}}", "");
    for (Map.Entry<String, String> b : bad.entrySet()) {
      assertThatThrownBy(() -> Tool.builder("t").parameters(b.getKey()).handler(inv -> "x").build())
          .as(b.getKey())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("tool 't': parameters schema is not a valid JSON Schema: " + b.getValue());
    }
  }

  @Test
  void schemasAreValidatedWhenToolsAreBuilt() {
    assertThatThrownBy(() -> ToolArguments.validateSchema("t", "{\"type\":"))
        .hasMessageStartingWith("tool 't': parameters schema is not valid JSON: ");
    assertThatThrownBy(() -> ToolArguments.validateSchema("t", "[]"))
        .hasMessage("tool 't': parameters schema must be a JSON object");
    ToolArguments.validateSchema("t", "{\"type\":\"object\"}");
  }

  @Test
  void canonicalJsonSortsKeysAndRefusesNonJson() {
    assertThat(ToolArguments.canonicalJson(" {\"b\": [1, {\"d\":1,\"c\":2}], \"a\": \"x\"} "))
        .isEqualTo("{\"a\":\"x\",\"b\":[1,{\"c\":2,\"d\":1}]}");
    assertThatThrownBy(() -> ToolArguments.canonicalJson("{oops")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not valid JSON: ");
  }
}
