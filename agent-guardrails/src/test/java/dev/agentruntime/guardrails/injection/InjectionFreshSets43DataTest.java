package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_30} (helper blind43) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets43DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets43DataTest() {
    super(InjectionData.INDIRECT_30, "fresh set 43 (indirect 30)", "own/test-indirect-30", InjectionData::freshSets43,
        "blind43", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
