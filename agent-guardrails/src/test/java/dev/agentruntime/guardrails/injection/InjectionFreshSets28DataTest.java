package dev.agentruntime.guardrails.injection;

/**
 * The fresh blind pair of user messages written by helper blind28 ({@link InjectionData#HARD_11}, {@link
 * InjectionData#DIRECT_9}, without reading any earlier set, any training set or the detector) keeps the promises of
 * {@link FreshInputPairChecks}: at least 520 benign requests and 460 attacks; no row equals or nearly equals a
 * training row, and the rows that equal or nearly equal a row of the spent blind sets the model trains on ({@link
 * InjectionModelTrainer#trainedTestSets()}) are counted exactly (below); (through the four-argument {@link
 * InjectionFreshSetsDataTest#assertNoTrainingMatch}), and {@code -Dfresh28.rejected=FILE} names the file for the
 * rejected rows' SHA-1s. Reads rows only; scores nothing. Since session 19 the shipped input model also trains on
 * hard negatives 8 – 10 and direct 6 – 8: 14 rows of this pair equal or nearly equal rows I8 trained on when it was
 * judged on this pair (I8's figures without them: the same decision); that count is checked exactly.
 * Since session 21 (I12b trains on hard negatives 11 – 13 and direct 9 – 11 too) the count is 20 (14 before).
 */
class InjectionFreshSets28DataTest extends FreshInputPairChecks {

  InjectionFreshSets28DataTest() {
    super(InjectionData.HARD_11, InjectionData.DIRECT_9, 520, 460, "fresh sets 28", InjectionData::freshSets28,
        "hard-11", "direct-9", "fresh28.rejected", 20);
  }
}
