package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_10} (helper blind14) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets14DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets14DataTest() {
    super(InjectionData.INDIRECT_10, "fresh set 14 (indirect 10)", "own/test-indirect-10", InjectionData::freshSets14,
        "blind14", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
