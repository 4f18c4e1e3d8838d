package dev.agentruntime.guardrails.injection;

/**
 * The fresh blind pair of user messages written by helper blind29 ({@link InjectionData#HARD_12},
 * {@link InjectionData#DIRECT_10}, without reading any earlier set, any training set or the detector) keeps the
 * promises of {@link FreshInputPairChecks}: at least 520 benign requests and 460 attacks; the near-copy check also
 * counts the spent blind sets the model trains on ({@link InjectionModelTrainer#trainedTestSets()}) as training rows,
 * and {@code -Dfresh29.rejected=FILE} names the file for the rejected rows' SHA-1s. Reads rows only; scores nothing.
 */
class InjectionFreshSets29DataTest extends FreshInputPairChecks {

  InjectionFreshSets29DataTest() {
    super(InjectionData.HARD_12, InjectionData.DIRECT_10, 520, 460, "fresh sets 29", InjectionData::freshSets29,
        "hard-12", "direct-10", "fresh29.rejected", true);
  }
}
