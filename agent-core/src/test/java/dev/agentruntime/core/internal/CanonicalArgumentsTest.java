package dev.agentruntime.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loop detection compares tool calls by their canonical arguments, now written with Jackson's
 * streaming API: the text must be what Jackson's data binding with sorted keys gave.
 */
class CanonicalArgumentsTest {
  private static final ObjectMapper SORTED =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  @Test
  void canonicalFormIsJacksonsWithKeysSortedAtEveryDepth() throws Exception {
    for (String json : List.of(
        "{\"b\":1,\"a\":{\"d\":[3,{\"z\":true,\"y\":null}],\"c\":\"t\\u00e9xt \\\"q\\\"\\n\"}}",
        "{\"n\":1.50,\"m\":-0.0,\"l\":1e21,\"k\":12345678901234567890123,\"j\":3000000000}",
        "[{\"b\":2,\"a\":1}]",
        "  {\"a\" : [ ] , \"b\" : { } }  ",
        "\"text\"",
        "null")) {
      String expected = SORTED.writeValueAsString(SORTED.readValue(json, Object.class));
      assertThat(LimitsInterceptor.canonical(json)).as(json).isEqualTo(expected);
    }
    assertThat(LimitsInterceptor.canonical("{\"b\":1,\"a\":2}")).isEqualTo(LimitsInterceptor.canonical("{\"a\":2, \"b\":1}"));
  }

  @Test
  void textThatIsNotJsonIsComparedAsWritten() {
    assertThat(LimitsInterceptor.canonical("  not json ")).isEqualTo("not json");
    assertThat(LimitsInterceptor.canonical("{}")).isEqualTo("{}");
    assertThat(LimitsInterceptor.canonical("")).isEqualTo("");
  }
}
