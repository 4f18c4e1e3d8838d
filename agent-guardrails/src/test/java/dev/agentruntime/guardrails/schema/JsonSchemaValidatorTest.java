package dev.agentruntime.guardrails.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.guardrail.GuardrailDecision;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import dev.agentruntime.core.guardrail.GuardrailSubject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Schema draft 2020-12 through networknt: what the old hand-written validator ignored. */
class JsonSchemaValidatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s);
  }

  /** An order with a $defs/$ref'd address, a oneOf payment and formats. */
  private static final String ORDER = """
      {"$schema":"https://json-schema.org/draft/2020-12/schema",
       "type":"object","required":["id","email","ship_to","payment"],
       "properties":{
         "id":{"type":"integer","minimum":1},
         "email":{"type":"string","format":"email"},
         "placed":{"type":"string","format":"date"},
         "ship_to":{"$ref":"#/$defs/address"},
         "bill_to":{"$ref":"#/$defs/address"},
         "payment":{"oneOf":[
           {"type":"object","required":["card"],"properties":{"card":{"type":"string","pattern":"^[0-9]{4}$"}}},
           {"type":"object","required":["iban"],"properties":{"iban":{"type":"string"}}}]}},
       "$defs":{"address":{"type":"object","required":["city"],
                           "properties":{"city":{"type":"string","minLength":1}}}}}
      """;

  @Test
  void aValidOrderPasses() throws Exception {
    JsonSchemaValidator v = JsonSchemaValidator.of(ORDER);
    assertThat(v.validate(json("""
        {"id":7,"email":"ann@example.com","placed":"2026-12-01","ship_to":{"city":"Lyon"},
         "payment":{"card":"4242"}}"""))).isEmpty();
  }

  @Test
  void refIsFollowedNotIgnored() throws Exception {
    JsonSchemaValidator v = JsonSchemaValidator.of(ORDER);
    List<String> errors = v.validate(json("""
        {"id":7,"email":"ann@example.com","ship_to":{"town":"Lyon"},"bill_to":{"city":""},
         "payment":{"card":"4242"}}"""));
    assertThat(errors).anyMatch(e -> e.startsWith("/ship_to") && e.contains("city"));
    assertThat(errors).anyMatch(e -> e.startsWith("/bill_to/city"));
  }

  @Test
  void oneOfNeedsExactlyOneMatch() throws Exception {
    JsonSchemaValidator v = JsonSchemaValidator.of(ORDER);
    String base = "{\"id\":7,\"email\":\"ann@example.com\",\"ship_to\":{\"city\":\"Lyon\"},\"payment\":%s}";
    assertThat(v.validate(json(base.formatted("{\"iban\":\"FR76\"}")))).isEmpty();
    // both branches match: oneOf wants exactly one
    assertThat(v.validate(json(base.formatted("{\"card\":\"4242\",\"iban\":\"FR76\"}"))))
        .anyMatch(e -> e.startsWith("/payment") && e.contains("only one schema, but 2 are valid"));
    assertThat(v.validate(json(base.formatted("{\"cash\":true}"))))
        .anyMatch(e -> e.startsWith("/payment"));
  }

  @Test
  void formatsAreAsserted() throws Exception {
    JsonSchemaValidator v = JsonSchemaValidator.of(ORDER);
    List<String> errors = v.validate(json("""
        {"id":7,"email":"not an address","placed":"2026-13-45","ship_to":{"city":"Lyon"},
         "payment":{"card":"4242"}}"""));
    assertThat(errors).anyMatch(e -> e.startsWith("/email") && e.contains("email"));
    assertThat(errors).anyMatch(e -> e.startsWith("/placed") && e.contains("date"));
  }

  @Test
  void theClassicKeywordsStillReportWhereAndWhat() throws Exception {
    JsonSchemaValidator v = JsonSchemaValidator.of("""
        {"type":"object","required":["id","tags"],"additionalProperties":false,
         "properties":{"id":{"type":"integer","maximum":99},
                       "tags":{"type":"array","maxItems":2,"uniqueItems":true,"items":{"type":"string"}}}}""");
    List<String> errors = v.validate(json("{\"id\":500,\"tags\":[\"x\",\"x\",3],\"extra\":true}"));
    assertThat(errors).anyMatch(e -> e.startsWith("/id:") && e.contains("99"))
        .anyMatch(e -> e.startsWith("/tags/2:") && e.contains("string"))
        .anyMatch(e -> e.startsWith("/tags:"))
        .anyMatch(e -> e.contains("extra"));
    assertThat(v.validate(json("{\"tags\":[]}"))).anyMatch(e -> e.contains("id"));
    assertThat(v.validate(json("[1]"))).singleElement().asString().startsWith("/:").contains("object");
  }

  @Test
  void badSchemasAreRefusedNamingTheProblem() {
    assertThatThrownBy(() -> JsonSchemaValidator.of("{nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> JsonSchemaValidator.of("[1,2]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("object or boolean");
    assertThatThrownBy(() -> JsonSchemaValidator.of("{\"$ref\":\"#/$defs/missing\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema");
  }

  @Test
  void theGuardrailReasksWithTheSchemaErrorsForAnAnswerBreakingARef() {
    OutputSchemaGuardrail g = OutputSchemaGuardrail.of(ORDER);
    GuardrailDecision d = g.evaluate(new GuardrailSubject(GuardrailPoint.OUTPUT, """
        ```json
        {"id":7,"email":"ann@example.com","ship_to":{},"payment":{"card":"4242"}}
        ```""", null, null));
    assertThat(d).isInstanceOf(GuardrailDecision.Reask.class);
    assertThat(((GuardrailDecision.Reask) d).feedback()).contains("/ship_to").contains("city");
  }
}
