package dev.agentruntime.guardrails.injection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the fresh-set data tests ({@code InjectionFreshSets*DataTest}) ask of a set's rows: texts, counts per field
 * value, the largest share of one group or template, duplicates after {@link InjectionFreshSetsDataTest#norm}, and
 * the language mix the blind authors were asked for. Reads rows only; scores nothing.
 */
final class FreshSetRows {

  private FreshSetRows() {}

  /** the loader of a fresh set's rows as {@link InjectionData.Row}s (test rows): {@code InjectionData.freshSetsN} */
  interface Loader {
    List<InjectionData.Row> load() throws java.io.IOException;
  }

  static List<String> texts(List<JsonNode> rows) {
    List<String> out = new ArrayList<>();
    rows.forEach(n -> out.add(n.get("text").asText()));
    return out;
  }

  /** @return how many texts equal an earlier one after lower-casing and folding white space */
  static int duplicates(List<String> texts) {
    Set<String> distinct = new HashSet<>();
    int duplicates = 0;
    for (String t : texts) {
      if (!distinct.add(InjectionFreshSetsDataTest.norm(t))) {
        duplicates++;
      }
    }
    return duplicates;
  }

  static void noDuplicates(List<JsonNode> rows) {
    assertThat(duplicates(texts(rows))).as("rows equal to an earlier row of the same set").isZero();
  }

  /** @return the largest number of rows one value of a field holds */
  static long largestShare(List<JsonNode> rows, String field) {
    Map<String, Long> counts = new HashMap<>();
    rows.forEach(n -> counts.merge(n.get(field).asText(), 1L, Long::sum));
    return counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
  }

  /** @return the largest number of rows one template (the group up to its first '/') holds */
  static long largestTemplateShare(List<JsonNode> rows) {
    Map<String, Long> counts = new HashMap<>();
    rows.forEach(n -> counts.merge(n.get("group").asText().split("/")[0], 1L, Long::sum));
    return counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
  }

  /** @return the number of templates (groups up to their first '/') */
  static long templates(List<JsonNode> rows) {
    return rows.stream().map(n -> n.get("group").asText().split("/")[0]).distinct().count();
  }

  static long distinct(List<JsonNode> rows, String field) {
    return rows.stream().map(n -> n.get(field).asText()).distinct().count();
  }

  static long count(List<JsonNode> rows, String field, String... values) {
    Set<String> in = Set.of(values);
    return rows.stream().filter(n -> in.contains(n.get(field).asText())).count();
  }

  /** About 20% German and French together, the two within 2% of the set of each other, and some Spanish. */
  static void aboutAFifthGermanAndFrench(List<JsonNode> rows) {
    int n = rows.size();
    long de = count(rows, "lang", "de");
    long fr = count(rows, "lang", "fr");
    assertThat(de + fr).as("German and French rows").isBetween(Math.round(0.17 * n), Math.round(0.23 * n));
    assertThat(Math.abs(de - fr)).as("German minus French rows").isLessThanOrEqualTo(Math.round(0.02 * n));
    assertThat(count(rows, "lang", "es")).as("Spanish rows").isBetween(5L, Math.round(0.05 * n));
    assertThat(count(rows, "lang", "en")).as("English rows").isGreaterThanOrEqualTo(Math.round(0.7 * n));
  }

  /** Asserts that no text of one set equals (after {@link InjectionFreshSetsDataTest#norm}) a text of the other. */
  static void assertShareNoText(String hardResource, String directResource) throws java.io.IOException {
    List<String> both = new ArrayList<>(texts(InjectionData.jsonLines(hardResource)));
    both.addAll(texts(InjectionData.jsonLines(directResource)));
    assertThat(duplicates(both)).isZero();
  }

  /**
   * Asserts that the loader read a pair of fresh sets as test rows only: every row, its source
   * ({@code own/test-<hard>:<group>}, {@code own/test-<direct>:<group>}), labels 0 and 1, and the kind and language
   * fields.
   *
   * @param rows what the loader returned for the pair
   * @param hard the benign set's source name, e.g. {@code hard-5}
   * @param direct the attack set's source name, e.g. {@code direct-3}
   */
  static void assertLoadedAsTestRows(List<InjectionData.Row> rows, String hardResource, String directResource,
      String hard, String direct) throws java.io.IOException {
    List<JsonNode> hardRows = InjectionData.jsonLines(hardResource);
    List<JsonNode> directRows = InjectionData.jsonLines(directResource);
    assertThat(rows).hasSize(hardRows.size() + directRows.size());
    assertThat(rows).allSatisfy(r -> assertThat(r.test()).isTrue());
    assertThat(rows).allSatisfy(r -> assertThat(r.source()).matches("own/test-(" + hard + "|" + direct + "):.+"));
    assertThat(rows.stream().filter(r -> r.source().startsWith("own/test-" + hard + ":")).allMatch(r -> r.label() == 0))
        .isTrue();
    assertThat(rows.stream().filter(r -> r.source().startsWith("own/test-" + direct + ":")).allMatch(r -> r.label() == 1))
        .isTrue();
    // the kind and language fields reach the rows
    assertThat(rows.stream().filter(r -> r.kind().equals("jailbreak")).count())
        .isEqualTo(count(directRows, "kind", "jailbreak"));
    for (String lang : new String[] {"de", "fr"}) {
      assertThat(rows.stream().filter(r -> r.lang().equals(lang)).count())
          .isEqualTo(count(hardRows, "lang", lang) + count(directRows, "lang", lang));
    }
  }
}
