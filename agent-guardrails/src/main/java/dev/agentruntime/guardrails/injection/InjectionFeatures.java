package dev.agentruntime.guardrails.injection;

/**
 * The features the learned injection model reads, one token at a time.
 *
 * <p>Overview: the text is cut into tokens — runs of letters and digits (lower-cased), single CJK
 * characters (Chinese, Japanese, Korean are written without spaces) and runs of the symbols that
 * fake delimiters are made of ({@code # < > | [ ] { }}). Everything else separates tokens. Each
 * token yields its own features, hashed into {@code [0, 2^BITS)}:
 *
 * <ul>
 *   <li>the word itself,
 *   <li>the word together with the token before it (a bigram: "ignore previous"),
 *   <li>for words of three letters or more, the character 4-grams of the word framed as
 *       {@code <word>} — they let the model recognise typos ("everthing"), inflections
 *       ("ignorez", "ignoriere") and words it never saw whole,
 *   <li>for a word of the multilingual lexicon {@link InjectionConcepts}, its concept ("ignore",
 *       "you", "instruction", ...), shared by the word's translations,
 *   <li>for a word with a concept that follows another concept word, or the start of a sentence
 *       or line, within {@value #PAIR_DISTANCE} tokens, the pair of the two ("ignore ...
 *       instruction", "you ... must", "(start) send"), whatever the language and the words
 *       between them: the shape of an instruction addressed to someone.
 * </ul>
 *
 * <p>The trainer (test scope, {@code InjectionModelTrainer}) and the runtime scorer
 * ({@link InjectionModel}) both read features through this class, so the two can never disagree.
 * Usage: {@code while (f.next()) { for (int i = 0; i < f.count; i++) use(f.features[i]); }}. One
 * instance per scan; not thread-safe.
 */
final class InjectionFeatures {
  /** log2 of the number of hash buckets */
  static final int BITS = 20;
  /** the characters of a word that yield 4-grams (longer words are mostly identifiers, base64, URLs) */
  static final int MAX_GRAM_CHARS = 24;
  /** the most features one token yields (word, 4-grams, two concepts, bigram, concept pair) */
  static final int MAX_FEATURES = MAX_GRAM_CHARS + 6;
  /** how many tokens back a concept word pairs with the next concept word */
  static final int PAIR_DISTANCE = 4;

  private static final long SEED_WORD = 0x51ED27F3A2C4B1D9L;
  private static final long SEED_BIGRAM = 0x2545F4914F6CDD1DL;
  private static final long SEED_GRAM = 0x9E3779B97F4A7C15L;
  private static final long SEED_CONCEPT = 0x6A09E667F3BCC909L;
  private static final long SEED_PAIR = 0x3C6EF372FE94F82BL;
  private static final long FNV_PRIME = 0x100000001B3L;
  private static final long START = 0xCBF29CE484222325L;

  /** ASCII: 0 separator, 1 letter or digit, 2 delimiter symbol */
  private static final byte[] ASCII = new byte[128];
  /** ASCII separators that end a sentence or start a new line or clause: . ! ? : ; and line breaks */
  private static final boolean[] BOUNDARY = new boolean[128];
  /** {@link #KINDS} of a separator that ends a sentence or starts a line ({@link #BOUNDARY}) */
  static final int SEPARATOR_BOUNDARY = 4;
  /**
   * per char, what {@link #nextToken} makes of it: 0 separator, 1 letter or digit, 2 delimiter
   * symbol, 3 CJK character, {@link #SEPARATOR_BOUNDARY} separator that starts a sentence. One read
   * per char instead of a branch on ASCII and two tables (a branch that mispredicts at every
   * accented letter in German or French text)
   */
  static final byte[] KINDS = new byte[1 << 16];
  /**
   * per char: the lower case a word char adds to its token's hash, 0 for a char that is not part of
   * a word (kind 1); one read and one test per char instead of a branch on ASCII, a table and a
   * test for upper case (which mispredicts at every capital)
   */
  static final char[] FOLD = new char[1 << 16];
  /** the pseudo-concept of a sentence start in concept pairs */
  private static final int SENTENCE_START = 0xFF;

  static {
    for (int c = '0'; c <= '9'; c++) {
      ASCII[c] = 1;
    }
    for (int c = 'a'; c <= 'z'; c++) {
      ASCII[c] = 1;
      ASCII[c - 32] = 1;
    }
    for (char c : "#<>|[]{}".toCharArray()) {
      ASCII[c] = 2;
    }
    for (char c : ".!?:;\n\r".toCharArray()) {
      BOUNDARY[c] = true;
    }
    for (int i = 0; i < 1 << 16; i++) {
      char c = (char) i;
      int kind;
      char fold;
      if (c < 128) {
        kind = ASCII[c] != 0 ? ASCII[c] : BOUNDARY[c] ? SEPARATOR_BOUNDARY : 0;
        fold = ASCII[c] != 1 ? 0 : c <= 'Z' && c >= 'A' ? (char) (c + 32) : c;
      } else {
        kind = (CharKinds.KIND[c] & CharKinds.CJK) != 0 ? 3 : (CharKinds.KIND[c] & CharKinds.LETTER_OR_DIGIT) != 0 ? 1 : 0;
        fold = kind == 1 ? CharKinds.LOWER[c] : 0;
      }
      KINDS[i] = (byte) kind;
      FOLD[i] = fold;
    }
  }

  /** the features of the current token (the first {@link #count} entries), after {@link #next()} */
  final int[] features = new int[MAX_FEATURES];
  /** how many features the current token has */
  int count;
  /** where the current token starts in the text */
  int start;
  /** the kind of the current token: 1 word, 2 delimiter symbols, 3 CJK character */
  int kind;
  /** the 64-bit hash of the current token (lower-cased), the key of its word feature */
  long hash;
  /** the bucket of the current token's bigram feature (it and the token before it) */
  int bigram;
  /** the current token's concepts ({@link InjectionConcepts#of}), 0 for none */
  int concepts;
  /** the bucket of the current token's concept pair feature, -1 for none */
  int pair = -1;

  private final char[] text;
  private final int length;
  private int pos;
  private long previous = START;
  /** the tokens read so far */
  private int tokens;
  /** the first concept of the last concept word, and its token number */
  private int lastConcept;
  private int lastConceptToken = -PAIR_DISTANCE - 1;

  InjectionFeatures(String text) {
    this(text.toCharArray(), text.length());
  }

  /**
   * Reads a char array: it costs less than String.charAt on text outside Latin-1 (no coder test,
   * no bounds check per char).
   *
   * @param text holds the text in [0, length); not changed, and not to be changed while read
   * @param length the text's length
   */
  InjectionFeatures(char[] text, int length) {
    this.text = text;
    this.length = length;
  }

  /** @return whether there is one more token; its features are then in {@link #features} */
  boolean next() {
    if (!nextToken()) {
      return false;
    }
    count = wordFeatures(features);
    features[count++] = bigram;
    if (pair >= 0) {
      features[count++] = pair;
    }
    return true;
  }

  /**
   * Moves to the next token and reads only what every token needs: its {@link #kind}, {@link #hash}
   * and {@link #bigram}. The features that depend on the word alone (the word and its 4-grams) are
   * read on demand by {@link #wordFeatures}, so a scorer can keep their weight per word.
   *
   * @return whether there is one more token
   */
  boolean nextToken() {
    final char[] s = text;
    final int n = length;
    int i = pos;
    int k = 0;
    boolean sentence = false;
    final byte[] kinds = KINDS;
    while (i < n) {
      k = kinds[s[i]];
      if (k == SEPARATOR_BOUNDARY) {
        sentence = true;
      } else if (k != 0) {
        break;
      }
      i++;
    }
    if (i >= n) {
      pos = n;
      return false;
    }
    start = i;
    kind = k;
    long h = START;
    if (k == 3) {
      h = (h ^ s[i]) * FNV_PRIME;
      i++;
    } else if (k == 2) {
      int m = 0;
      for (; i < n; i++) {
        char c = s[i];
        if (kinds[c] != 2) {
          break;
        }
        if (m++ < 8) {
          h = (h ^ c) * FNV_PRIME;
        }
      }
      h ^= 0x7F;
    } else {
      final char[] fold = FOLD;
      for (; i < n; i++) {
        char c = fold[s[i]];
        if (c == 0) {
          break; // not a letter or digit, or a CJK char
        }
        h = (h ^ c) * FNV_PRIME;
      }
    }
    hash = h;
    bigram = index((previous * 31 + h) ^ SEED_BIGRAM);
    previous = h;
    pos = i;
    if (sentence || tokens == 0) {
      // a sentence start counts as a concept of its own: "<start> ... send", "<start> ... ignore"
      lastConcept = SENTENCE_START;
      lastConceptToken = tokens;
    }
    int c = k == 1 ? InjectionConcepts.of(h) : 0;
    concepts = c;
    pair = -1;
    if (c != 0) {
      int first = c & 0xFF;
      if (tokens - lastConceptToken <= PAIR_DISTANCE) {
        pair = index(((long) lastConcept << 8 | first) ^ SEED_PAIR);
      }
      lastConcept = first;
      lastConceptToken = tokens;
    }
    tokens++;
    return true;
  }

  /**
   * Writes the features of the current token that depend on the token alone: its word feature and,
   * for words of three letters or more, its character 4-grams.
   *
   * @param out where to write them, from index 0
   * @return how many were written
   */
  int wordFeatures(int[] out) {
    out[0] = index(hash ^ SEED_WORD);
    if (kind != 1) {
      return 1;
    }
    final char[] s = text;
    long g = '<';
    int k = 0;
    int grams = 0;
    final char[] fold = FOLD;
    for (int i = start, end = pos; i < end; i++) {
      char c = fold[s[i]];
      k++;
      if (k > MAX_GRAM_CHARS) {
        break;
      }
      g = (g << 16) | c;
      if (k >= 3) {
        out[1 + grams++] = index(g ^ SEED_GRAM);
      }
    }
    if (k >= 3 && k <= MAX_GRAM_CHARS) {
      out[1 + grams++] = index(((g << 16) | '>') ^ SEED_GRAM);
    }
    int n = 1 + grams;
    for (int c = concepts; c != 0; c >>>= 8) {
      out[n++] = index((c & 0xFF) ^ SEED_CONCEPT);
    }
    return n;
  }

  /**
   * @param word a word of letters and digits
   * @return the hash {@link #nextToken} gives it as a token (its {@link #hash})
   */
  static long hashWord(String word) {
    long h = START;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 128) {
        if (c <= 'Z' && c >= 'A') {
          c += 32;
        }
      } else {
        c = Character.toLowerCase(c);
      }
      h = (h ^ c) * FNV_PRIME;
    }
    return h;
  }

  /** @return whether c is a CJK character (each is a token of its own) */
  static boolean cjk(char c) {
    return CharKinds.cjk(c);
  }

  /** @return the bucket of a 64-bit feature key (murmur3 finaliser, top bits) */
  static int index(long x) {
    x ^= x >>> 33;
    x *= 0xFF51AFD7ED558CCDL;
    x ^= x >>> 33;
    x *= 0xC4CEB9FE1A85EC53L;
    return (int) (x >>> (64 - BITS));
  }
}
