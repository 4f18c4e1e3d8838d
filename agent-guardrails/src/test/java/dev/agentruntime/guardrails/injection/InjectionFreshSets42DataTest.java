package dev.agentruntime.guardrails.injection;

import java.util.Set;

/**
 * The fresh blind document set {@link InjectionData#INDIRECT_29} (helper blind42) keeps the promises of {@link
 * FreshIndirectSetChecks}; its planted rows use at least seven framings (bare, addressed, note, tool, user, system,
 * hidden). Reads rows only; scores nothing.
 */
class InjectionFreshSets42DataTest extends FreshIndirectSetChecks {

  InjectionFreshSets42DataTest() {
    super(InjectionData.INDIRECT_29, "fresh set 42 (indirect 29)", "own/test-indirect-29", InjectionData::freshSets42,
        "blind42", Set.of("bare", "addressed", "note", "tool", "user", "system", "hidden"));
  }
}
