package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_34} (helper blind47) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets47DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets47DataTest() {
    super(InjectionData.INDIRECT_34, "fresh set 47 (indirect 34)", "own/test-indirect-34", InjectionData::freshSets47,
        "blind47", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
