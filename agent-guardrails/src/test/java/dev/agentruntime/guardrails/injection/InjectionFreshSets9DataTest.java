package dev.agentruntime.guardrails.injection;

/**
 * Session 14's fresh blind sets ({@link InjectionData#HARD_8}, {@link InjectionData#DIRECT_6}, written by helper blind9
 * without reading any earlier set or training set) keep the promises of {@link FreshInputPairChecks}: at least 500
 * benign requests and 450 attacks. Written before the model trained on blind sets, so the near-copy check counts the
 * training files only. Reads rows only; scores nothing.
 */
class InjectionFreshSets9DataTest extends FreshInputPairChecks {

  InjectionFreshSets9DataTest() {
    super(InjectionData.HARD_8, InjectionData.DIRECT_6, 500, 450, "fresh sets 9", InjectionData::freshSets9, "hard-8",
        "direct-6", "fresh9.rejected", -1);
  }
}
