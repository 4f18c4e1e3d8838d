package dev.agentruntime.guardrails.injection;

/**
 * The fresh blind pair of user messages written by helper blind28 ({@link InjectionData#HARD_11},
 * {@link InjectionData#DIRECT_9}, without reading any earlier set, any training set or the detector) keeps the
 * promises of {@link FreshInputPairChecks}: at least 520 benign requests and 460 attacks; the near-copy check also
 * counts the spent blind sets the model trains on ({@link InjectionModelTrainer#trainedTestSets()}) as training rows
 * (through the four-argument {@link InjectionFreshSetsDataTest#assertNoTrainingMatch}), and
 * {@code -Dfresh28.rejected=FILE} names the file for the rejected rows' SHA-1s. Reads rows only; scores nothing.
 */
class InjectionFreshSets28DataTest extends FreshInputPairChecks {

  InjectionFreshSets28DataTest() {
    super(InjectionData.HARD_11, InjectionData.DIRECT_9, 520, 460, "fresh sets 28", InjectionData::freshSets28,
        "hard-11", "direct-9", "fresh28.rejected", true);
  }
}
