package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_24} (helper blind37) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least eight framings (bare, addressed, note, tool, user, system,
 * hidden, conditional). Reads rows only; scores nothing.
 */
class InjectionFreshSets37DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets37DataTest() {
    super(InjectionData.INDIRECT_24, "fresh set 37 (indirect 24)", "own/test-indirect-24", InjectionData::freshSets37,
        "blind37", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden", "conditional"));
  }
}
