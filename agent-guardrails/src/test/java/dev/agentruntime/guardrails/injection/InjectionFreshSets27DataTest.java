package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_21} (helper blind27) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use seven framings (bare, addressed, note, tool, user, system, hidden).
 * Reads rows only; scores nothing.
 */
class InjectionFreshSets27DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets27DataTest() {
    super(InjectionData.INDIRECT_21, "fresh set 27 (indirect 21)", "own/test-indirect-21", InjectionData::freshSets27,
        "blind27", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
