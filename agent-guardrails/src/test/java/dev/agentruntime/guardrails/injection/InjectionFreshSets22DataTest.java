package dev.agentruntime.guardrails.injection;

/**
 * The fresh blind pair of user messages written by helper blind22 in session 18 ({@link InjectionData#HARD_9},
 * {@link InjectionData#DIRECT_7}, without reading any earlier set, any training set or the detector) keeps the
 * promises of {@link FreshInputPairChecks}: at least 520 benign requests and 460 attacks; the near-copy check also
 * counts the spent blind sets the model trains on ({@link InjectionModelTrainer#trainedTestSets()}) as training rows,
 * and {@code -Dfresh22.rejected=FILE} names the file for the rejected rows' SHA-1s. Reads rows only; scores nothing.
 */
class InjectionFreshSets22DataTest extends FreshInputPairChecks {

  InjectionFreshSets22DataTest() {
    super(InjectionData.HARD_9, InjectionData.DIRECT_7, 520, 460, "fresh sets 22", InjectionData::freshSets22,
        "hard-9", "direct-7", "fresh22.rejected", true);
  }
}
