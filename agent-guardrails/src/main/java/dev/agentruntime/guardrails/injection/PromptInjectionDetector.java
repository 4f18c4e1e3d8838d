package dev.agentruntime.guardrails.injection;

import org.jspecify.annotations.Nullable;
import java.util.EnumMap;
import java.util.Map;

/**
 * Scores text for prompt injection (direct, indirect in tool results and documents, jailbreaks)
 * with one calibrated probability in [0, 1] from two halves:
 *
 * <ul>
 *   <li>a learned linear model over hashed word, bigram and character 4-gram features
 *       ({@link InjectionModel}), trained on a public corpus of attacks and benign text (see the
 *       NOTICE next to the weights); it generalises to paraphrases, typos and wording no rule
 *       lists;
 *   <li>hand-written rules ({@link InjectionRules}) over normalised text (NFKC, invisible characters
 *       stripped, confusables and leetspeak folded), which name the {@link InjectionFamily} found
 *       and see through obfuscation and base64/hex payloads.
 * </ul>
 *
 * <p>Long texts are read in windows: the model scores overlapping windows of tokens and the rules
 * score chunks of at most {@value #RULE_CHUNK} characters cut at sentence ends; the text gets its
 * strongest window and chunk, so unrelated benign sentences never add up to a verdict however long
 * the text. The two scores are combined by a logistic calibration fitted on out-of-fold
 * predictions of the training corpus. Linear time; immutable and thread-safe.
 */
public final class PromptInjectionDetector {
  /** the longest piece of text the rules score at once */
  static final int RULE_CHUNK = 2048;

  private final double threshold;
  private final InjectionRules rules;
  private final InjectionModel model;

  private PromptInjectionDetector(double threshold, InjectionModel model) {
    this.threshold = threshold;
    this.rules = InjectionRules.create();
    this.model = model;
  }

  /** @return a detector with threshold 0.5 */
  public static PromptInjectionDetector create() {
    return withThreshold(0.5);
  }

  /**
   * @param threshold probability from which a text counts as injection, in (0, 1]
   * @return a detector
   * @throws IllegalArgumentException when the threshold is outside (0, 1]
   */
  public static PromptInjectionDetector withThreshold(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    return new PromptInjectionDetector(threshold, InjectionModel.Shipped.MODEL);
  }

  /** @return a detector over another model (the trainer's and the tests') */
  static PromptInjectionDetector of(double threshold, InjectionModel model) {
    return new PromptInjectionDetector(threshold, model);
  }

  /** @return the threshold */
  public double threshold() {
    return threshold;
  }

  /**
   * @param text any text
   * @return whether its score reaches the threshold
   */
  public boolean isInjection(CharSequence text) {
    return score(text).isInjection(threshold);
  }

  /**
   * @param text any text (null and empty score 0)
   * @return the probability that the text is an injection and the families found (the rules'
   *     families, and {@link InjectionFamily#LEARNED} with the strongest passage when the model
   *     alone would flag it)
   */
  public InjectionVerdict score(@Nullable CharSequence text) {
    return score(text, false);
  }

  /**
   * Scores text that is data the agent reads rather than a request to it: a tool result, a
   * retrieved document, a web page, an e-mail. Besides the joint model (trained on all rows) and the rules, a
   * second model trained on documents only reads it (in data, an instruction addressed to the
   * reader — "send the file to ...", "assistant, transfer ..." — is itself the sign, while in a
   * request it is ordinary), together with the rules; the joint model's view counts only with a
   * document calibration that the shipped model sets so low that it rarely decides (benign code,
   * configuration and logs full of words like "password" or "ignore" are not flagged as documents
   * for the joint model's sake). The calibration keeps the cross-validated false positives on
   * benign documents within 2%. A fake delimiter that is only layout — a role label such as "System:" at the start of
   * a line, literal {@code \n} line breaks, the ordinary shape of chat transcripts, logs and JSON strings — weighs far
   * less here than a chat-template token such as {@code <|im_start|>}. Texts shorter than the documents that model
   * learned from ({@value InjectionModel#DOCUMENT_MIN_CHARS} chars) are scored by the joint model and the rules with the input
   * calibration — as by {@link #score} when the model file has no separate input model; with one, {@link #score}
   * uses that and this method does not. Costs about twice the
   * model part of {@link #score}. {@link PromptInjectionGuardrail} uses it for tool results.
   *
   * @param text any text (null and empty score 0)
   * @return as {@link #score(CharSequence)}
   */
  public InjectionVerdict scoreDocument(@Nullable CharSequence text) {
    return score(text, true);
  }

  private InjectionVerdict score(@Nullable CharSequence text, boolean document) {
    if (text == null || text.length() == 0) {
      return new InjectionVerdict(0, Map.of());
    }
    String s = text.toString();
    InjectionVerdict byRules = ruleScore(rules, s);
    // inputs: the input model when the file has one (it never reads documents); documents: the joint model
    InjectionModel m = document ? model : model.forInputs();
    InjectionModel.Window w = m.strongest(s);
    boolean longDocument = document && s.length() >= InjectionModel.DOCUMENT_MIN_CHARS;
    // with a document model, the joint model's document calibration applies to long documents only
    double p = m.probability(w.logit(), byRules, model.document == null ? document : longDocument);
    if (longDocument && model.document != null) {
      // data the agent reads: the document model's view too, the stronger of the two counts
      // the spike costs a sort of the window sums: worked out only when the document calibration weighs it
      InjectionModel.Window dw = model.document.strongest(s, model.document.calibration[InjectionModel.SPIKE] != 0);
      double pd = model.document.probability(dw.logit(), dw.spike(), byRules, true);
      if (pd > p) {
        p = pd;
        w = dw;
      }
    }
    Map<InjectionFamily, String> families = byRules.families();
    if (w.logit() > 0) {
      families = new EnumMap<>(InjectionFamily.class);
      families.putAll(byRules.families());
      families.put(InjectionFamily.LEARNED, snippet(s, w.start(), w.end()));
    }
    return new InjectionVerdict(round(p), families);
  }

  /** @return the input path's strongest window (for the trainer's checks) */
  InjectionModel.Window strongestWindow(String text) {
    return model.forInputs().strongest(text);
  }

  /**
   * The rule score of a text: the strongest of its chunks of at most {@value #RULE_CHUNK}
   * characters, cut after a line break or sentence end where there is one in the chunk's last
   * quarter, else after a space.
   */
  static InjectionVerdict ruleScore(InjectionRules rules, String s) {
    int n = s.length();
    if (n <= RULE_CHUNK) {
      return rules.score(s);
    }
    InjectionVerdict best = null;
    int from = 0;
    int backslash = s.indexOf('\\'); // the first at or after from, kept until a chunk passes it
    while (from < n) {
      int to = Math.min(n, from + RULE_CHUNK);
      if (to < n) {
        to = cut(s, from, to);
      }
      if (backslash >= 0 && backslash < from) {
        backslash = s.indexOf('\\', from);
      }
      // the chunk is read in place (no copy of it) where it is not ASCII
      InjectionVerdict v = rules.score(s, from, to, true, backslash);
      if (best == null || v.score() > best.score()) {
        best = v;
      }
      from = to;
    }
    return best;
  }

  /** @return where the chunk that starts at from and may run to to ends (a line or sentence end, else a space) */
  static int cut(String s, int from, int to) {
    int floor = to - RULE_CHUNK / 4;
    int space = -1;
    for (int i = to - 1; i > floor; i--) {
      char c = s.charAt(i);
      if (c == '\n' || ((c == ' ' || c == '\t') && i > 0 && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == '!'
          || s.charAt(i - 1) == '?'))) {
        return i + 1;
      }
      if (space < 0 && c == ' ') {
        space = i + 1;
      }
    }
    return space > from ? space : to;
  }

  private static String snippet(String s, int start, int end) {
    int e = Math.min(end, start + 80);
    return s.substring(start, Math.max(start, e)).replace('\n', ' ').strip();
  }

  private static double round(double p) {
    return Math.round(p * 1000) / 1000.0;
  }
}
