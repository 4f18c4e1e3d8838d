package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_13} (helper blind17) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets17DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets17DataTest() {
    super(InjectionData.INDIRECT_13, "fresh set 17 (indirect 13)", "own/test-indirect-13", InjectionData::freshSets17,
        "blind17", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
