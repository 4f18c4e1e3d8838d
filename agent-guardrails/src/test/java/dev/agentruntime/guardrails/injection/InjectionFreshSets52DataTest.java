package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_39} (helper blind52) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets52DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets52DataTest() {
    super(InjectionData.INDIRECT_39, "fresh set 52 (indirect 39)", "own/test-indirect-39", InjectionData::freshSets52,
        "blind52", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
