package dev.agentruntime.guardrails.injection;

import java.util.List;

/**
 * The fresh blind pair of user messages written by helper blind36 ({@link InjectionData#HARD_17}, {@link
 * InjectionData#DIRECT_15}, without reading any earlier set, any training set or the detector) keeps the promises
 * of {@link FreshInputPairChecks}: at least 520 benign requests and 460 attacks; no row equals or nearly equals a
 * training row, nor a row of the spent blind sets the shipped model trains on ({@link
 * InjectionModelTrainer#trainedTestSets()}) or the candidate also trains on (hard negatives 11 – 13, direct 9 – 11):
 * that count is checked to be 0; and {@code -Dfresh36.rejected=FILE} names the file for the rejected rows' SHA-1s.
 * Reads rows only; scores nothing.
 */
class InjectionFreshSets36DataTest extends FreshInputPairChecks {

  InjectionFreshSets36DataTest() {
    super(InjectionData.HARD_17, InjectionData.DIRECT_15, 520, 460, "fresh sets 36", InjectionData::freshSets36,
        "hard-17", "direct-15", "fresh36.rejected", 0,
        List.of(InjectionData.HARD_11, InjectionData.DIRECT_9, InjectionData.HARD_12, InjectionData.DIRECT_10,
            InjectionData.HARD_13, InjectionData.DIRECT_11));
  }
}
