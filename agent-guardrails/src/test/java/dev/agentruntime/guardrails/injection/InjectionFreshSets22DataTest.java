package dev.agentruntime.guardrails.injection;

/**
 * The fresh blind pair of user messages written by helper blind22 in session 18 ({@link InjectionData#HARD_9},
 * {@link InjectionData#DIRECT_7}, without reading any earlier set, any training set or the detector) keeps the
 * promises of {@link FreshInputPairChecks}: at least 520 benign requests and 460 attacks; no row equals or nearly
 * equals a training row, and the rows that equal or nearly equal a row of the spent blind sets the model trains on
 * ({@link InjectionModelTrainer#trainedTestSets()}) are counted exactly (below); and {@code
 * -Dfresh22.rejected=FILE} names the file for the rejected rows' SHA-1s. Reads rows only; scores nothing. Since
 * session 19 the shipped input model also trains on hard negatives 8 – 10 and direct 6 – 8: 7 rows of this pair
 * equal or nearly equal other trained authors' rows (it is trained on itself since then); that count is checked
 * exactly.
 * Since session 21 (I12b trains on hard negatives 11 – 13 and direct 9 – 11 too) the count is 13 (7 before).
 */
class InjectionFreshSets22DataTest extends FreshInputPairChecks {

  InjectionFreshSets22DataTest() {
    super(InjectionData.HARD_9, InjectionData.DIRECT_7, 520, 460, "fresh sets 22", InjectionData::freshSets22,
        "hard-9", "direct-7", "fresh22.rejected", 13);
  }
}
