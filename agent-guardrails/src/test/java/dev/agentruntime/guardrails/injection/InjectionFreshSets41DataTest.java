package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_28} (helper blind41) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets41DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets41DataTest() {
    super(InjectionData.INDIRECT_28, "fresh set 41 (indirect 28)", "own/test-indirect-28", InjectionData::freshSets41,
        "blind41", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
