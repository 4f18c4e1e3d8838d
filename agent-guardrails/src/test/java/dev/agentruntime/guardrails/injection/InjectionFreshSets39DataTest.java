package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_26} (helper blind39) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets39DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets39DataTest() {
    super(InjectionData.INDIRECT_26, "fresh set 39 (indirect 26)", "own/test-indirect-26", InjectionData::freshSets39,
        "blind39", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
