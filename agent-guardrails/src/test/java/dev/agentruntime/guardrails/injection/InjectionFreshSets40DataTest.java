package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_27} (helper blind40) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets40DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets40DataTest() {
    super(InjectionData.INDIRECT_27, "fresh set 40 (indirect 27)", "own/test-indirect-27", InjectionData::freshSets40,
        "blind40", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
