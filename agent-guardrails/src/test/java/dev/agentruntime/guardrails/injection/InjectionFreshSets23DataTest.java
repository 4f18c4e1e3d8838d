package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_18} (helper blind23) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets23DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets23DataTest() {
    super(InjectionData.INDIRECT_18, "fresh set 23 (indirect 18)", "own/test-indirect-18", InjectionData::freshSets23,
        "blind23", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
