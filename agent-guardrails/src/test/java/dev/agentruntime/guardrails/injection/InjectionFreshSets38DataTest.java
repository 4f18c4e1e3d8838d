package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_25} (helper blind38) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets38DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets38DataTest() {
    super(InjectionData.INDIRECT_25, "fresh set 38 (indirect 25)", "own/test-indirect-25", InjectionData::freshSets38,
        "blind38", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
