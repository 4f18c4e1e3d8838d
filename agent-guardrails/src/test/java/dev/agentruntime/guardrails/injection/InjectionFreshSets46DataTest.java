package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_33} (helper blind46) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets46DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets46DataTest() {
    super(InjectionData.INDIRECT_33, "fresh set 46 (indirect 33)", "own/test-indirect-33", InjectionData::freshSets46,
        "blind46", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
