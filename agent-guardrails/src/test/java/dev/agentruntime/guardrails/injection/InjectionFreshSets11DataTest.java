package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * Session 15's fresh blind document set {@link InjectionData#INDIRECT_7} (helper blind11) keeps the promises of
 * {@link FreshIndirectSetChecks}; its planted rows use at least six framings (bare, addressed, note, tool, user,
 * system). Reads rows only; scores nothing.
 */
class InjectionFreshSets11DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets11DataTest() {
    super(InjectionData.INDIRECT_7, "fresh set 11 (indirect 7)", "own/test-indirect-7", InjectionData::freshSets11,
        "blind11", Set.of("bare", "addressed", "note", "tool", "user", "system"));
  }
}
