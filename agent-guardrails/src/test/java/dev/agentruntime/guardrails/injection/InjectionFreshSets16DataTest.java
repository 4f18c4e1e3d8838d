package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_12} (helper blind16) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least eight framings (bare, addressed, note, tool, user, system,
 * hidden, conditional). Reads rows only; scores nothing.
 */
class InjectionFreshSets16DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets16DataTest() {
    super(InjectionData.INDIRECT_12, "fresh set 16 (indirect 12)", "own/test-indirect-12", InjectionData::freshSets16,
        "blind16", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden", "conditional"));
  }
}
