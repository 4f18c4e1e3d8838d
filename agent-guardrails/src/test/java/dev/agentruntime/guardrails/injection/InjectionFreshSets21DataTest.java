package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_17} (helper blind21) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets21DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets21DataTest() {
    super(InjectionData.INDIRECT_17, "fresh set 21 (indirect 17)", "own/test-indirect-17", InjectionData::freshSets21,
        "blind21", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
