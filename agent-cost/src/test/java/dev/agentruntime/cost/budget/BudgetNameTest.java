package dev.agentruntime.cost.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A budget's default name is the same whatever the JVM's default locale. */
class BudgetNameTest {

  @Test
  void defaultNamesDoNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR")); // lower-cases 'I' to a dotless 'ı'
      assertThat(Budget.perSession("1").name()).isEqualTo("session");
      assertThat(Budget.perUser(BudgetWindow.DAY, "1").name()).isEqualTo("user/day");
      assertThat(Budget.perTenant(BudgetWindow.MONTH, "1").name()).isEqualTo("tenant/month");
      assertThat(Budget.perRun("1").name()).isEqualTo("run");
    } finally {
      Locale.setDefault(before);
    }
  }
}
