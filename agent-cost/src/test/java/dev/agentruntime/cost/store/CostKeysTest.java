package dev.agentruntime.cost.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One store key per limiter, budget and subject: ids that differ never share a counter. */
class CostKeysTest {

  private final CostKeys keys = new CostKeys("ns");

  private static void allDistinct(List<String> list) {
    Set<String> set = list.stream().collect(Collectors.toSet());
    assertThat(set).as("keys of %s", list).hasSameSizeAs(list);
  }

  @Test
  void ordinaryKeysAreUnchanged() {
    assertThat(keys.rate("plan:acme/user:alice:rpm")).isEqualTo("{ns:rate:plan:acme/user:alice:rpm}");
    assertThat(keys.budget("user/day", "acme/alice")).isEqualTo("{ns:budget}:user/day:acme/alice");
    assertThat(keys.budget("global", "*")).isEqualTo("{ns:budget}:global:*");
    assertThat(CostKeys.userSubject("acme", "alice")).isEqualTo("acme/alice");
    assertThat(CostKeys.userSubject(null, "alice")).isEqualTo("alice");
  }

  @Test
  void limitersDifferingInBracesParenthesesOrTheirEncodingHaveKeysOfTheirOwn() {
    List<String> ks = List.of(keys.rate("bob{1}"), keys.rate("bob(1)"), keys.rate("bob%7B1%7D"),
        keys.rate("bob%7B1}"), keys.rate("bob%1"));
    allDistinct(ks);
    // one hash tag each: the limiter's whole key
    for (String k : ks) {
      assertThat(k.indexOf('{', 1)).as(k).isNegative();
      assertThat(k.indexOf('}')).as(k).isEqualTo(k.length() - 1);
    }
  }

  @Test
  void aBudgetNameAndASubjectNeverMakeAnotherNamesKey() {
    allDistinct(List.of(keys.budget("a:b", "c"), keys.budget("a", "b:c"), keys.budget("a%3Ab", "c"),
        keys.budget("a%b", "c")));
  }

  @Test
  void aTenantAndAUserNeverMakeAnotherPairsSubject() {
    allDistinct(List.of(CostKeys.userSubject("a/b", "c"), CostKeys.userSubject("a", "b/c"),
        CostKeys.userSubject(null, "a/b/c"), CostKeys.userSubject("a%2Fb", "c"), CostKeys.userSubject(null, "a%2Fb/c")));
  }
}
