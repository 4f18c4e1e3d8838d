package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_38} (helper blind51) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets51DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets51DataTest() {
    super(InjectionData.INDIRECT_38, "fresh set 51 (indirect 38)", "own/test-indirect-38", InjectionData::freshSets51,
        "blind51", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
