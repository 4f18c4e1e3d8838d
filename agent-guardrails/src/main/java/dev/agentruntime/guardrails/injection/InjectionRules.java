package dev.agentruntime.guardrails.injection;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.guardrails.text.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores text for prompt injection with phrase heuristics over normalised text (see
 * {@link TextNormalizer}). Each {@link InjectionFamily} found contributes a weight; weights combine
 * like independent probabilities ({@code 1 - prod(1 - w)}), so one strong sign (an imperative
 * "ignore all previous instructions") or several weak ones (a context switch plus forced output)
 * reach the default threshold of 0.5, while benign text that merely contains a trigger word
 * ("I ignored the setup instructions") stays low. English and German phrasings, plus common
 * Spanish, French, Russian and Croatian override verbs. Linear time; immutable and thread-safe.
 *
 * <p>How the file reads, top to bottom:
 *
 * <ol>
 *   <li>the vocabulary, as data: word classes (override verbs, targets such as "instructions", the
 *       second person, ...), the rule weights ({@code W_...}, one named constant per rule), the
 *       fake delimiters and the phrase tables (phrase=weight, one table per family);
 *   <li>the vocabulary's lookup tables (an open-addressing table of the words, and packed tables
 *       the ASCII fast path reads eight bytes at a time);
 *   <li>{@code score}: raw text to verdict, through {@link Tokens} (its own file: normalisation
 *       and tokenising, with the plain ASCII fast path checked against the full
 *       {@link TextNormalizer} by {@code FastPathEquivalenceTest});
 *   <li>the rules: per-word rules (override, exfiltration, "act as", "you are now", forced
 *       output), phrases, role labels, layout (spaced letters, escaped line breaks) and encoded
 *       payloads (decoded by {@link InjectionDecoders}, then scored like any text).
 * </ol>
 *
 * <p>A hit inside a quotation embedded in a sentence ("what does 'ignore previous instructions'
 * mean?") is mentioned, not addressed, and weighs at most {@code MENTIONED}; a forced output
 * offered as alternatives ("say yes or no") or described by its kind ("respond with a haiku") is an
 * answer format and does not count.
 */
final class InjectionRules {
  // word classes (bit flags)
  private static final int IGN = 1;
  private static final int STRONG = 1 << 1;
  private static final int TGT = 1 << 2;
  private static final int YOU = 1 << 3;
  private static final int NOW = 1 << 4;
  private static final int SHOW = 1 << 5;
  private static final int PROMPT = 1 << 6;
  private static final int NEW = 1 << 7;
  private static final int TASK = 1 << 8;
  private static final int SAY = 1 << 9;
  private static final int JUST = 1 << 10;
  private static final int CTX = 1 << 11;
  private static final int NEG = 1 << 12;
  private static final int DET = 1 << 13;
  private static final int PRAISE = 1 << 14;
  private static final int WEAK = 1 << 15;
  /** internal: "what", "act", "you" or "you're", the words with rules of their own in words() */
  private static final int SPECIAL = 1 << 16;
  /** internal: "system", "assistant", "human", "tool", "developer", the role labels of roleLabels() */
  private static final int ROLE = 1 << 17;

  private static final Map<String, Integer> CLASSES = new HashMap<>();

  private static void put(int cls, String words) {
    for (String w : words.split(" ")) {
      CLASSES.merge(w, cls, (a, b) -> a | b);
    }
  }

  static {
    put(IGN, InjectionVocabulary.OVERRIDE_VERBS);
    put(STRONG, InjectionVocabulary.STRONG_QUALIFIERS);
    put(WEAK, InjectionVocabulary.WEAK_QUALIFIERS);
    put(TGT, InjectionVocabulary.OVERRIDE_TARGETS);
    put(YOU, InjectionVocabulary.SECOND_PERSON);
    put(NOW, InjectionVocabulary.NOW);
    put(SHOW, InjectionVocabulary.SHOW_VERBS);
    put(PROMPT, InjectionVocabulary.PROMPT_WORDS);
    put(NEW, InjectionVocabulary.NEW_WORDS);
    put(TASK, InjectionVocabulary.TASK_WORDS);
    put(SAY, InjectionVocabulary.SAY_VERBS);
    put(JUST, InjectionVocabulary.ONLY_WORDS);
    put(CTX, InjectionVocabulary.CLAUSE_LEADERS);
    put(NEG, InjectionVocabulary.NEGATIONS);
    put(DET, InjectionVocabulary.DETERMINERS);
    put(PRAISE, InjectionVocabulary.PRAISE);
  }

  // ---- the weights of the rules (each a probability-like strength; a family's hits combine as
  // 1 - prod(1 - w), capped at W_FAMILY_CAP; the families combine the same way) ----
  /** a fake chat-template delimiter ({@code <|im_start|>}, {@code [INST]}, {@code ### system}) */
  private static final double W_DELIMITER = 0.8;
  /** a base64/hex run that decodes to text the rules flag */
  private static final double W_ENCODED_INSTRUCTION = 0.9;
  /** letters spaced out one by one ("i g n o r e ...") */
  private static final double W_SPACED_LETTERS = 0.6;
  /** a literal "\n" escape that opens a fake header (a fake line structure in one line) */
  private static final double W_ESCAPED_NEWLINES = 0.5;
  /** "system:", "assistant:" at the start of the text or after a quote or colon */
  private static final double W_ROLE_LABEL = 0.45;
  /** "system:", "assistant:" at the start of a line */
  private static final double W_ROLE_LABEL_LINE = 0.6;
  /** the words that make a role label before a ':' */
  private static final List<String> ROLE_WORDS = List.of("system", "assistant", "human", "tool", "developer");
  /** the evidence of a role label at the start of a line: this prefix and the label */
  private static final String ROLE_LINE_EVIDENCE = "new line starting with ";
  /** the evidence of {@link #W_ESCAPED_NEWLINES} */
  private static final String ESCAPED_NEWLINES_EVIDENCE = "literal \\n line breaks";
  /** "act as" addressed to the reader (clause start, "to act as", "you act as") / anywhere else */
  private static final double W_ACT_AS_DIRECTED = 0.55;
  private static final double W_ACT_AS = 0.25;
  /** "you are now X" (not "you are now ready", "... done", ...) */
  private static final double W_YOU_ARE_NOW = 0.6;
  /** "just say" followed by a quote / not */
  private static final double W_JUST_SAY_QUOTED = 0.55;
  private static final double W_JUST_SAY = 0.25;
  /** "say that", "say yes" at a clause start / "answer that", "reply yes" */
  private static final double W_SAY_THAT = 0.5;
  private static final double W_ANSWER_THAT = 0.3;
  /** praise followed by "now" ("Great job! Now ...") */
  private static final double W_PRAISE_THEN_NOW = 0.3;
  /** an override verb with a qualified target ("ignore all previous instructions"), imperative / not */
  private static final double W_OVERRIDE_IMPERATIVE = 0.9;
  private static final double W_OVERRIDE = 0.8;
  /** an imperative override verb right before its target ("ignore instructions") */
  private static final double W_OVERRIDE_SHORT = 0.7;
  /** an override verb with a target, neither qualified nor imperative ("I ignored the setup instructions") */
  private static final double W_OVERRIDE_TALK = 0.3;
  /** "what are your instructions" */
  private static final double W_WHAT_ARE_YOUR_INSTRUCTIONS = 0.7;
  /** "what was written above / at the beginning" */
  private static final double W_WHAT_WAS_WRITTEN = 0.6;
  /** "repeat / print ... above" */
  private static final double W_SHOW_ABOVE = 0.6;
  /** "show / reveal ... your system prompt" */
  private static final double W_SHOW_PROMPT = 0.8;
  /** the most one family's hits add up to */
  private static final double W_FAMILY_CAP = 0.95;

  static final String[] DELIMITERS = InjectionVocabulary.DELIMITERS;


  private static final Phrase[] HIJACK = Phrase.table(InjectionVocabulary.HIJACK);
  private static final Phrase[] SWITCH = Phrase.table(InjectionVocabulary.SWITCH);
  private static final Phrase[] COERCE = Phrase.table(InjectionVocabulary.COERCE);
  private static final Phrase[] OVERRIDE = Phrase.table(InjectionVocabulary.OVERRIDE);
  private static final Phrase[] FAKE_CONTEXT = Phrase.table(InjectionVocabulary.FAKE_CONTEXT);

  /** A phrase and the weight it contributes. */
  private record Phrase(String text, double weight, String[] words, boolean exact, InjectionFamily family,
      int[] slots) {
    static Phrase[] table(String... entries) {
      Phrase[] out = new Phrase[entries.length];
      for (int i = 0; i < entries.length; i++) {
        int eq = entries[i].lastIndexOf('=');
        String text = entries[i].substring(0, eq);
        String[] words = Tokens.split(text);
        boolean exact = !text.equals(String.join(" ", words));
        out[i] = new Phrase(text, Double.parseDouble(entries[i].substring(eq + 1)), words, exact, null,
            new int[words.length]);
      }
      return out;
    }
  }

  /** Phrases indexed by their first word, so matching is one pass over the words. */
  private static final Map<String, List<Phrase>> PHRASES_BY_FIRST_WORD = new HashMap<>();

  static {
    Object[][] tables = {
      {HIJACK, InjectionFamily.ROLE_HIJACK}, {SWITCH, InjectionFamily.CONTEXT_SWITCH},
      {COERCE, InjectionFamily.OUTPUT_COERCION}, {OVERRIDE, InjectionFamily.INSTRUCTION_OVERRIDE},
      {FAKE_CONTEXT, InjectionFamily.FAKE_DELIMITER}
    };
    for (Object[] t : tables) {
      for (Phrase p : (Phrase[]) t[0]) {
        if (p.words().length == 0) {
          throw new IllegalStateException("phrase without words: " + p.text());
        }
        Phrase withFamily = new Phrase(p.text(), p.weight(), p.words(), p.exact(), (InjectionFamily) t[1], p.slots());
        PHRASES_BY_FIRST_WORD.computeIfAbsent(p.words()[0], k -> new ArrayList<>()).add(withFamily);
      }
    }
  }

  /** A word's classes and the phrases starting with it: one lookup per word. */
  private record WordInfo(int classes, Phrase[] phrases) {}

  private static final Phrase[] NO_PHRASES = new Phrase[0];

  private static final Map<String, WordInfo> VOCAB;
  static final String[] VOCAB_KEYS;
  private static final WordInfo[] VOCAB_VALUES;
  private static final char[][] VOCAB_CHARS;
  private static final int[] VOCAB_HASHES;
  /** per slot: the word's String hash in the high half, its length (at least 1) in the low half; 0 when free */
  private static final long[] VOCAB_HASH_LENGTHS;
  /** the classes of the vocabulary word in each slot */
  static final int[] VOCAB_CLASSES;
  /** the phrases starting with the vocabulary word in each slot, null for none */
  private static final Phrase[][] VOCAB_PHRASES;
  /**
   * per slot of a phrase-start word: bit (s & 63) set for the slot s of each phrase's second word
   * (every bit for a one-word phrase or a second word outside the vocabulary), a quick filter
   */
  private static final long[] VOCAB_NEXT;
  /** at slot + 2 (so UNKNOWN and DIGITS are 0): bit 0 the word has classes, bit 1 it starts phrases */
  static final byte[] WORD_FLAGS;

  static {
    Map<String, WordInfo> v = new HashMap<>();
    CLASSES.forEach((w, c) -> v.put(w, new WordInfo(c, NO_PHRASES)));
    PHRASES_BY_FIRST_WORD.forEach((w, ps) -> {
      WordInfo old = v.get(w);
      v.put(w, new WordInfo(old == null ? 0 : old.classes(), ps.toArray(NO_PHRASES)));
    });
    for (String w : ("what act you you're are now as like if to will the word that yes no dass again down above"
        + " written said beginning before instructions prompt rules system initial hidden original full all secret"
        + " assistant human tool developer my our so very really able not welcome right too ready done").split(" ")) {
      v.putIfAbsent(w, new WordInfo(0, NO_PHRASES));
    }
    // every word of a phrase is in the vocabulary (no classes, no phrases: no rule changes), so
    // phrase matching compares the tokens' vocabulary strings by identity
    PHRASES_BY_FIRST_WORD.forEach((w, ps) -> {
      for (Phrase p : ps) {
        for (String x : p.words()) {
          if (!x.isEmpty() && x.length() <= 40) {
            v.putIfAbsent(x, new WordInfo(0, NO_PHRASES));
          }
        }
      }
    });
    for (String w : new String[] {"what", "act", "you", "you're"}) {
      WordInfo old = v.get(w);
      v.put(w, new WordInfo(old.classes() | SPECIAL, old.phrases()));
    }
    for (String w : ROLE_WORDS) {
      WordInfo old = v.get(w);
      v.put(w, new WordInfo(old.classes() | ROLE, old.phrases()));
    }
    VOCAB = v;
    // a sparse table (at most 1/8 full): a word outside the vocabulary almost always meets an
    // empty slot at the first probe
    int cap = Integer.highestOneBit(v.size() * 16);
    VOCAB_KEYS = new String[cap];
    VOCAB_VALUES = new WordInfo[cap];
    VOCAB_CHARS = new char[cap][];
    VOCAB_HASHES = new int[cap];
    VOCAB_CLASSES = new int[cap];
    VOCAB_HASH_LENGTHS = new long[cap];
    VOCAB_PHRASES = new Phrase[cap][];
    v.forEach((w, info) -> {
      int idx = spread(w.hashCode()) & (cap - 1);
      while (VOCAB_KEYS[idx] != null) {
        idx = (idx + 1) & (cap - 1);
      }
      VOCAB_KEYS[idx] = w;
      VOCAB_VALUES[idx] = info;
      VOCAB_CHARS[idx] = w.toCharArray();
      VOCAB_HASHES[idx] = w.hashCode();
      VOCAB_HASH_LENGTHS[idx] = ((long) w.hashCode() << 32) | w.length();
      VOCAB_CLASSES[idx] = info.classes();
      VOCAB_PHRASES[idx] = info.phrases().length == 0 ? null : info.phrases();
    });
    boolean canonical = true;
    for (List<Phrase> ps : PHRASES_BY_FIRST_WORD.values()) {
      for (Phrase p : ps) {
        String[] words = p.words();
        for (int k = 0; k < words.length; k++) {
          int slot = words[k].isEmpty() ? -1 : lookup(words[k], 0, words[k].length());
          p.slots()[k] = slot;
          if (slot < 0) {
            canonical = false;
          } else {
            words[k] = VOCAB_KEYS[slot]; // an equal string: the vocabulary's instance
          }
        }
      }
    }
    PHRASE_WORDS_CANONICAL = canonical;
    WORD_FLAGS = new byte[cap + 2]; // [slot + 2]: UNKNOWN and DIGITS map to 0
    for (int slot = 0; slot < cap; slot++) {
      WORD_FLAGS[slot + 2] = (byte) ((VOCAB_CLASSES[slot] != 0 ? 1 : 0) | (VOCAB_PHRASES[slot] != null ? 2 : 0));
    }
    VOCAB_NEXT = new long[cap];
    for (int slot = 0; slot < cap; slot++) {
      if (VOCAB_PHRASES[slot] != null) {
        long m = 0;
        for (Phrase p : VOCAB_PHRASES[slot]) {
          m |= p.slots().length < 2 || p.slots()[1] < 0 ? -1L : 1L << (p.slots()[1] & 63);
        }
        VOCAB_NEXT[slot] = m;
      }
    }
  }

  /**
   * Whether every phrase word is a vocabulary string (then a token equals a phrase word exactly
   * when the token's stored word is that very instance).
   */
  private static final boolean PHRASE_WORDS_CANONICAL;

  // slots of the words the per-word rules compare with (a word equals one of them exactly when
  // it has that slot)
  private static final int S_WHAT = slotOf("what");
  private static final int S_ACT = slotOf("act");
  private static final int S_YOU = slotOf("you");
  private static final int S_YOURE = slotOf("you're");
  private static final int S_ARE = slotOf("are");
  private static final int S_NOW = slotOf("now");
  private static final int S_AS = slotOf("as");
  private static final int S_LIKE = slotOf("like");
  private static final int S_IF = slotOf("if");

  private static int slotOf(String w) {
    int slot = lookup(w, 0, w.length());
    if (slot < 0) {
      throw new IllegalStateException("not in the vocabulary: " + w);
    }
    return slot;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** @return the slot of the vocabulary word equal to s[start, end), or -1; no allocation */
  private static int lookup(String s, int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) {
      h = 31 * h + s.charAt(k);
    }
    return lookup(s, start, end, h);
  }

  /** @return the slot of the vocabulary word equal to s[start, end) whose String hash is h, or -1 */
  static int lookup(char[] cs, int start, int end, int h) {
    long[] table = VOCAB_HASH_LENGTHS;
    int mask = table.length - 1;
    int len = end - start;
    long want = ((long) h << 32) | len;
    for (int idx = spread(h) & mask; ; idx = (idx + 1) & mask) {
      long e = table[idx];
      if (e == want) {
        char[] key = VOCAB_CHARS[idx];
        int k = 0;
        while (k < len && cs[start + k] == key[k]) {
          k++;
        }
        if (k == len) {
          return idx;
        }
      } else if (e == 0) {
        return -1;
      }
    }
  }

  private static int lookup(String s, int start, int end, int h) {
    int mask = VOCAB_KEYS.length - 1;
    int len = end - start;
    for (int idx = spread(h) & mask; VOCAB_KEYS[idx] != null; idx = (idx + 1) & mask) {
      String key = VOCAB_KEYS[idx];
      if (key.length() == len && s.regionMatches(start, key, 0, len)) {
        return idx;
      }
    }
    return -1;
  }

  /**
   * The vocabulary words of at most 8 ASCII chars, each packed into a long (8 bits per char, first
   * char lowest, as an eight-byte little-endian read of the text has them; never 0), in an
   * open-addressing table at most 1/8 full, with their slots.
   */
  private static final long[] PACKED_KEYS;
  private static final int[] PACKED_SLOTS;
  private static final int PACKED_SHIFT;

  static {
    int cap = tableCapacity(InjectionRules::packable);
    PACKED_KEYS = new long[cap];
    PACKED_SLOTS = new int[cap];
    PACKED_SHIFT = 64 - Integer.numberOfTrailingZeros(cap);
    for (int slot = 0; slot < VOCAB_KEYS.length; slot++) {
      String w = VOCAB_KEYS[slot];
      if (w == null || !packable(w)) {
        continue;
      }
      long key = pack(w, 0, w.length());
      int idx = packedIndex(key);
      while (PACKED_KEYS[idx] != 0) {
        idx = (idx + 1) & (cap - 1);
      }
      PACKED_KEYS[idx] = key;
      PACKED_SLOTS[idx] = slot;
    }
  }

  /**
   * The vocabulary words of 9 to 15 ASCII chars, packed into two longs as in {@link #PACKED_KEYS}
   * (the first eight chars, the rest), in an open-addressing table at most 1/8 full, with their
   * slots (-1 in a free entry).
   */
  private static final long[] PACKED2_KEYS;
  private static final long[] PACKED2_REST;
  private static final int[] PACKED2_SLOTS;
  private static final int PACKED2_SHIFT;

  static {
    int cap = tableCapacity(InjectionRules::packable2);
    PACKED2_KEYS = new long[cap];
    PACKED2_REST = new long[cap];
    PACKED2_SLOTS = new int[cap];
    java.util.Arrays.fill(PACKED2_SLOTS, -1);
    PACKED2_SHIFT = 64 - Integer.numberOfTrailingZeros(cap);
    for (int slot = 0; slot < VOCAB_KEYS.length; slot++) {
      String w = VOCAB_KEYS[slot];
      if (w == null || !packable2(w)) {
        continue;
      }
      long key = pack(w, 0, 8);
      long rest = pack(w, 8, w.length());
      int idx = packed2Index(key, rest);
      while (PACKED2_KEYS[idx] != 0) {
        idx = (idx + 1) & (cap - 1);
      }
      PACKED2_KEYS[idx] = key;
      PACKED2_REST[idx] = rest;
      PACKED2_SLOTS[idx] = slot;
    }
  }

  /** the longest ASCII vocabulary word: the ASCII fast path looks words up in the packed tables only */
  static final int MAX_PACKED = 15;

  static {
    for (String w : VOCAB_KEYS) {
      if (w != null && asciiWord(w) && w.length() > MAX_PACKED) {
        throw new IllegalStateException("ASCII vocabulary word longer than " + MAX_PACKED + ": " + w);
      }
    }
  }

  /** @return the ASCII text cs[from, to) (at most eight chars) packed as in {@link #PACKED_KEYS} */
  static long pack(byte[] cs, int from, int to) {
    long key = 0;
    for (int k = from; k < to; k++) {
      key |= (long) cs[k] << ((k - from) << 3);
    }
    return key;
  }

  /**
   * @return the capacity of an open-addressing table for the vocabulary words that pass the test:
   *     a power of two, at most 1/8 full
   */
  private static int tableCapacity(java.util.function.Predicate<String> included) {
    long count = java.util.Arrays.stream(VOCAB_KEYS).filter(w -> w != null && included.test(w)).count();
    return Integer.highestOneBit((int) Math.max(16, count * 16));
  }

  private static boolean packable2(String w) {
    return asciiWord(w) && w.length() >= 9 && w.length() <= MAX_PACKED;
  }

  /** @return w[from, to) (at most eight chars) packed as in {@link #PACKED_KEYS} */
  private static long pack(String w, int from, int to) {
    long key = 0;
    for (int k = from; k < to; k++) {
      key |= (long) w.charAt(k) << ((k - from) << 3);
    }
    return key;
  }

  /** @return whether w is a non-empty word of ASCII chars other than NUL */
  private static boolean asciiWord(String w) {
    return !w.isEmpty() && w.chars().allMatch(c -> c > 0 && c < 0x80);
  }


  private static int packed2Index(long key, long rest) {
    return (int) (((key ^ Long.rotateLeft(rest, 29)) * 0x9E3779B97F4A7C15L) >>> PACKED2_SHIFT);
  }

  /**
   * @param key the first eight chars of a word of 9 to 15 ASCII chars, rest the others, packed as
   *     in {@link #PACKED2_KEYS}
   * @return the word's vocabulary slot, or -1
   */
  static int lookupPacked2(long key, long rest) {
    long[] keys = PACKED2_KEYS;
    int mask = keys.length - 1;
    int idx = packed2Index(key, rest);
    long e = keys[idx];
    while (!(e == key & PACKED2_REST[idx] == rest | e == 0)) {
      idx = (idx + 1) & mask;
      e = keys[idx];
    }
    return PACKED2_SLOTS[idx];
  }

  private static boolean packable(String w) {
    return asciiWord(w) && w.length() <= 8;
  }


  private static int packedIndex(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> PACKED_SHIFT);
  }

  /**
   * @param key a word of 1 to 8 ASCII chars (no NUL), packed as in {@link #PACKED_KEYS}
   * @return the word's vocabulary slot, or -1
   */
  static int lookupPacked(long key) {
    long[] keys = PACKED_KEYS;
    int mask = keys.length - 1;
    for (int idx = packedIndex(key); ; idx = (idx + 1) & mask) {
      long e = keys[idx];
      if (e == key) {
        return PACKED_SLOTS[idx];
      }
      if (e == 0) {
        return -1;
      }
    }
  }

  private final double threshold;

  private InjectionRules(double threshold) {
    this.threshold = threshold;
  }

  /** @return a detector with threshold 0.5 */
  static InjectionRules create() {
    return new InjectionRules(0.5);
  }

  /**
   * @param threshold score from which a text counts as injection, in (0, 1]
   * @return a detector
   */
  static InjectionRules withThreshold(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    return new InjectionRules(threshold);
  }

  /** @return the threshold */
  double threshold() {
    return threshold;
  }

  /**
   * @param text any text
   * @return whether its score reaches the threshold
   */
  boolean isInjection(CharSequence text) {
    return score(text).isInjection(threshold);
  }

  /**
   * @param text any text (null and empty score 0)
   * @return the score and the families found
   */
  InjectionVerdict score(@Nullable CharSequence text) {
    return score(text, true);
  }

  /**
   * @param text any text
   * @param fastPath whether plain ASCII text may take the in-place fast path (false only in tests
   *     that check it against the full normaliser)
   */
  InjectionVerdict score(CharSequence text, boolean fastPath) {
    if (text == null || text.length() == 0) {
      return new InjectionVerdict(0, Map.of());
    }
    String raw = text.toString();
    return score(raw, 0, raw.length(), fastPath);
  }

  /**
   * Scores the part [from, to) of a text as {@code score(raw.substring(from, to), fastPath)}
   * would, without that copy where the part is read in place: the chunks of a long text
   * ({@link PromptInjectionDetector#ruleScore}) outside ASCII are normalised and split straight
   * from the text, and its layout and encoded payloads read there too. {@code
   * RuleRangeEquivalenceTest} holds it to the copy.
   *
   * @param raw a text
   * @param from where the part starts
   * @param to where it ends, after from
   * @param fastPath as {@link #score(CharSequence, boolean)}
   */
  InjectionVerdict score(String raw, int from, int to, boolean fastPath) {
    return score(raw, from, to, fastPath, raw.indexOf('\\', from));
  }

  /**
   * As {@link #score(String, int, int, boolean)}, told where the first backslash at or after from
   * lies: a search from from would run on through the rest of a long text that has none, at each
   * of its chunks.
   *
   * @param backslash the first backslash in raw at or after from, -1 for none
   */
  InjectionVerdict score(String raw, int from, int to, boolean fastPath, int backslash) {
    Map<InjectionFamily, Double> weights = new EnumMap<>(InjectionFamily.class);
    Map<InjectionFamily, String> evidence = new EnumMap<>(InjectionFamily.class);
    int n = to - from;
    // a UTF-8 copy is as long as the text exactly when the text is pure ASCII (one intrinsic
    // check and copy for the common case): then it is normalised in place and split in one pass;
    // anything else goes through the full normaliser. The copy is made only when a sample of the
    // text is ASCII; a wrong guess costs the copy, never the verdict
    byte[] utf8 = fastPath && mayBeAscii(raw, from, to)
        ? raw.substring(from, to).getBytes(StandardCharsets.UTF_8) : null;
    Tokens t = Tokens.acquire(n);
    try {
      boolean ascii = false;
      if (utf8 != null && utf8.length == n) {
        t.loadAscii(utf8);
        ascii = t.foldAndTokenizeAscii();
      }
      // the fast path gives up at five letters standing alone in a row, so when it went through
      // the text has no spaced-out letters (ten in a row) to look for
      boolean spacedOut = !ascii;
      boolean tokenized = ascii;
      long[] breaks = null; // where the raw part has chars no base64 run holds, when tokenizeMixed read it in place
      if (!ascii) {
        if (fastPath && (utf8 == null || utf8.length != n)) {
          // not ASCII: folded in the buffer and split in the same pass when NFKC leaves the text
          // alone and no letters are spaced out; else folded in the buffer when NFKC leaves it
          // alone (a text folded there that kept its length has no spaced-out letters to look for)
          int how = t.tokenizeMixed(raw, from, to);
          if (how == Tokens.TOKENIZED) {
            spacedOut = false;
            tokenized = true;
            breaks = t.breaks;
          } else if (how == Tokens.LETTERS_SPACED) {
            spacedOut = t.loadNormalized(raw.substring(from, to));
          } else {
            // an ellipsis or a ligature NFKC expands, a zero-width joiner in an emoji, a combining
            // mark (Hindi, Thai, Arabic): stripped of what is invisible and put in NFKC, the part is
            // folded and split in one pass like other text outside ASCII (NFKC is idempotent, so
            // the fold sees what the full normaliser would fold, the marks NFKC left included);
            // the char-by-char fold only when it still cannot be
            String part = TextNormalizer.nfkcVisible(raw.substring(from, to));
            int afterNfkc = t.tokenizeMixed(part, 0, part.length(), true);
            if (afterNfkc == Tokens.TOKENIZED) {
              tokenized = true;
            } else if (afterNfkc == Tokens.LETTERS_SPACED) {
              // letters standing alone (in Hindi or Thai a vowel sign splits words into them)
              t.loadNormalized(part, true);
            } else {
              t.load(TextNormalizer.normalizeNfkc(raw.substring(from, to)));
            }
          }
        } else {
          String part = raw.substring(from, to);
          t.load(fastPath ? TextNormalizer.normalize(part) : TextNormalizer.normalizeFully(part));
        }
      }
      layout(raw, from, to, backslash, spacedOut, weights, evidence);
      if (n >= 24) {
        double hidden = encodedPayloadScore(raw, from, to, ascii ? t.bytes : null, breaks);
        if (hidden >= threshold) {
          add(InjectionFamily.ENCODED_PAYLOAD, W_ENCODED_INSTRUCTION, "encoded payload scoring " + hidden, weights, evidence);
        }
      }
      if (!tokenized) {
        t.tokenize();
      }
      return score(t, weights, evidence);
    } finally {
      t.release();
    }
  }

  /**
   * @return false when the first 64 chars or every 16th char after them already show the text is
   *     not ASCII (then the UTF-8 copy that tests the whole text would be wasted: mixed-script text
   *     goes to the full normaliser anyway, and a text with chars above Latin-1 — a run of Chinese,
   *     an emoji pair — is encoded char by char); true says only that the copy is worth making
   */
  static boolean mayBeAscii(String s) {
    return mayBeAscii(s, 0, s.length());
  }

  /** @return {@link #mayBeAscii(String)} of the part [from, to) of s */
  static boolean mayBeAscii(String s, int from, int to) {
    for (int i = from, end = Math.min(from + 64, to); i < end; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    for (int i = from + 64 + 15; i < to; i += 16) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Scores an already normalised text. */
  private static InjectionVerdict scoreNormalized(String norm) {
    Tokens t = Tokens.acquire(norm.length());
    try {
      t.load(norm);
      t.tokenize();
      return score(t, new EnumMap<>(InjectionFamily.class), new EnumMap<>(InjectionFamily.class));
    } finally {
      t.release();
    }
  }

  private static InjectionVerdict score(Tokens t, Map<InjectionFamily, Double> weights,
      Map<InjectionFamily, String> evidence) {
    words(t, weights, evidence);
    if (t.delimiter != null) {
      add(InjectionFamily.FAKE_DELIMITER, W_DELIMITER, t.delimiter, weights, evidence);
    }
    roleLabels(t, weights, evidence);
    phrases(t, weights, evidence);
    double keep = 1;
    for (double w : weights.values()) {
      keep *= 1 - w;
    }
    double score = Math.round((1 - keep) * 1000) / 1000.0;
    return new InjectionVerdict(score, evidence);
  }

  private static void add(InjectionFamily f, double w, String ev, Map<InjectionFamily, Double> weights,
      Map<InjectionFamily, String> evidence) {
    Double old = weights.get(f);
    if (old == null) {
      weights.put(f, w);
      evidence.put(f, ev);
    } else {
      // several signs of one family add up like independent evidence, capped
      weights.put(f, Math.min(W_FAMILY_CAP, 1 - (1 - old) * (1 - w)));
      if (w > old) {
        evidence.put(f, ev);
      }
    }
  }

  /**
   * Whether a verdict's {@link InjectionFamily#FAKE_DELIMITER} rests on layout alone: its strongest sign is a role label
   * ("System:", "Assistant:" at the start of a line or of the text) or literal "\\n" line breaks, not a chat-template
   * token ({@code <|im_start|>}, {@code [INST]}) or a system-message phrase. In a request such layout is rare and
   * suspicious; in a document it is the ordinary shape of chat transcripts, logs and JSON strings, so the document
   * calibration weighs it on its own ({@link InjectionModel#calibrationInputs}).
   *
   * @param verdict a verdict of these rules
   * @return whether its fake-delimiter evidence is layout only (false without that family)
   */
  static boolean layoutDelimiterOnly(InjectionVerdict verdict) {
    String ev = verdict.families().get(InjectionFamily.FAKE_DELIMITER);
    if (ev == null) {
      return false;
    }
    if (ev.equals(ESCAPED_NEWLINES_EVIDENCE)) {
      return true;
    }
    String label = ev.startsWith(ROLE_LINE_EVIDENCE) ? ev.substring(ROLE_LINE_EVIDENCE.length()) : ev;
    return label.endsWith(":") && ROLE_WORDS.contains(label.substring(0, label.length() - 1));
  }

  private static void words(Tokens t, Map<InjectionFamily, Double> weights, Map<InjectionFamily, String> evidence) {
    int n = t.size();
    int[] slots = t.slots;
    for (int r = 0; r < t.ruleCount; r++) {
      int i = t.ruleAt[r]; // only words with classes: no rule looks at the others
      int slot = slots[i];
      int cls = VOCAB_CLASSES[slot];
      String w = VOCAB_KEYS[slot];
      if ((cls & ROLE) != 0 && t.ends[i] < t.length && t.ch(t.ends[i]) == ':') {
        t.addRoleLabel(i);
      }
      if ((cls & SPECIAL) != 0 && slot == S_WHAT) {
        exfiltration(t, i, weights, evidence);
        continue;
      }
      if ((cls & SPECIAL) != 0 && slot == S_ACT && (t.slotAt(i + 1) == S_AS || t.slotAt(i + 1) == S_LIKE)
          && t.slotAt(i + 2) != S_IF) {
        boolean directed = t.clauseStart[i] || t.is(i - 1, CTX) || t.eq(i - 1, "to")
            || t.eq(i - 1, "will") || t.eq(i - 1, "now") || t.is(i - 1, YOU);
        add(InjectionFamily.ROLE_HIJACK, directed ? W_ACT_AS_DIRECTED : W_ACT_AS, "act " + t.word(i + 1), weights, evidence);
      }
      if ((cls & SPECIAL) != 0 && (slot == S_YOU && t.slotAt(i + 1) == S_ARE
          && (t.slotAt(i + 2) == S_NOW || t.slotAt(i - 1) == S_NOW) || slot == S_YOURE && t.slotAt(i + 1) == S_NOW)) {
        int next = w.equals("you're") ? i + 2 : t.eq(i + 2, "now") ? i + 3 : i + 2;
        String x = t.word(next);
        boolean benign = x.isEmpty() || x.endsWith("ing") || x.equals("my") || x.equals("our") || x.equals("so")
            || x.equals("very") || x.equals("really") || x.equals("able") || x.equals("not") || x.equals("welcome")
            || x.equals("right") || x.equals("too") || x.equals("ready") || x.equals("done") || x.equals("all");
        if (!benign) {
          add(InjectionFamily.ROLE_HIJACK, W_YOU_ARE_NOW, "you are now " + x, weights, evidence);
        }
      }
      if ((cls & ~(SPECIAL | ROLE)) == 0) {
        continue;
      }
      if ((cls & IGN) != 0) {
        override(t, i, weights, evidence);
      }
      if ((cls & SHOW) != 0) {
        exfiltration(t, i, weights, evidence);
      }
      if ((cls & JUST) != 0 && t.is(i + 1, SAY) && !t.alternative(i + 2)) {
        boolean forced = t.quoteAfter(i + 1) || t.quoteAfter(Math.min(n - 1, i + 2))
            || t.eq(i + 2, "the") && t.eq(i + 3, "word");
        add(InjectionFamily.OUTPUT_COERCION, forced ? W_JUST_SAY_QUOTED : W_JUST_SAY, w + " " + t.word(i + 1), weights, evidence);
      }
      if ((cls & SAY) != 0 && (t.clauseStart[i] || t.is(i - 1, CTX)) && i + 1 < n) {
        String next = t.word(i + 1);
        boolean strongVerb = w.equals("say") || w.equals("state") || w.equals("sag") || w.equals("sage")
            || w.equals("declare") || w.equals("claim");
        if (next.equals("that") || next.equals("yes") || next.equals("no") || next.equals("dass")) {
          // "say yes or no" offers a choice of answers: a format, not a forced output
          if (!t.eq(i + 2, "again") && !t.eq(i + 2, "down") && !t.alternative(i + 1)) {
            add(InjectionFamily.OUTPUT_COERCION, strongVerb ? W_SAY_THAT : W_ANSWER_THAT, w + " " + next, weights, evidence);
          }
        }
      }
      if ((cls & NOW) != 0 && (t.clauseStart[i] || t.is(i - 1, CTX))) {
        for (int j = Math.max(0, i - 8); j < i; j++) {
          if (t.is(j, PRAISE) && t.clauseStart[j]) {
            add(InjectionFamily.CONTEXT_SWITCH, W_PRAISE_THEN_NOW, t.word(j) + " ... " + w, weights, evidence);
            break;
          }
        }
      }
    }
  }

  /** the most a rule hit inside a quotation embedded in a sentence weighs ({@link Tokens#mentioned}) */
  private static final double MENTIONED = 0.2;

  private static void override(Tokens t, int i, Map<InjectionFamily, Double> weights, Map<InjectionFamily, String> evidence) {
    if (t.is(i - 1, NEG)) {
      return;
    }
    int hit = -1;
    boolean qualified = false;
    // read forward within the verb's sentence, back within its clause: a qualifier from the
    // sentence before ("my bank says everything is fine. Please ignore my previous message") is
    // about something else
    for (int j = i + 1; j <= i + 6 && j < t.size() && !t.sentenceEndsBefore(j); j++) {
      if (j <= i + 2 && t.is(j, STRONG)) {
        hit = j;
        qualified = true;
        break;
      }
      if (t.is(j, TGT)) {
        hit = j;
        break;
      }
      if (t.is(j, WEAK) || t.is(j, STRONG) || t.is(j, YOU)) {
        qualified = true;
      }
    }
    if (hit < 0) {
      // German order: "die obigen Ausführungen ignorieren", "alle vorherigen Anweisungen vergessen"
      int clause = t.clauseOf(i);
      for (int j = Math.max(clause, i - 4); j < i; j++) {
        if (t.is(j, TGT) || t.is(j, STRONG)) {
          hit = j;
        }
      }
      if (hit < 0 || !(t.is(hit, STRONG) || hit > clause && (t.is(hit - 1, STRONG) || t.is(hit - 1, WEAK)))) {
        return;
      }
      qualified = true;
    }
    boolean imperative = t.clauseStart[i] || t.is(i - 1, CTX);
    double w;
    if (qualified) {
      w = imperative ? W_OVERRIDE_IMPERATIVE : W_OVERRIDE;
    } else if (imperative && hit - i <= 2) {
      w = W_OVERRIDE_SHORT;
    } else {
      w = W_OVERRIDE_TALK; // "I ignored the setup instructions": a user talking about instructions
    }
    if (t.mentioned(i)) {
      w = Math.min(w, MENTIONED); // quoted inside a sentence: discussed, not addressed
    }
    add(InjectionFamily.INSTRUCTION_OVERRIDE, w, t.word(i) + " ... " + t.word(hit), weights, evidence);
  }

  private static void exfiltration(Tokens t, int i, Map<InjectionFamily, Double> weights, Map<InjectionFamily, String> evidence) {
    String w = t.word(i);
    if (w.equals("what")) {
      // "what are your instructions", "what was written above / at the beginning"; each scan
      // reads the request's own sentence only ("what? Your rules say I can't return it")
      for (int j = i + 1; j <= i + 4 && j < t.size() && !t.sentenceEndsBefore(j); j++) {
        String x = t.word(j);
        if ((x.equals("instructions") || x.equals("prompt") || x.equals("rules")) && (t.is(j - 1, YOU) || t.is(j - 2, YOU))) {
          add(InjectionFamily.PROMPT_EXFILTRATION, t.mentioned(i) ? MENTIONED : W_WHAT_ARE_YOUR_INSTRUCTIONS, "what ... your " + x, weights, evidence);
          return;
        }
        if ((x.equals("written") || x.equals("said")) && j + 1 < t.size()) {
          for (int k = j + 1; k <= j + 3 && k < t.size() && !t.sentenceEndsBefore(k); k++) {
            String y = t.word(k);
            if (y.equals("above") || y.equals("beginning") || y.equals("before")) {
              add(InjectionFamily.PROMPT_EXFILTRATION, t.mentioned(i) ? MENTIONED : W_WHAT_WAS_WRITTEN, "what ... " + x + " " + y, weights, evidence);
              return;
            }
          }
        }
      }
      return;
    }
    for (int j = i + 1; j <= i + 5 && j < t.size() && !t.sentenceEndsBefore(j); j++) {
      if (t.eq(j, "above")) {
        add(InjectionFamily.PROMPT_EXFILTRATION, t.mentioned(i) ? MENTIONED : W_SHOW_ABOVE, w + " ... above", weights, evidence);
        return;
      }
    }
    boolean det = false;
    for (int j = i + 1; j <= i + 6 && j < t.size() && !t.sentenceEndsBefore(j); j++) {
      if (t.is(j, DET)) {
        det = true;
      }
      if (t.is(j, PROMPT) && det) {
        String x = t.word(j);
        boolean strongDet = t.is(j - 1, YOU) || t.eq(j - 1, "system")
            || t.eq(j - 1, "initial") || t.eq(j - 1, "hidden")
            || t.eq(j - 1, "original") || t.eq(j - 1, "full")
            || t.eq(j - 1, "all") || t.eq(j - 1, "secret");
        if (x.startsWith("prompt") || x.equals("systemprompt") || strongDet) {
          add(InjectionFamily.PROMPT_EXFILTRATION, t.mentioned(i) ? MENTIONED : W_SHOW_PROMPT, w + " ... " + x, weights,
              evidence);
          return;
        }
      }
    }
  }

  private static void phrases(Tokens t, Map<InjectionFamily, Double> weights, Map<InjectionFamily, String> evidence) {
    int n = t.size();
    int[] slots = t.slots;
    for (int pi = 0; pi < t.phraseCount; pi++) {
      int i = t.phraseAt[pi];
      int next = i + 1 < n ? slots[i + 1] : -1;
      if ((VOCAB_NEXT[slots[i]] >>> (next & 63) & 1) == 0) {
        continue; // no phrase starting here goes on with the next word
      }
      Phrase[] candidates = VOCAB_PHRASES[slots[i]];
      for (Phrase p : candidates) {
        String[] w = p.words();
        if (i + w.length > n) {
          continue;
        }
        boolean ok = true;
        if (PHRASE_WORDS_CANONICAL) {
          int[] ps = p.slots();
          for (int k = 1; k < w.length && ok; k++) {
            ok = slots[i + k] == ps[k];
          }
        } else {
          for (int k = 1; k < w.length && ok; k++) {
            ok = t.eq(i + k, w[k]);
          }
        }
        if (ok && p.exact()) {
          ok = t.regionEquals(t.starts[i], p.text());
        }
        if (ok && !p.exact()) {
          // the words must be separated by plain spaces, as in the phrase
          for (int k = 1; k < w.length && ok; k++) {
            ok = t.starts[i + k] == t.ends[i + k - 1] + 1 && t.ch(t.ends[i + k - 1]) == ' ';
          }
        }
        if (ok) {
          int last = i + w.length - 1;
          if (p.family() == InjectionFamily.OUTPUT_COERCION && (t.alternative(last) || describesFormat(t, p, last))) {
            continue; // "say yes or no", "respond with a haiku": an answer format, not a forced output
          }
          double weight = t.mentioned(i) ? Math.min(p.weight(), MENTIONED) : p.weight();
          add(p.family(), weight, p.text(), weights, evidence);
        }
      }
    }
  }

  /**
   * @return whether a phrase ending "with" ("answer with", "respond with") goes on with an article
   *     or a number: it describes the kind of answer ("respond with a haiku", "reply with two
   *     examples"), where a forced output names the words to print
   */
  private static boolean describesFormat(Tokens t, Phrase p, int last) {
    if (!p.text().endsWith(" with")) {
      return false;
    }
    int x = last + 1;
    return t.eq(x, "a") || t.eq(x, "an") || t.eq(x, "one") || t.eq(x, "two") || t.eq(x, "three")
        || t.eq(x, "some") || t.eq(x, "more") || x < t.size() && t.slotAt(x) == Tokens.DIGITS;
  }

  private static void roleLabels(Tokens t, Map<InjectionFamily, Double> weights, Map<InjectionFamily, String> evidence) {
    for (int r = 0; r < t.roleCount; r++) {
      int i = t.roleAt[r]; // "system", "assistant", "human", "tool" or "developer" right before a ':'
      String w = VOCAB_KEYS[t.slots[i]];
      int k = t.starts[i] - 1;
      while (k >= 0 && (t.ch(k) == ' ' || t.ch(k) == '\t' || t.ch(k) == '#' || t.ch(k) == '*')) {
        k--;
      }
      char before = k < 0 ? 0 : t.ch(k);
      if (k < 0 || before == '"' || before == ':') {
        add(InjectionFamily.FAKE_DELIMITER, W_ROLE_LABEL, w + ":", weights, evidence);
      } else if (before == '\n') {
        add(InjectionFamily.FAKE_DELIMITER, W_ROLE_LABEL_LINE, ROLE_LINE_EVIDENCE + w + ":", weights, evidence);
      }
    }
  }

  /**
   * Filter-dodging layout in the part [from, to) of the raw text: letters spaced out one by one,
   * literal "\\n" runs.
   */
  private static void layout(String raw, int from, int to, int backslash, boolean checkSpacedLetters,
      Map<InjectionFamily, Double> weights, Map<InjectionFamily, String> evidence) {
    // literal "\\n" (or "\\ n") that opens a fake header: only at backslashes, found with an
    // intrinsic search. Escaped line breaks alone are data (code, CSV, JSON strings); a fake line
    // structure leads to a header: a role or command word, or a run of # = - * < [ |
    int escapes = 0;
    for (int i = backslash; i >= 0 && i + 1 < to; i = raw.indexOf('\\', i + 1)) {
      char d = raw.charAt(i + 1);
      if (d == 'n' || (d == ' ' && i + 2 < to && raw.charAt(i + 2) == 'n')) {
        if (fakeHeaderAfter(raw, i + (d == 'n' ? 2 : 3), to)) {
          escapes++;
        }
      }
    }
    if (checkSpacedLetters && spacedLetters(raw, from, to)) {
      add(InjectionFamily.ENCODED_PAYLOAD, W_SPACED_LETTERS, "spaced-out letters", weights, evidence);
    }
    if (escapes >= 1) {
      add(InjectionFamily.FAKE_DELIMITER, W_ESCAPED_NEWLINES, ESCAPED_NEWLINES_EVIDENCE, weights, evidence);
    }
  }

  /** the words that make a header after escaped line breaks ({@link #fakeHeaderAfter}) */
  private static final String[] HEADER_WORDS = {"system", "assistant", "user", "human", "developer", "admin",
    "instruction", "ignore", "important", "note", "stop", "end"};

  /**
   * @param from the position right after a literal "\n"
   * @param to where the text read ends
   * @return whether a header follows before to, after more escaped line breaks and spaces: a role
   *     or command word ({@link #HEADER_WORDS}, any case) or one of {@code # = - * < [ |}
   */
  private static boolean fakeHeaderAfter(String raw, int from, int to) {
    int k = from;
    while (k < to) {
      char c = raw.charAt(k);
      if (c == ' ' || c == '\t') {
        k++;
      } else if (c == '\\' && k + 1 < to && raw.charAt(k + 1) == 'n') {
        k += 2;
      } else {
        break;
      }
    }
    if (k >= to) {
      return false;
    }
    char c = raw.charAt(k);
    if (c == '#' || c == '=' || c == '-' || c == '*' || c == '<' || c == '[' || c == '|') {
      return true;
    }
    for (String w : HEADER_WORDS) {
      if (k + w.length() <= to && raw.regionMatches(true, k, w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return whether ten single letters in a row each stand between spaces ("i g n o r e ...") in
   *     the part [from, to) of raw: a letter at i with i == from or a space at i - 1 and a space at
   *     i + 1, ten times at stride 2. Only positions right after a space are candidates, found with
   *     an intrinsic search.
   */
  static boolean spacedLetters(String raw, int from, int to) {
    // A hit needs ten spaces at stride 2 (positions s, s + 2, ..., s + 18 < to). Every such
    // window holds a position m = from + 18j and, unless m = s + 18 (then m itself is one of the
    // spaces), m + 1 too; one of m, m + 1 has the window's parity. So sampling m and m + 1 every
    // 18 chars and measuring the stride-2 space run through a sampled space finds every window;
    // the exact scan runs only then.
    for (int m = from; m < to; m += 18) {
      if (raw.charAt(m) == ' ' && strideSpaces(raw, from, to, m) >= 10
          || m + 1 < to && raw.charAt(m + 1) == ' ' && strideSpaces(raw, from, to, m + 1) >= 10) {
        return spacedLettersExact(raw, from, to);
      }
    }
    return false;
  }

  /** @return the number of spaces at stride 2 through position q (a space) within [from, to) */
  private static int strideSpaces(String raw, int from, int to, int q) {
    int c = 1;
    for (int k = q - 2; k >= from && raw.charAt(k) == ' '; k -= 2) {
      c++;
    }
    for (int k = q + 2; k < to && raw.charAt(k) == ' '; k += 2) {
      c++;
    }
    return c;
  }

  private static boolean spacedLettersExact(String raw, int from, int to) {
    int run = 0;
    int i = from;
    while (true) {
      if (i + 1 < to && raw.charAt(i + 1) == ' ' && Character.isLetter(raw.charAt(i))) {
        if (++run >= 10) {
          return true;
        }
        i += 2; // raw[i + 1] is a space, so i + 2 is a candidate again
        continue;
      }
      run = 0;
      int sp = raw.indexOf(' ', i);
      if (sp < 0 || sp >= to) {
        return false;
      }
      i = sp + 1;
    }
  }

  /**
   * Scores the payloads hidden in base64 or hex runs of the part [from, to) of the raw text.
   *
   * @param raw the raw text
   * @param from where the part starts
   * @param to where it ends
   * @param folded the part as folded by {@link Tokens#foldAndTokenizeAscii} (folding never turns
   *     a base64 char into one below {@code +}; index 0 is from), or null
   * @return the highest score of a decoded payload, 0 when none
   */
  double encodedPayloadScore(String raw, int from, int to, byte @Nullable [] folded) {
    return encodedPayloadScore(raw, from, to, folded, null);
  }

  /**
   * As {@link #encodedPayloadScore(String, int, int, byte[])}, for text outside ASCII also told
   * where the part has chars that no base64 run holds.
   *
   * @param breaks bit p set only where raw[from + p] is no base64 char ({@link Tokens#breaks}),
   *     with a word to spare past the part; or null
   */
  double encodedPayloadScore(String raw, int from, int to, byte @Nullable [] folded, long @Nullable [] breaks) {
    // a run of >= 24 base64 chars contains one of every 24th position: sample those, then widen
    double best = 0;
    int checked = 0;
    int lastEnd = from;
    int i = from + 23;
    while (i < to && checked < 32) {
      if (!InjectionDecoders.isB64(raw.charAt(i))) {
        i += 24;
        continue;
      }
      // A run of >= 24 through i has 12 base64 chars before i or 13 from i on; a char below '+'
      // (space, line break, quote, bracket) in the 8 chars on each side rules out both, with two
      // eight-byte reads instead of walking the word
      if (folded != null && i - from >= 8 && i + 9 <= to
          && belowPlus(folded, i - from - 8) && belowPlus(folded, i - from + 1)) {
        i += 24;
        continue;
      }
      // the same for text outside ASCII: a char no base64 run holds in the 12 chars on each side
      // rules out both, read in the bits tokenizeMixed set
      if (breaks != null && i - from >= 12 && i + 13 <= to
          && anyBit(breaks, i - from - 12) && anyBit(breaks, i - from + 1)) {
        i += 24;
        continue;
      }
      int start = i;
      while (start > lastEnd && InjectionDecoders.isB64(raw.charAt(start - 1))) {
        start--;
      }
      int end = i + 1;
      while (end < to && InjectionDecoders.isB64(raw.charAt(end))) {
        end++;
      }
      if (end - start >= 24) {
        checked++;
        String decoded = InjectionDecoders.decode(raw.substring(start, Math.min(end, start + 8192)));
        if (decoded != null) {
          InjectionVerdict v = scoreNormalized(TextNormalizer.normalize(decoded));
          best = Math.max(best, v.score());
        }
      }
      lastEnd = end;
      i = end + 24;
    }
    return best;
  }

  /** @return whether one of the 12 bits from p is set (bits has a word to spare past them) */
  private static boolean anyBit(long[] bits, int p) {
    int w = p >>> 6;
    // the bits from p on, and the next word's moved up to follow them (by 64 - (p % 64), in two
    // shifts so that p % 64 == 0 moves it out)
    long x = bits[w] >>> p | bits[w + 1] << 1 << (63 - (p & 63));
    return (x & 0xFFF) != 0;
  }

  /** @return whether one of the eight ASCII bytes from at is below '+' (0x2b) */
  private static boolean belowPlus(byte[] ascii, int at) {
    long w = (long) Tokens.LONGS.get(ascii, at);
    return ((w - 0x2B2B2B2B2B2B2B2BL) & ~w & 0x8080808080808080L) != 0;
  }
}
