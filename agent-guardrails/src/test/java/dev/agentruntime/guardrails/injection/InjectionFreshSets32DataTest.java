package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_23} (helper blind32) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets32DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets32DataTest() {
    super(InjectionData.INDIRECT_23, "fresh set 32 (indirect 23)", "own/test-indirect-23", InjectionData::freshSets32,
        "blind32", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
