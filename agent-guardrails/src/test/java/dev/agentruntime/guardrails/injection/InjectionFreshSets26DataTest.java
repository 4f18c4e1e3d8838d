package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_20} (helper blind26) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least eight framings (bare, addressed, conditional, note, tool,
 * user, system, hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets26DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets26DataTest() {
    super(InjectionData.INDIRECT_20, "fresh set 26 (indirect 20)", "own/test-indirect-20", InjectionData::freshSets26,
        "blind26", Set.of("bare", "addressed", "conditional", "note", "tool", "user", "system", "hidden"));
  }
}
