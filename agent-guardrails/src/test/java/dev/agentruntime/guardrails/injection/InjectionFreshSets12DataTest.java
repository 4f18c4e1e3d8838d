package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * Session 15's second fresh blind document set {@link InjectionData#INDIRECT_8} (helper blind12) keeps the promises
 * of {@link FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user,
 * system, hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets12DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets12DataTest() {
    super(InjectionData.INDIRECT_8, "fresh set 12 (indirect 8)", "own/test-indirect-8", InjectionData::freshSets12,
        "blind12", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
