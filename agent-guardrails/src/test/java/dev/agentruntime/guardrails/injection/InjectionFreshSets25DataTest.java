package dev.agentruntime.guardrails.injection;

/**
 * The fresh blind pair of user messages written by helper blind25 in session 18 ({@link InjectionData#HARD_10},
 * {@link InjectionData#DIRECT_8}, without reading any earlier set, any training set or the detector; unscored, kept
 * for the next candidate) keeps the promises of {@link FreshInputPairChecks}: at least 520 benign requests and 460
 * attacks; the near-copy check also counts the spent blind sets the model trains on ({@link
 * InjectionModelTrainer#trainedTestSets()}) as training rows, and {@code -Dfresh25.rejected=FILE} names the file for
 * the rejected rows' SHA-1s. Reads rows only; scores nothing.
 */
class InjectionFreshSets25DataTest extends FreshInputPairChecks {

  InjectionFreshSets25DataTest() {
    super(InjectionData.HARD_10, InjectionData.DIRECT_8, 520, 460, "fresh sets 25", InjectionData::freshSets25,
        "hard-10", "direct-8", "fresh25.rejected", true);
  }
}
