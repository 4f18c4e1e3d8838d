package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_14} (helper blind18) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least eight framings (bare, addressed, conditional, note, tool,
 * user, system, hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets18DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets18DataTest() {
    super(InjectionData.INDIRECT_14, "fresh set 18 (indirect 14)", "own/test-indirect-14", InjectionData::freshSets18,
        "blind18", Set.of("bare", "addressed", "conditional", "note", "tool", "user", "system", "hidden"));
  }
}
