package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_35} (helper blind48) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets48DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets48DataTest() {
    super(InjectionData.INDIRECT_35, "fresh set 48 (indirect 35)", "own/test-indirect-35", InjectionData::freshSets48,
        "blind48", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
