package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_11} (helper blind15) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets15DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets15DataTest() {
    super(InjectionData.INDIRECT_11, "fresh set 15 (indirect 11)", "own/test-indirect-11", InjectionData::freshSets15,
        "blind15", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
