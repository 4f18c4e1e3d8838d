package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_22} (helper blind31) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets31DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets31DataTest() {
    super(InjectionData.INDIRECT_22, "fresh set 31 (indirect 22)", "own/test-indirect-22", InjectionData::freshSets31,
        "blind31", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
