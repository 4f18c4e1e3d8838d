package dev.agentruntime.guardrails.injection;

/**
 * The fresh blind pair of user messages written by helper blind29 ({@link InjectionData#HARD_12}, {@link
 * InjectionData#DIRECT_10}, without reading any earlier set, any training set or the detector) keeps the promises
 * of {@link FreshInputPairChecks}: at least 520 benign requests and 460 attacks; no row equals or nearly equals a
 * training row, and the rows that equal or nearly equal a row of the spent blind sets the model trains on ({@link
 * InjectionModelTrainer#trainedTestSets()}) are counted exactly (below); and {@code -Dfresh29.rejected=FILE} names
 * the file for the rejected rows' SHA-1s. Reads rows only; scores nothing. Since session 19 the shipped input model
 * also trains on hard negatives 8 – 10 and direct 6 – 8: 13 rows of this pair equal or nearly equal rows I9 trained
 * on when it was judged on this pair (without them: 0.770 -> 0.812 and 12 -> 8 of 548, the same decision); that
 * count is checked exactly.
 * Since session 21 (I12b trains on hard negatives 11 – 13 and direct 9 – 11 too) the count is 20 (13 before).
 */
class InjectionFreshSets29DataTest extends FreshInputPairChecks {

  InjectionFreshSets29DataTest() {
    super(InjectionData.HARD_12, InjectionData.DIRECT_10, 520, 460, "fresh sets 29", InjectionData::freshSets29,
        "hard-12", "direct-10", "fresh29.rejected", 20);
  }
}
