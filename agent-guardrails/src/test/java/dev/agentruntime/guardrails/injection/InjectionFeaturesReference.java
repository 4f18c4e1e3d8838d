package dev.agentruntime.guardrails.injection;

/**
 * The model's features as {@link InjectionFeatures} computed them before its per-char tables
 * (session 9): a branch on ASCII, the {@link Character} methods for the rest. The reference its
 * fast tokenizer is checked against ({@link InjectionFeaturesEquivalenceTest}); not used at run
 * time.
 */
final class InjectionFeaturesReference {
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

  private final String text;
  private final int length;
  private int pos;
  private long previous = START;
  /** the tokens read so far */
  private int tokens;
  /** the first concept of the last concept word, and its token number */
  private int lastConcept;
  private int lastConceptToken = -PAIR_DISTANCE - 1;

  InjectionFeaturesReference(String text) {
    this.text = text;
    this.length = text.length();
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
    final String s = text;
    final int n = length;
    int i = pos;
    int k = 0;
    boolean sentence = false;
    while (i < n) {
      char c = s.charAt(i);
      if (c < 128) {
        k = ASCII[c];
        if (k == 0 && BOUNDARY[c]) {
          sentence = true;
        }
      } else if (cjk(c)) {
        k = 3;
      } else if (Character.isLetterOrDigit(c)) {
        k = 1;
      } else {
        k = 0;
      }
      if (k != 0) {
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
      h = (h ^ s.charAt(i)) * FNV_PRIME;
      i++;
    } else if (k == 2) {
      int m = 0;
      for (; i < n; i++) {
        char c = s.charAt(i);
        if (c >= 128 || ASCII[c] != 2) {
          break;
        }
        if (m++ < 8) {
          h = (h ^ c) * FNV_PRIME;
        }
      }
      h ^= 0x7F;
    } else {
      for (; i < n; i++) {
        char c = s.charAt(i);
        if (c < 128) {
          if (ASCII[c] != 1) {
            break;
          }
          if (c <= 'Z' && c >= 'A') {
            c += 32;
          }
        } else {
          if (cjk(c) || !Character.isLetterOrDigit(c)) {
            break; // a CJK char or no letter or digit
          }
          c = Character.toLowerCase(c);
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
    final String s = text;
    long g = '<';
    int k = 0;
    int grams = 0;
    for (int i = start, end = pos; i < end; i++) {
      char c = s.charAt(i);
      if (c < 128) {
        if (c <= 'Z' && c >= 'A') {
          c += 32;
        }
      } else {
        c = Character.toLowerCase(c);
      }
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
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF)
        || (c >= 0xF900 && c <= 0xFAFF);
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
