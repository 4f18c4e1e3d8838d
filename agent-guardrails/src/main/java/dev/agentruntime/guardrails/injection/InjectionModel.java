package dev.agentruntime.guardrails.injection;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learned half of the injection detector: a linear model (logistic regression) over hashed
 * word, bigram and character 4-gram features ({@link InjectionFeatures}), in the style of fastText
 * and Vowpal Wabbit.
 *
 * <p>Overview: every token's features add their weights into one number per token. The text is
 * read through a sliding window of {@link #window} tokens moved {@link #stride} tokens at a time
 * (a text shorter than one window is one window); the logit of a window is {@code bias + scale *
 * sum / sqrt(tokens)}, and the text gets the logit of its strongest window. So evidence from
 * unrelated sentences never adds up, and a long benign document scores like its most suspicious
 * passage, not like its length. The same windows are used in training (the trainer learns on each
 * text's strongest window), so the model is trained for exactly this use.
 *
 * <p>The weights are trained by {@code InjectionModelTrainer} (test scope; see the README) and
 * shipped as {@code injection-model.bin.gz} with one byte per bucket. The file also carries the
 * calibration that turns the model's logit and the rule score into one probability, and optionally two more weight
 * sets of the same form, each behind its own magic: the {@link #document} model (documents and tool results) and the
 * {@link #input} model (inputs only). A file without an input model scores inputs with this (the joint) model.
 */
final class InjectionModel {
  private static final int MAGIC = 0x41494D32; // "AIM2"
  private static final String RESOURCE = "injection-model.bin.gz";

  final int window;
  final int stride;
  final float bias;
  final float scale;
  /** the rule families the calibration weighs (all but LEARNED) */
  static final int FAMILIES = InjectionFamily.values().length - 1;

  /**
   * the number of calibration inputs: the model logit, the rule score, one per family, {@link #LAYOUT}, {@link #SPIKE},
   * the bias
   */
  static final int INPUTS = FAMILIES + 5;
  /**
   * the index of the calibration input that is 1 when the fake-delimiter evidence is layout alone
   * ({@link InjectionRules#layoutDelimiterOnly}); files written before session 19 have no weight for it (read as 0)
   */
  static final int LAYOUT = FAMILIES + 2;
  /**
   * the index of the calibration input that says how far the strongest window stands out: its logit minus the median
   * window's ({@link Window#spike}; 0 for a text of one window). A planted instruction is one passage unlike the rest of
   * its document, while a benign document written as instructions for people reads alike throughout. Only the document
   * model's calibration weighs it; files written before session 20 have no weight for it (read as 0).
   */
  static final int SPIKE = FAMILIES + 3;

  /**
   * The calibration: {@code p = sigmoid(calibration . x)} with {@code x = (model logit clamped to
   * [-20, 20], rule score, one indicator per rule family found, layout-only fake delimiter, spike, 1)}: the rules' families
   * carry evidence of different strength (a fake delimiter is rarely benign, a role-play phrase often is), and a
   * fake delimiter that is only a role label or literal line breaks ("System: backup done" in a log) weighs on its own.
   */
  final float[] calibration;
  /**
   * The calibration for documents and tool results ({@link PromptInjectionDetector#scoreDocument}),
   * of the same form: the input calibration with another bias. Without a {@link #document} model,
   * a higher bias, as high as the trainer's cross-validation keeps the false positives on benign
   * documents within bounds (in data, an instruction addressed to the reader is itself the sign).
   * With one, it applies to texts of at least {@link #DOCUMENT_MIN_CHARS} only, and since session 9
   * its bias lies far lower: long documents are left to the document model and the rules.
   */
  final float[] documentCalibration;
  final byte[] weights;
  /**
   * The model for documents and tool results, or null (then this model scores them too): the same
   * features with weights trained on documents only — indirect injections against benign documents
   * — because what is ordinary in a request ("send the report to Ana", an imperative addressed to
   * the assistant) is the very sign of an injection in data the agent reads. Its own calibration
   * ({@link #calibration}, equal to its {@link #documentCalibration}) turns its logit and the rule
   * score into a probability; a document scores the larger of that and this model's.
   */
  final @Nullable InjectionModel document;

  /**
   * The model for inputs ({@link PromptInjectionDetector#score}), or null (then this model scores them too): the same
   * features and windows with weights trained on this model's rows plus requests that only inputs are made of (benign
   * role-play set-ups and their contrast attacks, session 13), with its own input calibration. It never reads a
   * document or tool result: {@link PromptInjectionDetector#scoreDocument} uses this model and {@link #document}, so
   * what the input model learned cannot move a document's score. The input path still reads one weight set.
   */
  final @Nullable InjectionModel input;

  /**
   * The shortest text the document model reads: it learned benign documents of at least this
   * length only, so a short tool result ("order 42: shipped", "File uploaded.") lies outside what it
   * knows and is scored by this model alone.
   */
  static final int DOCUMENT_MIN_CHARS = 200;

  InjectionModel(int window, int stride, float bias, float scale, float[] calibration, byte[] weights) {
    this(window, stride, bias, scale, calibration, calibration, weights);
  }

  InjectionModel(int window, int stride, float bias, float scale, float[] calibration, float[] documentCalibration,
      byte[] weights) {
    this(window, stride, bias, scale, calibration, documentCalibration, weights, null);
  }

  InjectionModel(int window, int stride, float bias, float scale, float[] calibration, float[] documentCalibration,
      byte[] weights, @Nullable InjectionModel document) {
    this(window, stride, bias, scale, calibration, documentCalibration, weights, document, null);
  }

  InjectionModel(int window, int stride, float bias, float scale, float[] calibration, float[] documentCalibration,
      byte[] weights, @Nullable InjectionModel document, @Nullable InjectionModel input) {
    if (weights.length != 1 << InjectionFeatures.BITS) {
      throw new IllegalArgumentException("model has " + weights.length + " weights, expected 2^"
          + InjectionFeatures.BITS);
    }
    if (window < 1 || stride < 1 || stride > window) {
      throw new IllegalArgumentException("bad window " + window + " / stride " + stride);
    }
    this.window = window;
    this.stride = stride;
    this.bias = bias;
    this.scale = scale;
    if (calibration.length != INPUTS) {
      throw new IllegalArgumentException("expected " + INPUTS + " calibration weights, got "
          + calibration.length);
    }
    this.calibration = calibration.clone();
    if (documentCalibration.length != calibration.length) {
      throw new IllegalArgumentException("expected " + calibration.length + " document calibration weights, got "
          + documentCalibration.length);
    }
    this.documentCalibration = documentCalibration.clone();
    this.weights = weights;
    if (document != null && document.document != null) {
      throw new IllegalArgumentException("a document model cannot have a document model of its own");
    }
    this.document = document;
    if (input != null && (input.document != null || input.input != null)) {
      throw new IllegalArgumentException("an input model cannot have a document or input model of its own");
    }
    this.input = input;
  }

  /** @return the weight set that scores inputs: the {@link #input} model when there is one, else this model */
  InjectionModel forInputs() {
    return input != null ? input : this;
  }


  /** The shipped model, loaded once. */
  static final class Shipped {
    static final InjectionModel MODEL = load();

    private static InjectionModel load() {
      try (InputStream in = InjectionModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the injection model resource " + RESOURCE + " is missing from the jar");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the injection model " + RESOURCE, e);
      }
    }
  }

  static InjectionModel read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16));
    if (in.readInt() != MAGIC) {
      throw new IOException("not an injection model file (bad magic)");
    }
    return readBody(in, true);
  }

  /**
   * Reads one model after its magic: the header, the calibration, the weights, the optional
   * document calibration and (when {@code outer}) the optional document model and input model, each behind its own
   * magic ({@link #DOCUMENT_MAGIC}, {@link #INPUT_MAGIC}). Files written before session 13 end after the document
   * model; readers written before it stop reading there, so they load newer files too (without the input model).
   */
  private static InjectionModel readBody(DataInputStream in, boolean outer) throws IOException {
    int bits = in.readInt();
    if (bits != InjectionFeatures.BITS) {
      throw new IOException("model has 2^" + bits + " buckets, this version reads 2^" + InjectionFeatures.BITS);
    }
    int window = in.readInt();
    int stride = in.readInt();
    float bias = in.readFloat();
    float scale = in.readFloat();
    float[] cal = new float[in.readInt()];
    for (int i = 0; i < cal.length; i++) {
      cal[i] = in.readFloat();
    }
    cal = withNewInputs(cal);
    byte[] w = new byte[1 << bits];
    in.readFully(w);
    // the document calibration follows the weights (files without it use the input calibration)
    float[] doc = cal;
    int m = in.read();
    if (m >= 0) {
      int count = (m << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8) | in.readUnsignedByte();
      doc = new float[count];
      for (int i = 0; i < count; i++) {
        doc[i] = in.readFloat();
      }
      doc = withNewInputs(doc);
      if (doc.length != cal.length) {
        throw new IOException("model has " + count + " document calibration weights, expected " + cal.length);
      }
    }
    InjectionModel document = null;
    InjectionModel input = null;
    for (int d = outer ? in.read() : -1; d >= 0; d = in.read()) {
      int magic = (d << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8) | in.readUnsignedByte();
      if (magic == DOCUMENT_MAGIC && document == null && input == null) {
        document = readBody(in, false);
      } else if (magic == INPUT_MAGIC && input == null) {
        input = readBody(in, false);
      } else {
        throw new IOException("unexpected data after the model (not a document or input model)");
      }
    }
    return new InjectionModel(window, stride, bias, scale, cal, doc, w, document, input);
  }

  /**
   * @param cal a calibration as read: of {@link #INPUTS} weights, of one fewer (files of session 19, without the
   *     {@link #SPIKE} input) or of two fewer (files written before session 19, without {@link #LAYOUT} either)
   * @return it with {@link #INPUTS} weights, each missing weight 0 (so an older file scores as before)
   */
  private static float[] withNewInputs(float[] cal) throws IOException {
    if (cal.length == INPUTS) {
      return cal;
    }
    if (cal.length != INPUTS - 1 && cal.length != INPUTS - 2) {
      throw new IOException("model has " + cal.length + " calibration weights, expected " + INPUTS);
    }
    boolean hasLayout = cal.length == INPUTS - 1;
    float[] c = new float[INPUTS];
    System.arraycopy(cal, 0, c, 0, LAYOUT);
    if (hasLayout) {
      c[LAYOUT] = cal[LAYOUT];
    }
    c[INPUTS - 1] = cal[cal.length - 1];
    return c;
  }

  /** the magic in front of the document model inside the model file ("AIMD") */
  private static final int DOCUMENT_MAGIC = 0x41494D44;

  /** the magic in front of the input model inside the model file ("AIMI"), after the document model if any */
  private static final int INPUT_MAGIC = 0x41494D49;

  void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(gz);
    out.writeInt(MAGIC);
    writeBody(out);
    if (document != null) {
      out.writeInt(DOCUMENT_MAGIC);
      document.writeBody(out);
    }
    if (input != null) {
      out.writeInt(INPUT_MAGIC);
      input.writeBody(out);
    }
    out.flush();
    gz.finish();
  }

  private void writeBody(DataOutputStream out) throws IOException {
    out.writeInt(InjectionFeatures.BITS);
    out.writeInt(window);
    out.writeInt(stride);
    out.writeFloat(bias);
    out.writeFloat(scale);
    out.writeInt(calibration.length);
    for (float v : calibration) {
      out.writeFloat(v);
    }
    out.write(weights);
    out.writeInt(documentCalibration.length);
    for (float v : documentCalibration) {
      out.writeFloat(v);
    }
  }

  /**
   * The strongest window of a text.
   *
   * @param logit its logit
   * @param start where it starts in the text
   * @param end where it ends
   * @param spike its logit minus the median window's, in [0, 20] (0 for a text of one window, and when not asked for:
   *     {@link #strongest(String, boolean)})
   */
  record Window(double logit, int start, int end, double spike) {
    Window(double logit, int start, int end) {
      this(logit, start, end, 0);
    }
  }

  /**
   * @param text a text (normalised or raw)
   * @return the logit of its strongest window and where that window lies; logit -infinity and an
   *     empty span for text without tokens
   */
  Window strongest(String text) {
    return strongest(text, false);
  }

  /**
   * @param text a text (normalised or raw)
   * @param spike whether to work out the strongest window's {@link Window#spike} (keeps every window's sum: one long per
   *     {@link #stride} tokens)
   * @return as {@link #strongest(String)}, with the spike when asked for
   */
  Window strongest(String text, boolean spike) {
    // the features read a char array: a pooled buffer's, not a new copy per call (a copy of a
    // 1 MB text allocates 2 MB)
    Tokens buffer = Tokens.acquire(0);
    try {
      buffer.load(text);
      return strongest(text, new InjectionFeatures(buffer.chars, text.length()), spike);
    } finally {
      buffer.release();
    }
  }

  private Window strongest(String text, InjectionFeatures f, boolean spike) {
    final byte[] w = weights;
    final int size = window;
    final long[] cache = wordCache;
    int[] scratch = new int[InjectionFeatures.MAX_FEATURES];
    int[] ring = new int[size];
    int[] starts = new int[size];
    long sum = 0;
    int tokens = 0;
    long best = Long.MIN_VALUE;
    int bestStart = 0;
    int bestEnd = 0;
    int lastEnd = 0;
    int slot = 0; // tokens % size, kept without a division
    int nextCheck = size; // the next token count at which a window ends: size, size + stride, ...
    long[] sums = spike ? new long[64] : null;
    int windows = 0;
    while (f.nextToken()) {
      int s = w[f.bigram] + wordWeight(f, w, cache, scratch);
      if (f.pair >= 0) {
        s += w[f.pair];
      }
      if (tokens >= size) {
        sum -= ring[slot];
      }
      sum += s;
      ring[slot] = s;
      starts[slot] = f.start;
      tokens++;
      slot = slot + 1 == size ? 0 : slot + 1;
      if (tokens == nextCheck) {
        nextCheck += stride;
        if (sums != null) {
          if (windows == sums.length) {
            sums = Arrays.copyOf(sums, windows * 2);
          }
          sums[windows++] = sum;
        }
        if (sum > best) {
          best = sum;
          bestStart = starts[slot];
          bestEnd = f.start;
        }
      }
      lastEnd = f.start;
    }
    if (tokens == 0) {
      return new Window(Double.NEGATIVE_INFINITY, 0, 0);
    }
    if (tokens < size) {
      return new Window(logit(sum, tokens), 0, text.length());
    }
    if (tokens != nextCheck - stride) { // the last window, when no check ended there
      if (sums != null) {
        if (windows == sums.length) {
          sums = Arrays.copyOf(sums, windows + 1);
        }
        sums[windows++] = sum;
      }
      if (sum > best) {
        best = sum;
        bestStart = starts[slot];
        bestEnd = lastEnd;
      }
    }
    double s = sums == null ? 0 : Math.min(20, scale * (best - median(sums, windows)) / norm(size));
    return new Window(logit(best, size), bestStart, Math.min(text.length(), endOfToken(text, bestEnd)), s);
  }

  /** @return the median of the first {@code n} values (the mean of the middle two for even {@code n}); sorts them */
  static double median(long[] values, int n) {
    Arrays.sort(values, 0, n);
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + (double) values[n / 2]) / 2;
  }

  /** log2 of the entries of the word cache */
  private static final int CACHE_BITS = 14;
  private static final long KEY_MASK = ~0xFFFFL;
  private static final VarHandle CACHE = MethodHandles.arrayElementVarHandle(long[].class);

  /**
   * The summed weight of each recently seen token's own features (the word and its 4-grams; a CJK
   * character's or a run of symbols' one feature), shared by
   * all threads: a word's 4-grams are hashed once, not at every occurrence (most of a text's words
   * are a few hundred common ones). One entry is one long, the word's 64-bit hash with its low 16
   * bits replaced by the sum (|sum| is at most 127 x 28); read and written atomically (opaque), so a
   * race only costs a recomputation. A hit needs the slot and the top 48 bits of the hash to match.
   */
  private final long[] wordCache = new long[1 << CACHE_BITS];

  private static int wordWeight(InjectionFeatures f, byte[] w, long[] cache, int[] scratch) {
    // symbols and CJK characters too: their one feature is a random read in the weights, the
    // cache's entry most often a read in the cache
    long h = f.hash;
    int slot = (int) (h ^ (h >>> 32)) & ((1 << CACHE_BITS) - 1);
    long e = (long) CACHE.getOpaque(cache, slot);
    if (e != 0 && (e & KEY_MASK) == (h & KEY_MASK)) {
      return (short) e;
    }
    int n = f.wordFeatures(scratch);
    int s = 0;
    for (int i = 0; i < n; i++) {
      s += w[scratch[i]];
    }
    CACHE.setOpaque(cache, slot, (h & KEY_MASK) | (s & 0xFFFFL));
    return s;
  }

  double logit(long sum, int tokens) {
    return bias + scale * sum / norm(tokens);
  }

  /** the fewest tokens a window is normalised as, so a three-word text cannot swing the score */
  static final int MIN_NORM_TOKENS = 8;

  /** @return the divisor of a window's weight sum: the square root of its tokens, at least of {@link #MIN_NORM_TOKENS} */
  static double norm(int tokens) {
    return Math.sqrt(Math.max(tokens, MIN_NORM_TOKENS));
  }

  /** @return the calibration inputs of a model logit and a rule verdict, with a spike of 0 */
  static double[] calibrationInputs(double modelLogit, InjectionVerdict rules) {
    return calibrationInputs(modelLogit, 0, rules);
  }

  /** @return the calibration inputs of a model logit, its window's {@link Window#spike} and a rule verdict */
  static double[] calibrationInputs(double modelLogit, double spike, InjectionVerdict rules) {
    double[] x = new double[INPUTS];
    x[0] = Double.isInfinite(modelLogit) ? -20 : Math.max(-20, Math.min(20, modelLogit));
    x[1] = rules.score();
    for (InjectionFamily f : rules.families().keySet()) {
      if (f != InjectionFamily.LEARNED) {
        x[2 + f.ordinal()] = 1;
      }
    }
    x[LAYOUT] = InjectionRules.layoutDelimiterOnly(rules) ? 1 : 0;
    x[SPIKE] = spike;
    x[x.length - 1] = 1;
    return x;
  }

  double probability(double modelLogit, InjectionVerdict rules) {
    return probability(modelLogit, rules, false);
  }

  /**
   * @param document whether the text is data the agent reads (a tool result, a document) rather
   *     than a request: then the document calibration applies
   */
  double probability(double modelLogit, InjectionVerdict rules, boolean document) {
    return probability(modelLogit, 0, rules, document);
  }

  /** As {@link #probability(double, InjectionVerdict, boolean)}, with the model window's {@link Window#spike}. */
  double probability(double modelLogit, double spike, InjectionVerdict rules, boolean document) {
    float[] c = document ? documentCalibration : calibration;
    double[] x = calibrationInputs(modelLogit, spike, rules);
    double z = 0;
    for (int i = 0; i < x.length; i++) {
      z += c[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  private static int endOfToken(String text, int from) {
    int i = from;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
