package dev.agentruntime.guardrails.injection;

import static dev.agentruntime.guardrails.injection.InjectionRules.DELIMITERS;
import static dev.agentruntime.guardrails.injection.InjectionRules.MAX_PACKED;
import static dev.agentruntime.guardrails.injection.InjectionRules.VOCAB_CLASSES;
import static dev.agentruntime.guardrails.injection.InjectionRules.VOCAB_KEYS;
import static dev.agentruntime.guardrails.injection.InjectionRules.WORD_FLAGS;
import static dev.agentruntime.guardrails.injection.InjectionRules.lookup;
import static dev.agentruntime.guardrails.injection.InjectionRules.lookupPacked;
import static dev.agentruntime.guardrails.injection.InjectionRules.lookupPacked2;
import static dev.agentruntime.guardrails.injection.InjectionRules.pack;

import dev.agentruntime.guardrails.text.AsciiPairs;
import dev.agentruntime.guardrails.text.TextNormalizer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The words of a normalised text, as the rules of {@link InjectionRules} read them. Instances are
 * pooled: {@link #acquire} hands one out exclusively, {@link #release} returns it.
 *
 * <p>How the file reads, top to bottom:
 *
 * <ol>
 *   <li>the word lists: per word its vocabulary slot (an index into {@code InjectionRules}'
 *       vocabulary table, or {@link #UNKNOWN} / {@link #DIGITS}), its span in the text and whether
 *       it starts a clause; and the indexes of the words the per-word rules ({@code ruleAt}) and
 *       the phrase tables ({@code phraseAt}) look at, so the rules skip every other word;
 *   <li>the pool (soft references, a few instances, buffers above a size are not kept); the
 *       model ({@code InjectionModel.strongest}) borrows an instance for its char buffer too;
 *   <li>loading a text: {@link #load} takes text that is already normalised, {@link
 *       #loadNormalized} normalises mixed-script text in the buffer where {@link TextNormalizer}
 *       can, and {@link #tokenize} splits either into words (the general tokenizer); {@link
 *       #tokenizeMixed} does both for mixed-script text in one pass, reading its plain words as they
 *       come and handing the rest part by part to the normaliser and the general tokenizer
 *       ({@code TokenizeMixedTest} holds it to the two passes);
 *   <li>the plain-ASCII fast path: {@link #loadAscii} and {@link #foldAndTokenizeAscii}
 *       normalise and split a pure-ASCII text in one pass, in place, the common words eight bytes
 *       at a time ({@link #wordRun}). Its contract is the general path: {@code
 *       FastPathEquivalenceTest} checks that both give the same words and the same verdicts;
 *   <li>the queries the rules ask: a word as a string ({@link #word}, {@link #eq}), its classes,
 *       whether it stands in a quotation ({@link #mentioned}), is followed by a quote or by
 *       alternatives.
 * </ol>
 */
final class Tokens {
  /** slot value of a word outside the vocabulary */
  static final int UNKNOWN = -1;
  /** slot value of a token made of digits only (its word is "") */
  static final int DIGITS = -2;

  /** the normalised text in [0, length) when {@link #bytes} is null */
  char[] chars;
  /**
   * the normalised text in [0, length), one ASCII char per byte, when the fast path tokenised it
   * ({@link #foldAndTokenizeAscii}), but for the case of some letters (read it with {@link #ch});
   * else null. Not pooled: it is the caller's fresh copy.
   */
  byte[] bytes;
  int length;
  /**
   * after {@link #tokenizeMixed} returned {@link #TOKENIZED}: bit p (of word p / 64) set where the
   * loaded text had a char at p that no base64 run holds (not every such char: the space after a
   * plain word and the chars between words but {@code + / = - _}); one word more than the text
   * needs, zero past it. {@link InjectionRules#encodedPayloadScore} reads it to rule out a base64
   * run without walking the word
   */
  long[] breaks = new long[1];
  /** per word: vocabulary slot (or UNKNOWN, DIGITS), span, whether it starts a clause */
  int[] slots;
  int[] starts;
  int[] ends;
  boolean[] clauseStart;
  int size;
  /** indexes of the words that start a phrase, ascending */
  int[] phraseAt;
  /** indexes of the words that have classes (the ones the per-word rules look at), ascending */
  int[] ruleAt;
  int ruleCount;
  int phraseCount;
  /** the first fake delimiter in the text (at the leftmost position), or null */
  String delimiter;
  /** indexes of the role words ("system", "assistant", ...) followed by ':', ascending (set by words()) */
  int[] roleAt = new int[4];
  int roleCount;

  void addRoleLabel(int i) {
    if (roleCount == roleAt.length) {
      roleAt = java.util.Arrays.copyOf(roleAt, roleCount * 2);
    }
    roleAt[roleCount++] = i;
  }
  /** the words as strings, only while the phrase tables are built */
  List<String> built;

  Tokens(int textLength) {
    chars = new char[64]; // grown by load(), which the ASCII fast path does not use
    allocate(tokenCapacity(textLength));
  }

  /** Makes the per-token arrays for cap tokens. */
  private void allocate(int cap) {
    slots = new int[cap];
    starts = new int[cap];
    ends = new int[cap];
    clauseStart = new boolean[cap];
    phraseAt = new int[cap];
    ruleAt = new int[cap];
  }

  private static int tokenCapacity(int textLength) {
    return Math.max(16, textLength / 5 + 16);
  }

  private void grow() {
    int cap = size * 2;
    slots = java.util.Arrays.copyOf(slots, cap);
    starts = java.util.Arrays.copyOf(starts, cap);
    ends = java.util.Arrays.copyOf(ends, cap);
    clauseStart = java.util.Arrays.copyOf(clauseStart, cap);
    phraseAt = java.util.Arrays.copyOf(phraseAt, cap);
    ruleAt = java.util.Arrays.copyOf(ruleAt, cap);
  }

  /**
   * Notes the last word in the rule and phrase lists when its vocabulary entry has classes or
   * starts phrases; without a branch (the lists have room for every word).
   */
  private void note(int slot) {
    int f = WORD_FLAGS[slot + 2];
    int at = size - 1;
    ruleAt[ruleCount] = at;
    ruleCount += f & 1;
    phraseAt[phraseCount] = at;
    phraseCount += f >> 1;
  }

  private void add(int slot, boolean boundary, int start, int end) {
    if (size == slots.length) {
      grow();
    }
    slots[size] = slot;
    clauseStart[size] = boundary;
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  // ASCII char kinds: 1 letter, 2 digit, 4 sentence/clause boundary punctuation
  private static final byte[] KIND = new byte[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      KIND[c] = 1;
      KIND[c - 32] = 1;
    }
    for (char c = '0'; c <= '9'; c++) {
      KIND[c] = 2;
    }
    for (char c : ".!?:;\n\",-(".toCharArray()) {
      KIND[c] = 4;
    }
  }

  private static boolean letter(char c) {
    return c < 0x80 ? KIND[c] == 1 : (CharKinds.KIND[c] & CharKinds.LETTER) != 0;
  }

  private static boolean letterOrDigit(char c) {
    return c < 0x80 ? (KIND[c] & 3) != 0 : (CharKinds.KIND[c] & CharKinds.LETTER_OR_DIGIT) != 0;
  }

  /** largest text length whose buffers are kept for reuse (softly referenced) */
  private static final int KEEP_CHARS = 1 << 21;
  /** largest token capacity kept for reuse */
  private static final int KEEP_TOKENS = 1 << 20;

  /** pooled instances; a free slot is null; soft references so a memory-starved heap can drop them */
  private static final java.util.concurrent.atomic.AtomicReferenceArray<java.lang.ref.SoftReference<Tokens>> POOL =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(
          Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors())));

  /** @return an empty instance, not shared with any other caller, with room for text of length n */
  static Tokens acquire(int n) {
    for (int k = 0; k < POOL.length(); k++) {
      java.lang.ref.SoftReference<Tokens> r = POOL.get(k);
      if (r != null && POOL.compareAndSet(k, r, null)) {
        Tokens t = r.get();
        if (t != null) {
          t.ensure(n);
          return t;
        }
      }
    }
    return new Tokens(n);
  }

  private void ensure(int n) {
    int cap = tokenCapacity(n);
    if (slots.length < cap) {
      allocate(cap);
    }
  }

  /** Forgets the words, phrases, rule hits, roles and delimiter found so far. */
  private void clearWords() {
    candidateCount = 0;
    size = 0;
    phraseCount = 0;
    ruleCount = 0;
    roleCount = 0;
    delimiter = null;
  }

  /** Clears this instance and returns it to the pool (when it is not too large to keep). */
  void release() {
    clearWords();
    length = 0;
    bytes = null;
    built = null;
    if (chars.length > KEEP_CHARS || slots.length > KEEP_TOKENS) {
      return;
    }
    for (int k = 0; k < POOL.length(); k++) {
      if (POOL.get(k) == null && POOL.compareAndSet(k, null, new java.lang.ref.SoftReference<>(this))) {
        return;
      }
    }
  }

  /**
   * @return the char at k of the normalised text, from whichever buffer holds it (the ASCII
   *     buffer may still hold upper-case letters, see {@link #wordRun})
   */
  char ch(int k) {
    byte[] b = bytes;
    return b != null ? LOWER[b[k]] : chars[k];
  }

  /**
   * Takes ascii (pure ASCII, not shared with anybody) as the text to fold in place with
   * {@link #foldAndTokenizeAscii}; clears the words.
   */
  void loadAscii(byte[] ascii) {
    bytes = ascii;
    length = ascii.length;
    clearWords();
  }

  /** Copies s into the char buffer (growing it when needed); clears the words. */
  void load(String s) {
    load(s, 0, s.length());
  }

  /** Copies the part [from, to) of s into the char buffer (growing it when needed); clears the words. */
  void load(String s, int from, int to) {
    int n = to - from;
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length + (chars.length >> 1))];
    }
    s.getChars(from, to, chars, 0);
    bytes = null;
    length = n;
    clearWords();
  }

  /**
   * Loads s normalised: copied into the char buffer and normalised there when
   * {@link TextNormalizer#normalizeInPlace} can, else through {@link TextNormalizer#normalizeNfkc}.
   *
   * @return whether s may hold spaced-out letters ({@link InjectionRules#spacedLetters}): false
   *     when s was normalised in the buffer and kept its length. There every char stays one char,
   *     and a letter standing alone between spaces stays one, which the normaliser's join pass
   *     joins, shortening the text (pinned for every letter by {@code SpacedLettersSkipTest})
   */
  boolean loadNormalized(String s) {
    return loadNormalized(s, false);
  }

  /**
   * As {@link #loadNormalized(String)}, told whether s is already stripped and in NFKC ({@link
   * TextNormalizer#nfkcVisible}): then the marks NFKC left in it are folded in the buffer too.
   */
  boolean loadNormalized(String s, boolean nfkcApplied) {
    load(s);
    int n = length;
    int normalized = TextNormalizer.normalizeInPlace(chars, n, nfkcApplied);
    if (normalized >= 0) {
      length = normalized;
      return normalized != n;
    }
    load(TextNormalizer.normalizeNfkc(s));
    return true;
  }

  /** @return the words of s as the tokenizer splits them (for building the phrase tables) */
  static String[] split(String s) {
    Tokens t = new Tokens(s.length());
    t.built = new ArrayList<>();
    t.load(s);
    t.tokenize();
    return t.built.toArray(new String[0]);
  }

  /** Splits the normalised text in the buffer into words. */
  void tokenize() {
    tokenize(0, length, true);
    findDelimiter();
  }

  /** {@link #tokenizeMixed}: the words are split, the text normalised in the buffer */
  static final int TOKENIZED = 0;
  /** {@link #tokenizeMixed}: letters maybe spaced out; load the text with {@link #loadNormalized} */
  static final int LETTERS_SPACED = 1;
  /** {@link #tokenizeMixed}: the text needs NFKC ({@link TextNormalizer#normalizeNfkc}) */
  static final int NEEDS_FULL = 2;

  /**
   * Loads s, normalises it in the buffer and splits it into words in one pass, with the same
   * result as {@link #loadNormalized} and {@link #tokenize}: the path for text outside ASCII,
   * which is mostly plain words all the same (German, French, Chinese, English words between
   * them). Three kinds of run are read as they come, the way {@link
   * TextNormalizer#normalizeInPlace} and {@link #tokenize} would each read them:
   *
   * <ul>
   *   <li>a plain word: letters that only lower case changes ({@link TextNormalizer#plainLetter}:
   *       ASCII, accented Latin, CJK, ...), maybe with a trailing '!', ended by a char that ends
   *       a word for both ({@link #ENDS_WORD}): lower-cased, hashed and looked up;
   *   <li>a char between words ({@link TextNormalizer#separator}: a space, punctuation, the
   *       full-width comma NFKC makes ASCII): written as the normaliser writes it;
   *   <li>a number standing alone (ASCII digits): left as it is.
   * </ul>
   *
   * Anything else (a word with a digit, a joiner, a look-alike letter or {@code @ $ +}, an
   * emoji) goes with the rest of the text up to the next space to {@link
   * TextNormalizer#normalizePartInPlace} and then to the general tokenizer. Fake delimiters are
   * looked for once the whole text is normalised (they are read ahead of the position that
   * starts them). {@code TokenizeMixedTest} checks that both paths give the same text, words and
   * delimiter.
   *
   * @return {@link #TOKENIZED}; or {@link #LETTERS_SPACED} or {@link #NEEDS_FULL}, when the words
   *     and the buffer are invalid and the caller must load the text the other way
   */
  int tokenizeMixed(String s) {
    return tokenizeMixed(s, 0, s.length());
  }

  /** @return {@link #tokenizeMixed(String)} of the part [from, to) of s, read in place */
  int tokenizeMixed(String s, int from, int to) {
    return tokenizeMixed(s, from, to, false);
  }

  /**
   * As {@link #tokenizeMixed(String, int, int)}, told whether s is already stripped and in NFKC
   * ({@link TextNormalizer#nfkcVisible}): then the combining marks NFKC left in it (Devanagari,
   * Thai, Arabic vowel signs) are folded as they come instead of sending the text to {@link
   * #NEEDS_FULL}.
   */
  int tokenizeMixed(String s, int from, int to, boolean nfkcApplied) {
    load(s, from, to);
    final char[] a = chars;
    final int n = length;
    int words = (n >>> 6) + 2;
    if (breaks.length < words) {
      breaks = new long[Math.max(words, breaks.length + (breaks.length >> 1))];
    } else {
      java.util.Arrays.fill(breaks, 0, words, 0L);
    }
    final long[] sp = breaks;
    int singles = 0;
    boolean boundary = true;
    int i = 0;
    while (i < n) {
      char c = a[i];
      char l = PLAIN[c];
      int sep;
      if (l != 0) {
        int e = i;
        int h = 0;
        int part = i; // where the normaliser's word starts: the tokenizer's joins them at ' _ -
        int run = singles;
        boolean spaced = false;
        while (true) {
          do {
            a[e] = l;
            h = 31 * h + l;
            e++;
          } while (e < n && (l = PLAIN[a[e]]) != 0);
          char j;
          if (e + 1 >= n || (j = a[e]) != '\'' && j != '-' && j != '_' || (l = PLAIN[a[e + 1]]) == 0) {
            break;
          }
          // "l'adresse", "e-mail": one word for the tokenizer, two for the normaliser
          run = e - part == 1 ? run + 1 : 0;
          spaced |= run >= TextNormalizer.SPACED_OUT;
          h = 31 * h + j;
          part = ++e;
        }
        int end = e;
        while (end < n && a[end] == '!') {
          end++; // "day!": the normaliser's word takes the '!', the tokenizer's does not
        }
        if (end == n || (end == e ? ENDS_WORD[a[end]] : SEPARATOR[a[end]] != 0)) {
          // a plain word: words for the normaliser too, whose only change is the lower case
          run = end - part == 1 ? run + 1 : 0;
          if (spaced || run >= TextNormalizer.SPACED_OUT) {
            return LETTERS_SPACED;
          }
          singles = run;
          if (e - i <= 40) {
            int slot = lookup(a, i, e, h);
            add(slot, boundary, i, e);
            note(slot);
          }
          boundary = end != e; // '!' ends a sentence
          // the common space after a word is a separator that changes nothing
          if (end < n && a[end] == ' ') {
            sp[end >>> 6] |= 1L << end;
            i = end + 1;
          } else {
            i = end;
          }
          continue;
        }
      } else if ((sep = SEPARATOR[c]) != 0) {
        // between words: punctuation, a space, a symbol, as the normaliser writes it
        char d = (char) (sep - 1);
        sp[i >>> 6] |= (InjectionDecoders.isB64(c) ? 0L : 1L) << i;
        a[i] = d;
        int k = CHAR_KINDS[d];
        boundary |= (k & C_BOUNDARY) != 0;
        if ((k & C_DELIMITER) != 0) {
          noteDelimiterCandidate(i); // no delimiter char is a boundary
        }
        i++;
        continue;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(a[i + 1])
          && TextNormalizer.separator(Character.toCodePoint(c, a[i + 1])) >= 0) {
        i += 2; // an emoji: the normaliser leaves it, the tokenizer reads no word in it
        continue;
      } else if ((char) (c - '0') < 10) {
        int e = i + 1;
        while (e < n && (char) (a[e] - '0') < 10) {
          e++;
        }
        if (e == n || ENDS_WORD[a[e]]) {
          // a number standing alone: nothing in it changes, a word of no letter for the tokenizer
          singles = e - i == 1 ? singles + 1 : 0;
          if (singles >= TextNormalizer.SPACED_OUT) {
            return LETTERS_SPACED;
          }
          add(DIGITS, boundary, i, e);
          boundary = false;
          i = e;
          continue;
        }
      }
      // the rest up to the next space: normalised, then split by the general tokenizer
      int q = i + 1;
      while (q < n && a[q] != ' ') {
        q++;
      }
      int r = TextNormalizer.normalizePartInPlace(a, i, q, singles, nfkcApplied);
      if (r < 0) {
        return NEEDS_FULL;
      }
      if (r == TextNormalizer.SPACED_OUT) {
        return LETTERS_SPACED;
      }
      singles = r;
      boundary = tokenize(i, q, boundary);
      i = q;
    }
    findDelimiter();
    return TOKENIZED;
  }

  /** positions of the chars a fake delimiter may start at, in order, until {@link #findDelimiter} */
  private int[] delimiterCandidates = new int[8];
  private int candidateCount;

  private void noteDelimiterCandidate(int i) {
    if (candidateCount == delimiterCandidates.length) {
      delimiterCandidates = java.util.Arrays.copyOf(delimiterCandidates, candidateCount * 2);
    }
    delimiterCandidates[candidateCount++] = i;
  }

  /** Sets {@link #delimiter} to the first delimiter at a noted candidate (the text normalised). */
  private void findDelimiter() {
    for (int k = 0; k < candidateCount && delimiter == null; k++) {
      delimiter = delimiterAt(delimiterCandidates[k]);
    }
    candidateCount = 0;
  }

  /**
   * Splits the normalised text in [from, to) into words, noting where a fake delimiter may start.
   * No word may cross from or to.
   *
   * @param boundary whether a clause starts at from
   * @return whether a clause starts at to
   */
  private boolean tokenize(int from, int to, boolean boundary) {
    final char[] cs = chars;
    final byte[] kinds = CHAR_KINDS;
    int n = to;
    int i = from;
    boolean building = VOCAB_KEYS == null;
    while (i < n) {
      char c = cs[i];
      int kc = kinds[c];
      if ((kc & (C_LETTER | C_DIGIT)) != 0) {
        int j = i;
        boolean hasLetter = false;
        int h = 0;
        while (j < n) {
          char d = cs[j];
          int k = kinds[d];
          if ((k & C_LETTER) != 0) {
            hasLetter = true;
          } else if ((k & C_DIGIT) == 0 && !((k & C_JOINER) != 0 && j + 1 < n && (kinds[cs[j + 1]] & C_LETTER) != 0)) {
            break;
          }
          h = 31 * h + d;
          j++;
        }
        if (!hasLetter) {
          add(DIGITS, boundary, i, j);
          if (building) {
            built.add("");
          }
        } else if (j - i <= 40) {
          int slot;
          if (building) {
            built.add(new String(cs, i, j - i)); // building the phrase tables
            slot = UNKNOWN;
          } else {
            slot = lookup(cs, i, j, h);
          }
          add(slot, boundary, i, j);
          if (!building) {
            note(slot);
          }
        }
        boundary = false;
        i = j;
      } else {
        if ((kc & C_BOUNDARY) != 0) {
          boundary = true;
        } else if ((kc & C_DELIMITER) != 0) {
          noteDelimiterCandidate(i);
        }
        i++;
      }
    }
    return boundary;
  }

  /** {@link #CHAR_KINDS}: a letter ({@link Character#isLetter}) */
  static final int C_LETTER = 1;
  /** {@link #CHAR_KINDS}: a digit, or a char outside ASCII that is a letter or digit but no letter */
  static final int C_DIGIT = 2;
  /** {@link #CHAR_KINDS}: {@code ' _ -}, which join two words when a letter follows */
  static final int C_JOINER = 4;
  /** {@link #CHAR_KINDS}: a sentence or clause boundary ({@code . ! ? : ; " , - (}, line breaks, “ „) */
  static final int C_BOUNDARY = 8;
  /** {@link #CHAR_KINDS}: a char a fake delimiter starts with ({@code < [ #}) */
  static final int C_DELIMITER = 16;
  /**
   * per char, what {@link #tokenize} makes of it ({@link #C_LETTER}, ...): one table read per char
   * instead of a branch on ASCII and two tables (which mispredicts at every accented letter)
   */
  static final byte[] CHAR_KINDS = new byte[1 << 16];

  static {
    for (int i = 0; i < 1 << 16; i++) {
      char c = (char) i;
      int k;
      if (c < 0x80) {
        k = (KIND[c] == 1 ? C_LETTER : 0) | (KIND[c] == 2 ? C_DIGIT : 0)
            | (c == '\'' || c == '_' || c == '-' ? C_JOINER : 0) | (KIND[c] == 4 ? C_BOUNDARY : 0)
            | (c == '<' || c == '[' || c == '#' ? C_DELIMITER : 0);
      } else {
        int kind = CharKinds.KIND[c];
        k = (kind & CharKinds.LETTER) != 0 ? C_LETTER : (kind & CharKinds.LETTER_OR_DIGIT) != 0 ? C_DIGIT : 0;
        k |= c == '\u201c' || c == '\u201e' ? C_BOUNDARY : 0;
      }
      CHAR_KINDS[i] = (byte) k;
    }
  }

  /** per char: {@link TextNormalizer#plainLetter}, the letters {@link #tokenizeMixed} reads as it goes */
  private static final char[] PLAIN = new char[1 << 16];
  /**
   * per char: 1 + {@link TextNormalizer#separator} when that is a char no word of the tokenizer
   * takes in either (no letter or digit, which the normaliser's separators never are), else 0
   */
  private static final char[] SEPARATOR = new char[1 << 16];
  /** per char: whether it ends a word for both the normaliser and the tokenizer: a separator and no joiner */
  private static final boolean[] ENDS_WORD = new boolean[1 << 16];

  static {
    for (int c = 0; c < PLAIN.length; c++) {
      char l = TextNormalizer.plainLetter((char) c);
      PLAIN[c] = (CHAR_KINDS[l] & C_LETTER) != 0 ? l : 0;
      int sep = TextNormalizer.separator((char) c);
      if (sep >= 0 && sep < 0xFFFF && (CHAR_KINDS[sep] & (C_LETTER | C_DIGIT)) == 0) {
        SEPARATOR[c] = (char) (sep + 1);
        ENDS_WORD[c] = (CHAR_KINDS[sep] & C_JOINER) == 0;
      }
    }
  }

  /** ASCII lower-casing table */
  private static final char[] LOWER = new char[128];
  /** per ASCII char: its lower case when it is a letter, else 0 */
  private static final byte[] LETTER_LOWER = new byte[128];
  /** ASCII chars TextNormalizer treats as word chars: letters, digits, @ $ ! + */
  private static final boolean[] WORDISH = new boolean[128];
  /** ASCII chars that may turn into letters when their word is normalised: digits, @ $ ! + */
  private static final boolean[] LEETISH = new boolean[128];
  /** the longest delimiter */
  private static final int MAX_DELIMITER;

  static {
    for (char c = 0; c < 128; c++) {
      LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      LETTER_LOWER[c] = (byte) (KIND[c] == 1 ? LOWER[c] : 0);
      LEETISH[c] = (c >= '0' && c <= '9') || c == '@' || c == '$' || c == '!' || c == '+';
      WORDISH[c] = LEETISH[c] || KIND[c] == 1;
    }
    int max = 0;
    for (String d : DELIMITERS) {
      max = Math.max(max, d.length());
    }
    MAX_DELIMITER = max;
  }

  /** chars in [0, foldedTo) that belong to a word folded ahead are final (see {@link #visit}) */
  private int foldedTo;
  /** the last letter standing alone (a one-letter word) and how many came in a row, for spaced-out letters */
  private int lastSingle;
  private int singles;

  /**
   * The plain-ASCII fast path: normalises the text in {@link #bytes} (pure ASCII) in place exactly
   * as {@link TextNormalizer#normalize} does and splits it into words, in one pass. Each char is
   * made final when the pass first reads it ({@link #visit}): lower-cased, or, for a digit or
   * {@code @ $ ! +}, its whole word folded by {@link TextNormalizer#foldAsciiWord}. The common
   * word — up to fifteen letters, letters joined by {@code '} or {@code -} ("don't", "e-mail"),
   * or a number standing alone — ended by a char that is neither a word char nor a joiner (or by
   * {@code !} that no word char follows: "day!"), is read eight bytes at a time ({@link #wordRun});
   * everything else goes char by char.
   *
   * @return false when the text holds letters spaced out one by one (which the normaliser joins):
   *     then the words are invalid and the caller must load the normalised text and call
   *     {@link #tokenize}
   */
  boolean foldAndTokenizeAscii() {
    foldedTo = 0;
    lastSingle = -1;
    singles = 0;
    byte[] cs = bytes;
    int n = length;
    int wideEnd = n - 8; // an eight-byte read at i stays inside the text while i <= wideEnd
    boolean boundary = true;
    int i = 0;
    while (i < n) {
      int c = LETTER_LOWER[cs[i]];
      if (c != 0 && i <= wideEnd) {
        runBoundary = boundary;
        int next = wordRun(i);
        if (next < 0) {
          return false;
        }
        if (next != i) {
          i = next;
          boundary = runBoundary;
          continue;
        }
      }
      if (c != 0) {
        cs[i] = (byte) c; // a letter: what visit does
      } else {
        c = visit(i);
      }
      if ((KIND[c] & 3) != 0) {
        int j = i;
        boolean hasLetter = false;
        boolean joined = false;
        int d = c;
        while (true) {
          int k = KIND[d];
          if (k == 1) {
            hasLetter = true;
            j++;
            // the common case, a run of ASCII letters: lower-cased here exactly as visit does
            while (j < n) {
              int l = LETTER_LOWER[cs[j]];
              if (l == 0) {
                break;
              }
              cs[j] = (byte) l;
              j++;
            }
            if (j >= n || cs[j] == ' ') {
              break; // a space ends the word (visiting it would change nothing)
            }
            d = visit(j);
            continue;
          } else if (k != 2) {
            if ((d == '\'' || d == '_' || d == '-') && j + 1 < n) {
              if (KIND[visit(j + 1)] != 1) {
                break;
              }
              joined = true;
            } else {
              break;
            }
          }
          j++;
          if (j >= n) {
            break;
          }
          d = visit(j);
        }
        if (hasLetter && (joined || j - i == 1) && !countSingles(i, j)) {
          return false;
        }
        if (!hasLetter) {
          add(DIGITS, boundary, i, j);
        } else if (j - i <= 40) {
          // every ASCII vocabulary word has at most MAX_PACKED chars (checked when the tables are built)
          int slot = j - i <= 8 ? lookupPacked(pack(cs, i, j))
              : j - i <= MAX_PACKED ? lookupPacked2(pack(cs, i, i + 8), pack(cs, i + 8, j)) : UNKNOWN;
          add(slot, boundary, i, j);
          note(slot);
        }
        boundary = false;
        i = j < n && cs[j] == ' ' ? j + 1 : j;
      } else {
        if (KIND[c] == 4) {
          boundary = true;
        } else if ((c == '<' || c == '[' || c == '#') && delimiter == null) {
          int limit = Math.min(n, i + MAX_DELIMITER);
          for (int q = i + 1; q < limit; q++) {
            visit(q);
          }
          delimiter = delimiterAt(i);
        }
        i++;
      }
    }
    return true;
  }

  /** eight ASCII bytes read as one little-endian long (the first byte lowest) */
  static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  /** per ASCII char: whether a run of letters followed by it is a whole word for the normaliser and the tokenizer */
  private static final boolean[] CLEAN_END = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      CLEAN_END[c] = !WORDISH[c] && c != '\'' && c != '_' && c != '-';
    }
  }

  /** per ASCII char after a word: 0 other, 1 a space, 2 a clause boundary that is also a {@link #CLEAN_END} */
  private static final byte[] AFTER_WORD = new byte[128];

  static {
    AFTER_WORD[' '] = 1;
    for (char c = 0; c < 128; c++) {
      if (KIND[c] == 4 && CLEAN_END[c]) {
        AFTER_WORD[c] = 2;
      }
    }
  }

  /** the clause-start flag carried into and out of {@link #wordRun} */
  private boolean runBoundary;

  /**
   * Splits off the common words from i on, eight bytes at a time, while they come: runs of one
   * to fifteen ASCII letters ended by a {@link #CLEAN_END} char, each followed by a space or by
   * clause punctuation and a space. Letters are found in eight bytes at once: for an ASCII byte
   * b, {@code v = b | 0x20} is in [0x20, 0x7f] and is a lower-case letter exactly when
   * {@code v + 0x1f} reaches 0x80 and {@code v + 0x05} does not (no sum carries into the next
   * byte); the lower-cased word is then the low bytes of v, packed as the vocabulary tables are.
   * The words are not lower-cased in the text ({@link #ch} lower-cases on reading): writing eight
   * bytes back would stall the next, overlapping read. Works on locals and writes the word lists
   * back at the end, so the loop holds no field in memory.
   *
   * @param i a letter with at least eight bytes of text from it; {@link #runBoundary} says
   *     whether it starts a clause, and says it for the returned position on return
   * @return where the char-by-char path goes on (i when the word at i is not a common one), or
   *     -1 when letters spaced out one by one were found
   */
  private int wordRun(int i) {
    byte[] cs = bytes;
    int n = length;
    int wideEnd = n - 8;
    int size = this.size;
    int ruleCount = this.ruleCount;
    int phraseCount = this.phraseCount;
    int[] slots = this.slots;
    int[] starts = this.starts;
    int[] ends = this.ends;
    boolean[] clauseStart = this.clauseStart;
    int[] ruleAt = this.ruleAt;
    int[] phraseAt = this.phraseAt;
    int cap = slots.length;
    boolean boundary = runBoundary;
    int result = i;
    while (i <= wideEnd && size < cap) {
      long v = (long) LONGS.get(cs, i) | 0x2020202020202020L;
      long letters = (v + 0x1F1F1F1F1F1F1F1FL) & ~(v + 0x0505050505050505L) & HIGH_BITS;
      int len = Long.numberOfTrailingZeros(~letters & HIGH_BITS) >>> 3;
      int slot;
      boolean joined = false;
      if (len < 8) {
        if (len == 0) {
          // a number standing alone ("order 48213 for"): a word of digits, as the char-by-char path reads it when a
          // clean end follows (then nothing in it is leetspeak: plainEnd; the char before is a space or clean
          // punctuation here, as the word run goes on only after those)
          int end = digitsEnd(cs, i, n);
          if (end < 0) {
            break;
          }
          len = end - i;
          slot = DIGITS;
        } else if (CLEAN_END[cs[i + len]] || bangsEnd(cs, i + len, n) >= 0) {
          slot = packedSlot(v, cs, i, len);
        } else {
          // "don't", "e-mail": letters joined by ' or - are one word for the tokenizer (and ' and - are their own
          // lower case, so v still holds the word's first eight chars as the vocabulary packs them)
          int end = joinedEnd(cs, i + len, n);
          if (end < 0 || end >= n || end - i > MAX_PACKED || end - i > 8 && i + 8 > wideEnd) {
            break;
          }
          len = end - i;
          slot = packedSlot(v, cs, i, len);
          joined = true;
        }
      } else {
        if (i + 8 > wideEnd) {
          break;
        }
        long v2 = (long) LONGS.get(cs, i + 8) | 0x2020202020202020L;
        long letters2 = (v2 + 0x1F1F1F1F1F1F1F1FL) & ~(v2 + 0x0505050505050505L) & HIGH_BITS;
        int len2 = Long.numberOfTrailingZeros(~letters2 & HIGH_BITS) >>> 3;
        if (len2 == 8 || !CLEAN_END[cs[i + 8 + len2]] && bangsEnd(cs, i + 8 + len2, n) < 0) {
          break;
        }
        len = 8 + len2;
        slot = packedSlot(v, cs, i, len);
      }
      slots[size] = slot;
      clauseStart[size] = boundary;
      starts[size] = i;
      ends[size] = i + len;
      int f = WORD_FLAGS[slot + 2];
      ruleAt[ruleCount] = size;
      ruleCount += f & 1;
      phraseAt[phraseCount] = size;
      phraseCount += f >> 1;
      size++;
      if (len == 1 || joined) {
        if (!countSingles(i, i + len)) {
          result = -1;
          break;
        }
      }
      i += len;
      boundary = false;
      result = i;
      int after = AFTER_WORD[cs[i]];
      if (after == 0) {
        int e = bangsEnd(cs, i, n);
        if (e < 0) {
          break; // a char for the char-by-char path
        }
        // "day!": each '!' ends a sentence, as visiting it would say, and stays as it is
        i = e;
        boundary = true;
        if (i < n && cs[i] == ' ') {
          i++;
        }
        result = i;
        continue;
      }
      i++;
      if (after == 2) {
        boundary = true; // what visiting the punctuation would do
        if (i < n && cs[i] == ' ') {
          i++;
        }
      }
      result = i;
    }
    this.size = size;
    this.ruleCount = ruleCount;
    this.phraseCount = phraseCount;
    runBoundary = boundary;
    return result;
  }

  /**
   * @param v the eight bytes at i as the word run reads them (each {@code | 0x20})
   * @param len the word's length at i, 1 to {@link InjectionRules#MAX_PACKED}; when over eight, eight more bytes are
   *     readable from i + 8
   * @return the vocabulary slot of the lower-cased ASCII word of len chars at i (-1 when it is not a vocabulary word),
   *     its chars packed as the vocabulary tables pack them
   */
  private static int packedSlot(long v, byte[] cs, int i, int len) {
    if (len < 8) {
      return lookupPacked(v & ((1L << (len << 3)) - 1));
    }
    if (len == 8) {
      return lookupPacked(v);
    }
    return lookupPacked2(v, ((long) LONGS.get(cs, i + 8) | 0x2020202020202020L) & ((1L << ((len - 8) << 3)) - 1));
  }

  /**
   * @return the end of the run of one to seven digits at i when a clean end (neither a word char nor a joiner) follows
   *     it, else -1
   */
  private static int digitsEnd(byte[] cs, int i, int n) {
    int e = i;
    while (e < n && e - i < 8 && cs[e] >= '0' && cs[e] <= '9') {
      e++;
    }
    return e > i && e - i < 8 && e < n && CLEAN_END[cs[e]] ? e : -1;
  }

  /**
   * @return the end of a word whose letters are joined by {@code '} or {@code -} ("don't", "e-mail", "state-of-the-art")
   *     where the char-by-char path ends it (a clean end, a run of '!' that no word char follows, or the end of the
   *     text), given the first joiner at e; -1 when there is no letter after that joiner or the word ends otherwise
   */
  private static int joinedEnd(byte[] cs, int e, int n) {
    while (e + 1 < n && (cs[e] == '\'' || cs[e] == '-') && KIND[cs[e + 1]] == 1) {
      e += 2;
      while (e < n && KIND[cs[e]] == 1) {
        e++;
      }
    }
    return e == n || CLEAN_END[cs[e]] || bangsEnd(cs, e, n) >= 0 ? e : -1;
  }

  /**
   * @return where the run of '!' at j ends when it ends a word as the char-by-char path reads it ("day!", "now!!":
   *     the '!' stay, no leetspeak, since no word char follows them: {@link #plainEnd}), else -1 (no '!' at j, or a
   *     word char after the run)
   */
  private static int bangsEnd(byte[] cs, int j, int n) {
    if (cs[j] != '!') {
      return -1;
    }
    int e = j + 1;
    while (e < n && cs[e] == '!') {
      e++;
    }
    return e < n && WORDISH[cs[e]] ? -1 : e;
  }

  /** @return the final char at j (see {@link #foldAndTokenizeAscii}) */
  private int visit(int j) {
    byte[] cs = bytes;
    int c = cs[j];
    if (LEETISH[c] && j >= foldedTo) {
      int plain = plainEnd(j);
      if (plain >= 0) {
        foldedTo = plain;
        return c;
      }
      foldedTo = TextNormalizer.foldAsciiWord(cs, length, j);
      return cs[j];
    }
    int l = LOWER[c];
    cs[j] = (byte) l;
    return l;
  }

  /**
   * The common words with a digit or {@code @ $ ! +} that normalising leaves as they are, told
   * apart without {@link TextNormalizer#foldAsciiWord}: a number standing alone ("48213"), or
   * such symbols ending a word ("day!", trimmed before de-leeting). Called for the first such
   * char of a word, at j: every char before j is visited, so the word's part before j holds
   * letters only.
   *
   * @return the word's end when nothing in it changes, else -1
   */
  private int plainEnd(int j) {
    byte[] cs = bytes;
    int n = length;
    int c = cs[j];
    int e = j + 1;
    if (c >= '0' && c <= '9') {
      if (j > 0 && WORDISH[cs[j - 1]]) {
        return -1; // letters before a digit: maybe leetspeak
      }
      while (e < n && cs[e] >= '0' && cs[e] <= '9') {
        e++;
      }
    } else {
      while (e < n && (cs[e] == '!' || cs[e] == '$' || cs[e] == '+' || cs[e] == '@')) {
        e++;
      }
    }
    return e < n && WORDISH[cs[e]] ? -1 : e;
  }

  /**
   * Counts the letters standing alone (one-letter words of the normaliser) in the word [from,
   * to); five in a row, with nothing but non-word chars between them, are spaced-out letters.
   *
   * @return false when such a run is found
   */
  private boolean countSingles(int from, int to) {
    byte[] cs = bytes;
    for (int p = from; p < to; p++) {
      if (KIND[cs[p]] == 1 && (p == 0 || !WORDISH[cs[p - 1]]) && (p + 1 >= length || !WORDISH[cs[p + 1]])) {
        boolean gapClear = lastSingle >= 0;
        for (int q = lastSingle + 1; gapClear && q < p; q++) {
          gapClear = !WORDISH[cs[q]];
        }
        singles = gapClear ? singles + 1 : 1;
        lastSingle = p;
        if (singles >= 5) {
          return false;
        }
      }
    }
    return true;
  }

  /** @return the first of {@link #DELIMITERS} starting at i, or null */
  @Nullable String delimiterAt(int i) {
    char c = ch(i);
    char c2 = i + 1 < length ? ch(i + 1) : 0; // every delimiter has at least two chars
    if (!DELIMITER_PAIRS.mayStart(c, c2)) {
      return null; // no delimiter starts with the two (a redacted "<EMAIL_1>", a "[" in prose)
    }
    for (String d : DELIMITERS) {
      if (d.charAt(0) == c && d.charAt(1) == c2 && regionEquals(i, d)) {
        return d;
      }
    }
    return null;
  }

  /** the pairs of chars the delimiters start with */
  private static final AsciiPairs DELIMITER_PAIRS = new AsciiPairs(DELIMITERS);

  /** @return whether the text has s at position from */
  boolean regionEquals(int from, String s) {
    int len = s.length();
    if (from < 0 || from + len > length) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (ch(from + k) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  int size() {
    return size;
  }

  /** @return word i ("" for a number or outside the text); words outside the vocabulary are copied on demand */
  String word(int i) {
    if (i < 0 || i >= size) {
      return "";
    }
    int slot = slots[i];
    if (slot >= 0) {
      return VOCAB_KEYS[slot];
    }
    if (slot == DIGITS) {
      return "";
    }
    return bytes != null
        ? new String(bytes, starts[i], ends[i] - starts[i], StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)
        : new String(chars, starts[i], ends[i] - starts[i]);
  }

  /** @return whether word i (as {@link #word}) equals w, without materialising it */
  boolean eq(int i, String w) {
    if (i < 0 || i >= size) {
      return w.isEmpty();
    }
    int slot = slots[i];
    if (slot >= 0) {
      return VOCAB_KEYS[slot].equals(w);
    }
    if (slot == DIGITS) {
      return w.isEmpty();
    }
    return ends[i] - starts[i] == w.length() && !w.isEmpty() && ch(starts[i]) == w.charAt(0)
        && regionEquals(starts[i], w);
  }

  /** @return whether a quote or colon follows word i within a few chars */
  boolean quoteAfter(int i) {
    int from = ends[i];
    for (int k = from; k < Math.min(length, from + 4); k++) {
      char c = ch(k);
      if (c == '"' || c == '\'' || c == '“' || c == '„' || c == ':' || c == '«') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word i stands inside a quotation embedded in a sentence on its line: a quote opened
   * after some words (not at the start of the line) and closed after word i on the same line.
   * Such words are mentioned ("what does 'ignore previous instructions' mean?"), not addressed
   * to anyone. Straight double and single quotes (not apostrophes) and curly ones (English,
   * German, French) count.
   */
  boolean mentioned(int i) {
    int at = starts[i];
    int from = Math.max(0, at - 300);
    for (int k = at - 1; k >= from; k--) {
      if (ch(k) == '\n') {
        from = k + 1;
        break;
      }
    }
    boolean open = false;
    int openAt = -1;
    for (int k = from; k < at; k++) {
      char c = ch(k);
      if (c == '"' || c == '\u201c') {
        open = !open;
        openAt = k;
      } else if (c == '\u201e' || c == '\u00ab' || c == '\u2018' || c == '\'' && openingSingle(k)) {
        open = true;
        openAt = k;
      } else if (c == '\u201d' || c == '\u00bb' || c == '\u2019' && !letterAt(k + 1)
          || c == '\'' && closingSingle(k)) {
        open = false;
      }
    }
    if (!open) {
      return false;
    }
    boolean wordsBefore = false;
    for (int k = from; k < openAt && !wordsBefore; k++) {
      wordsBefore = letterOrDigit(ch(k));
    }
    if (!wordsBefore) {
      return false;
    }
    for (int k = ends[i], to = Math.min(length, ends[i] + 300); k < to; k++) {
      char c = ch(k);
      if (c == '\n') {
        return false;
      }
      if (c == '"' || c == '\u201c' || c == '\u201d' || c == '\u00bb' || c == '\u2019' && !letterAt(k + 1)
          || c == '\'' && closingSingle(k)) {
        return true;
      }
    }
    return false;
  }

  /** @return whether the char at k is a letter or digit (false outside the text) */
  private boolean letterAt(int k) {
    return k >= 0 && k < length && letterOrDigit(ch(k));
  }

  /** @return whether the straight single quote at k opens a quotation: after a non-letter, before a letter (not an apostrophe) */
  private boolean openingSingle(int k) {
    return !letterAt(k - 1) && letterAt(k + 1);
  }

  /** @return whether the straight single quote at k closes a quotation: after a letter or punctuation, before a non-letter */
  private boolean closingSingle(int k) {
    return k > 0 && !letterAt(k + 1) && ch(k - 1) != ' ';
  }

  /** @return whether word i is followed by "or" or a slash: one of alternatives ("yes or no"), an answer format */
  boolean alternative(int i) {
    return eq(i + 1, "or") || eq(i + 1, "oder") || eq(i + 1, "ou") || eq(i + 1, "o")
        || i + 1 < size && ends[i] < length && ch(ends[i]) == '/';
  }

  /** @return the vocabulary slot of word i; UNKNOWN outside the text */
  int slotAt(int i) {
    return i < 0 || i >= size ? UNKNOWN : slots[i];
  }

  /** @return the classes of word i, 0 outside the vocabulary or the text */
  int classes(int i) {
    if (i < 0 || i >= size) {
      return 0;
    }
    int slot = slots[i];
    return slot < 0 ? 0 : VOCAB_CLASSES[slot];
  }

  /**
   * @param j a word after the first
   * @return whether a sentence ends between word j - 1 and word j: a '.', '!' or '?' followed by
   *     whitespace, or a line break ("fine. Please", not "jane.doe" nor "ignore.all.previous")
   */
  boolean sentenceEndsBefore(int j) {
    for (int k = ends[j - 1], to = starts[j]; k < to; k++) {
      char c = ch(k);
      if (c == '\n' || c == '\r' || (c == '.' || c == '!' || c == '?') && k + 1 < to && Character.isWhitespace(ch(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** @return the first word of word i's clause: the last word at or before i that starts one (0 when none does) */
  int clauseOf(int i) {
    int k = i;
    while (k > 0 && !clauseStart[k]) {
      k--;
    }
    return k;
  }

  boolean is(int i, int cls) {
    return (classes(i) & cls) != 0;
  }
}
