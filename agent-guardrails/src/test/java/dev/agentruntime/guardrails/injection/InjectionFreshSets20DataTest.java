package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_16} (helper blind20) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets20DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets20DataTest() {
    super(InjectionData.INDIRECT_16, "fresh set 20 (indirect 16)", "own/test-indirect-16", InjectionData::freshSets20,
        "blind20", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
