package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_15} (helper blind19) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets19DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets19DataTest() {
    super(InjectionData.INDIRECT_15, "fresh set 19 (indirect 15)", "own/test-indirect-15", InjectionData::freshSets19,
        "blind19", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
