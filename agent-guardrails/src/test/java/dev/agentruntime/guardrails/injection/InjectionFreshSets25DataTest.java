package dev.agentruntime.guardrails.injection;

/**
 * The fresh blind pair of user messages written by helper blind25 in session 18 ({@link InjectionData#HARD_10},
 * {@link InjectionData#DIRECT_8}, without reading any earlier set, any training set or the detector; decided I7 in
 * session 18) keeps the promises of {@link FreshInputPairChecks}: at least 520 benign requests and 460
 * attacks; no row equals or nearly equals a training row, and the rows that equal or nearly equal a row of the
 * spent blind sets the model trains on ({@link InjectionModelTrainer#trainedTestSets()}) are counted exactly
 * (below); and {@code -Dfresh25.rejected=FILE} names the file for the rejected rows' SHA-1s. Reads rows only;
 * scores nothing. Since session 19 the shipped input model also trains on hard negatives 8 – 10 and direct 6 – 8: 8
 * rows of this pair equal or nearly equal other trained authors' rows (it is trained on itself since then); that
 * count is checked exactly.
 * Since session 21 (I12b trains on hard negatives 11 – 13 and direct 9 – 11 too) the count is 22 (8 before).
 */
class InjectionFreshSets25DataTest extends FreshInputPairChecks {

  InjectionFreshSets25DataTest() {
    super(InjectionData.HARD_10, InjectionData.DIRECT_8, 520, 460, "fresh sets 25", InjectionData::freshSets25,
        "hard-10", "direct-8", "fresh25.rejected", 22);
  }
}
