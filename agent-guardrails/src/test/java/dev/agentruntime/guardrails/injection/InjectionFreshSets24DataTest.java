package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_19} (helper blind24) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets24DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets24DataTest() {
    super(InjectionData.INDIRECT_19, "fresh set 24 (indirect 19)", "own/test-indirect-19", InjectionData::freshSets24,
        "blind24", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
