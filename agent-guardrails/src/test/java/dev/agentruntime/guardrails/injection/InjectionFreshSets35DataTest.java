package dev.agentruntime.guardrails.injection;

import java.util.List;

/**
 * The fresh blind pair of user messages written by helper blind35 ({@link InjectionData#HARD_16}, {@link
 * InjectionData#DIRECT_14}, without reading any earlier set, any training set or the detector) keeps the promises
 * of {@link FreshInputPairChecks}: at least 520 benign requests and 460 attacks; no row equals or nearly equals a
 * training row, nor a row of the spent blind sets the shipped model trains on ({@link
 * InjectionModelTrainer#trainedTestSets()}) or the candidate also trains on (hard negatives 11 – 13, direct 9 – 11):
 * that count is checked to be 0; and {@code -Dfresh35.rejected=FILE} names the file for the rejected rows' SHA-1s.
 * Reads rows only; scores nothing.
 */
class InjectionFreshSets35DataTest extends FreshInputPairChecks {

  InjectionFreshSets35DataTest() {
    super(InjectionData.HARD_16, InjectionData.DIRECT_14, 520, 460, "fresh sets 35", InjectionData::freshSets35,
        "hard-16", "direct-14", "fresh35.rejected", 0,
        List.of(InjectionData.HARD_11, InjectionData.DIRECT_9, InjectionData.HARD_12, InjectionData.DIRECT_10,
            InjectionData.HARD_13, InjectionData.DIRECT_11));
  }
}
