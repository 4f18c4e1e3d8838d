package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_37} (helper blind50) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets50DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets50DataTest() {
    super(InjectionData.INDIRECT_37, "fresh set 50 (indirect 37)", "own/test-indirect-37", InjectionData::freshSets50,
        "blind50", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
