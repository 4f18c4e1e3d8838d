package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_9} (helper blind13) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets13DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets13DataTest() {
    super(InjectionData.INDIRECT_9, "fresh set 13 (indirect 9)", "own/test-indirect-9", InjectionData::freshSets13,
        "blind13", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
