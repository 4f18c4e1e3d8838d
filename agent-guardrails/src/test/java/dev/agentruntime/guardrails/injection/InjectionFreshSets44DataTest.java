package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_31} (helper blind44) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets44DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets44DataTest() {
    super(InjectionData.INDIRECT_31, "fresh set 44 (indirect 31)", "own/test-indirect-31", InjectionData::freshSets44,
        "blind44", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
