package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_36} (helper blind49) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets49DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets49DataTest() {
    super(InjectionData.INDIRECT_36, "fresh set 49 (indirect 36)", "own/test-indirect-36", InjectionData::freshSets49,
        "blind49", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
