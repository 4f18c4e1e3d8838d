package dev.agentruntime.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ToolSpec writes its equality out (cold start); it must stay the record's component-wise one. */
class ToolSpecTest {

  @Test
  void equalityIsComponentWise() {
    ToolSpec a = new ToolSpec("search", "Searches", "{\"type\":\"object\"}");
    ToolSpec same = new ToolSpec(new String("search"), new String("Searches"), new String("{\"type\":\"object\"}"));
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(new ToolSpec("search2", "Searches", "{\"type\":\"object\"}"))
        .isNotEqualTo(new ToolSpec("search", "Finds", "{\"type\":\"object\"}"))
        .isNotEqualTo(new ToolSpec("search", "Searches", "{}"))
        .isNotEqualTo(null)
        .isNotEqualTo("search");
    // normalised components take part as normalised
    assertThat(new ToolSpec("t", null, null)).isEqualTo(new ToolSpec("t", "", ToolSpec.NO_PARAMETERS));
    Set<ToolSpec> set = new HashSet<>();
    set.add(a);
    assertThat(set.contains(same)).isTrue();
    assertThat(a.toString()).isEqualTo("ToolSpec[name=search, description=Searches, parametersSchema={\"type\":\"object\"}]");
  }

  @Test
  void modelInfoEqualityIsComponentWise() {
    ModelInfo a = new ModelInfo("openai", "gpt-4o", "api.openai.com", 443);
    assertThat(a).isEqualTo(new ModelInfo(new String("openai"), new String("gpt-4o"), new String("api.openai.com"), 443))
        .hasSameHashCodeAs(new ModelInfo("openai", "gpt-4o", "api.openai.com", 443));
    assertThat(a).isNotEqualTo(new ModelInfo("openai", "gpt-4o", "api.openai.com", 444))
        .isNotEqualTo(new ModelInfo("openai", "gpt-4o", null, 443))
        .isNotEqualTo(new ModelInfo("azure", "gpt-4o", "api.openai.com", 443))
        .isNotEqualTo(new ModelInfo("openai", "gpt-4.1", "api.openai.com", 443));
    assertThat(ModelInfo.of("p", "m")).isEqualTo(new ModelInfo("p", "m", null, -1))
        .hasSameHashCodeAs(new ModelInfo("p", "m", null, -1));
  }
}
