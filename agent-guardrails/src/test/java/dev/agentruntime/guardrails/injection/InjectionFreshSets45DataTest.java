package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_32} (helper blind45) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets45DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets45DataTest() {
    super(InjectionData.INDIRECT_32, "fresh set 45 (indirect 32)", "own/test-indirect-32", InjectionData::freshSets45,
        "blind45", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
