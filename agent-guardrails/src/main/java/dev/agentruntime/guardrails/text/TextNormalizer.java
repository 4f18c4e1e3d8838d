package dev.agentruntime.guardrails.text;

import org.jspecify.annotations.Nullable;
import java.text.Normalizer;

/**
 * Normalises text before it is matched against phrase rules, so that tricks meant to slip past
 * filters do not work: Unicode NFKC (full-width and styled letters become plain), zero-width and
 * bidirectional control characters removed, invisible Unicode "tag" characters decoded to the
 * ASCII they hide, Cyrillic and Greek look-alike letters folded to Latin, simple leetspeak undone
 * inside words ({@code 1gn0re} becomes {@code ignore}), letters spaced out one by one joined
 * ({@code i g n o r e}), and everything lower-cased. Linear time; never throws (unpaired
 * surrogates are dropped). Stateless and thread-safe.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /**
   * @param text any text, may be null
   * @return the normalised text; empty for null
   */
  public static @Nullable String normalize(@Nullable CharSequence text) {
    if (text == null || text.length() == 0) {
      return "";
    }
    if (text instanceof String) {
      String folded = foldAscii((String) text); // null unless pure ASCII (nothing invisible in it)
      if (folded != null) {
        return folded;
      }
      // most other text (accented letters, CJK, emoji) is left alone by NFKC: folded in one pass
      char[] a = ((String) text).toCharArray();
      int length = normalizeInPlace(a, a.length);
      if (length >= 0) {
        return new String(a, 0, length);
      }
    }
    return normalizeNfkc(text);
  }

  /**
   * As {@link #normalize}, for a text its one-pass fold cannot take (an ellipsis or a ligature NFKC
   * expands, a combining mark, a zero-width joiner in an emoji, an unpaired surrogate): the
   * invisible characters are stripped and NFKC is applied as by {@link #normalizeFully}, and the
   * NFKC text is then folded in one pass by the table of {@link #normalizeInPlace} (which NFKC text
   * holding nothing invisible almost always passes) rather than char by char through {@link
   * Character}: the same result, about a fifth of the time for a 2 KB message.
   *
   * @param text any text, may be null
   * @return the normalised text; empty for null
   */
  public static String normalizeNfkc(@Nullable CharSequence text) {
    if (text == null || text.length() == 0) {
      return "";
    }
    String s = nfkcVisible(text);
    if (isAscii(s)) {
      return foldAscii(s); // not null: s is pure ASCII
    }
    // NFKC text with nothing invisible is what the in-place fold reads (NFKC is idempotent, so
    // normalizeFully would leave it as it is before folding), the marks NFKC could not compose
    // included; a supplementary char other than an emoji (a rare CJK ideograph) still sends it to
    // the char-by-char fold
    char[] a = s.toCharArray();
    int length = normalizeInPlace(a, a.length, true);
    return length >= 0 ? new String(a, 0, length) : foldAndLower(s);
  }

  /**
   * The first two steps of {@link #normalizeFully}: invisible characters stripped (tag characters
   * decoded, unpaired surrogates dropped), then Unicode NFKC. What is left is folding, which the
   * one-pass folds can do on such text ({@link #normalizePartInPlace(char[], int, int, int,
   * boolean)}, told so, also reads the combining marks NFKC left): for callers that fold in a
   * buffer of their own (the prompt-injection scorer).
   *
   * @param text any text
   * @return the text without invisible characters, in NFKC; {@code text} itself as a String when
   *     nothing changes
   */
  public static String nfkcVisible(CharSequence text) {
    String s = stripInvisible(text);
    return isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
  }

  /**
   * The full normaliser, without the fast paths of {@link #normalize}: invisible characters
   * stripped, NFKC, then folding. Gives the same result as {@link #normalize}, slower; the
   * reference the fast paths are tested against.
   *
   * @param text any text, may be null
   * @return the normalised text; empty for null
   */
  public static String normalizeFully(@Nullable CharSequence text) {
    if (text == null || text.length() == 0) {
      return "";
    }
    String s = stripInvisible(text);
    if (isAscii(s)) {
      return foldAscii(s); // not null: s is pure ASCII
    }
    s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    return foldAndLower(s);
  }

  /**
   * Normalises in place, exactly as {@link #normalize} does, a text in which Unicode NFKC only
   * replaces single chars by single chars (full-width punctuation, no-break spaces, superscript
   * digits, ...) or changes nothing, and that holds nothing invisible — which is most text in any
   * script: accented Latin, Greek, Cyrillic, CJK, emoji. Such a text needs only those replacements
   * and the folding (lower case, confusables, leetspeak, spaced-out letters joined), done here in
   * one pass over the array. Every char is looked up in a table built once from the running JDK's
   * own {@link Character} and {@link Normalizer} (see {@code Props}), so the result always agrees
   * with its normaliser. For callers that normalise into a buffer of their own (the
   * prompt-injection scorer).
   *
   * @param text the text in {@code [0, length)}; overwritten with the normalised text
   * @param length the text's length, at most {@code text.length}
   * @return the length of the normalised text (never more than length), or -1 when the text holds
   *     a char the full normaliser must see (ligatures and other chars NFKC expands, combining
   *     marks, invisible or tag characters, unpaired surrogates, ...): then the array's content is
   *     unspecified and the caller must use {@link #normalize}
   * @throws IndexOutOfBoundsException when length is negative or exceeds the array
   */
  public static int normalizeInPlace(char[] text, int length) {
    return normalizeInPlace(text, length, false);
  }

  /**
   * As {@link #normalizeInPlace(char[], int)}, for a text that may already have been through
   * {@link #nfkcVisible}: then the combining marks NFKC left in it are folded like any other char
   * (as by {@link #normalizePartInPlace(char[], int, int, int, boolean)}).
   *
   * @param text the text in {@code [0, length)}; overwritten with the normalised text
   * @param length the text's length, at most {@code text.length}
   * @param nfkcApplied whether the text is the result of {@link #nfkcVisible}
   * @return as {@link #normalizeInPlace(char[], int)}
   * @throws IndexOutOfBoundsException when length is negative or exceeds the array
   */
  public static int normalizeInPlace(char[] text, int length, boolean nfkcApplied) {
    if (length < 0 || length > text.length) {
      throw new IndexOutOfBoundsException("length " + length + ", array " + text.length);
    }
    int r = normalizeRange(text, 0, length, 0, nfkcApplied);
    return r < 0 ? -1 : r == SPACED_OUT ? joinSpacedLettersInPlace(text, length) : length;
  }

  /**
   * What {@link #normalizePartInPlace} returns when five or more words of one char came in a row:
   * letters maybe spaced out one by one, which only {@link #normalizeInPlace} over the whole text
   * joins.
   */
  public static final int SPACED_OUT = 5;

  /**
   * Normalises the part {@code [from, to)} of a text in place exactly as {@link #normalizeInPlace}
   * normalises it in the whole text, but joins no spaced-out letters: for a caller that reads the
   * plain words of a text itself (ASCII letters between spaces and punctuation need only lower
   * case) and hands the rest over part by part (the prompt-injection scorer's tokenizer). The part
   * must start and end between words: what comes before {@code from} (already normalised) and the
   * char at {@code to} (where there are such chars) are chars or emoji for which {@link #separator}
   * gives one, such as a space or punctuation.
   *
   * @param text the text; {@code [from, to)} is overwritten with its normalised form, which has the
   *     same length as long as this does not return {@link #SPACED_OUT}
   * @param from where the part starts
   * @param to where it ends
   * @param singles how many words of one char came in a row right before {@code from}, with no
   *     longer word between them (0 at the start of the text); the count this method returns for
   *     the part before
   * @return -1 when the part holds a char the full normaliser must see (then the whole text must
   *     go through {@link #normalize}, and the part's content is unspecified); {@link #SPACED_OUT}
   *     when, counting the singles before it, five or more words of one char came in a row in the
   *     part (then the whole text must go through {@link #normalizeInPlace}); else how many words
   *     of one char come in a row at its end, 0 to 4
   * @throws IndexOutOfBoundsException when {@code [from, to)} is not inside the array
   * @throws IllegalArgumentException when singles is negative
   */
  public static int normalizePartInPlace(char[] text, int from, int to, int singles) {
    return normalizePartInPlace(text, from, to, singles, false);
  }

  /**
   * As {@link #normalizePartInPlace(char[], int, int, int)}, for a text that may already have been
   * through {@link #nfkcVisible}: then the combining marks and conjoining jamo NFKC left in it
   * (Devanagari and Thai vowel signs, Arabic vowel marks, an enclosing keycap) are folded like any
   * other char instead of refused, since NFKC has nothing left to compose them with.
   *
   * @param text the text, as for {@link #normalizePartInPlace(char[], int, int, int)}
   * @param from where the part starts
   * @param to where it ends
   * @param singles how many words of one char came in a row right before {@code from}
   * @param nfkcApplied whether the whole text is the result of {@link #nfkcVisible}
   * @return as {@link #normalizePartInPlace(char[], int, int, int)}
   * @throws IndexOutOfBoundsException when {@code [from, to)} is not inside the array
   * @throws IllegalArgumentException when singles is negative
   */
  public static int normalizePartInPlace(char[] text, int from, int to, int singles, boolean nfkcApplied) {
    if (from < 0 || from > to || to > text.length) {
      throw new IndexOutOfBoundsException("part [" + from + ", " + to + "), array " + text.length);
    }
    if (singles < 0) {
      throw new IllegalArgumentException("singles must not be negative, was " + singles);
    }
    return normalizeRange(text, from, to, singles, nfkcApplied);
  }

  /**
   * What the normaliser makes of a letter in a word of such letters, for callers that read plain
   * words themselves ({@link #normalizePartInPlace}): a word made only of letters for which this
   * returns a char, ended by an ASCII char that is no word char, normalises to those chars.
   *
   * @param c any char
   * @return c lower-cased when c is a letter that NFKC leaves alone in any text and that no
   *     confusable folding changes (ASCII letters, accented Latin, CJK, most other scripts); 0 for
   *     any other char
   */
  public static char plainLetter(char c) {
    int p = Props.BMP[c];
    if ((p & Props.INERT) == 0 || (p & Props.LETTER) == 0) {
      return 0;
    }
    char l = (p & Props.LOWER_SAME) != 0 ? c : Character.toLowerCase(c);
    return confusable(l) == l && Character.isLetter(l) ? l : 0;
  }

  /**
   * What the normaliser makes of a char that separates words, for callers that read plain words
   * themselves ({@link #normalizePartInPlace}): punctuation, spaces, symbols, emoji.
   *
   * @param c any code point
   * @return what c becomes in any text when c, or the one char NFKC makes of it (the full-width
   *     comma becomes ','), is no word char (no letter or digit, none of {@code @ $ ! +}) that NFKC
   *     leaves alone: that char, lower-cased (the few symbols with a case, such as circled letters);
   *     an emoji or pictograph that NFKC leaves alone as it is; -1 for any other code point
   *     (letters, digits, surrogates, chars only the full normaliser handles)
   */
  public static int separator(int c) {
    if (c > Character.MAX_VALUE) {
      return Props.inertSupplementary(c) ? c : -1; // an emoji of the blocks NFKC leaves alone
    }
    if (c < 0) {
      return -1;
    }
    int p = Props.BMP[c];
    char s = (char) c;
    if ((p & Props.INERT) == 0) {
      if ((p & Props.MAPPED) == 0) {
        return -1;
      }
      s = Props.MAP[c];
      p = Props.BMP[s];
    }
    if ((p & Props.WORDISH) != 0) {
      return -1;
    }
    return (p & Props.LOWER_SAME) != 0 ? s : Character.toLowerCase(s);
  }

  /**
   * The one pass of {@link #normalizeInPlace} over {@code [from, to)}, spaced-out letters not joined.
   *
   * @return -1, {@link #SPACED_OUT} or the singles at the end, as {@link #normalizePartInPlace}
   */
  private static int normalizeRange(char[] text, int from, int to, int singlesBefore, boolean nfkcApplied) {
    final byte[] props = Props.BMP;
    // what the fold may read as it is: after NFKC also the marks NFKC could not compose
    final int readable = nfkcApplied ? Props.INERT | Props.STABLE : Props.INERT;
    final char[] a = text;
    final int n = to;
    // words of one char in a row, with no longer word between them: spaced-out letters to join
    // need five (a letter between spaces is a word of its own), so below five the join pass
    // would change nothing and is skipped. The join takes only letters that follow a space (or
    // start the text), so a word of one char after any other char (a letter between two vowel
    // signs in Hindi or Thai, "a,b,c") starts the count again rather than adding to it
    int singles = singlesBefore;
    boolean spaced = singles >= SPACED_OUT;
    int i = from;
    while (i < n) {
      char c = a[i];
      int p = props[c];
      if ((p & readable) == 0) {
        if ((p & Props.MAPPED) != 0) {
          c = Props.MAP[c];
          a[i] = c;
          p = props[c];
        } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(a[i + 1])
            && Props.inertSupplementary(Character.toCodePoint(c, a[i + 1]))) {
          i += 2; // an emoji: no letter, nothing to lower-case
          continue;
        } else {
          return -1;
        }
      }
      if ((p & Props.WORDISH) == 0) {
        if ((p & Props.LOWER_SAME) == 0) {
          a[i] = Character.toLowerCase(c);
        }
        i++;
        continue;
      }
      int j = i;
      boolean latin = false;
      boolean letters = false;
      if (c < 0x80) {
        // the common word: ASCII letters ended by an ASCII char that is no word char (or by the
        // end). Nothing in it changes but upper case (no confusable without a non-Latin letter,
        // no leetspeak without a digit or symbol), so it is lower-cased as it is read. Any other
        // word goes on below from its start (the letters lower-cased here stay as they are).
        int e = i;
        char d = c;
        while ((char) ((d | 0x20) - 'a') < 26) {
          a[e] = (char) (d | 0x20);
          if (++e == n) {
            break;
          }
          d = a[e];
        }
        if (e > i && (e == n || d < 0x80 && (props[d] & Props.WORDISH) == 0)) {
          singles = e - i == 1 && (i == 0 || a[i - 1] == ' ') ? singles + 1 : 0;
          spaced |= singles >= SPACED_OUT;
          i = e;
          continue;
        }
        if (e > i) {
          // the word goes on past its ASCII letters (an accented letter, a digit): they are read
          // (ASCII letters, lower-cased), so the word's loop below starts after them
          j = e;
          latin = true;
          letters = true;
        }
      }
      // a word: the same decisions as foldAndLower
      boolean leetChars = false;
      boolean nonLatin = false;
      boolean upper = false;
      while (j < n) {
        char d = a[j];
        int q = props[d];
        if ((q & readable) == 0) {
          if ((q & Props.MAPPED) == 0) {
            if (Character.isSurrogate(d)) {
              break; // no word char: the outer loop checks it
            }
            return -1;
          }
          d = Props.MAP[d];
          a[j] = d;
          q = props[d];
        }
        if ((q & Props.WORDISH) == 0) {
          break;
        }
        upper |= (q & Props.LOWER_SAME) == 0;
        if ((q & Props.LETTER) != 0) {
          letters = true;
          if (d < 0x80) {
            latin = true;
          } else {
            nonLatin = true;
          }
        } else if (d < 0x80 && leet(d) != 0) {
          leetChars = true;
        }
        j++;
      }
      int wordEnd = j;
      while (wordEnd > i && "!$+@".indexOf(a[wordEnd - 1]) >= 0) {
        wordEnd--;
      }
      boolean foldLeet = letters && leetChars && wordEnd - i >= 3;
      boolean confusables = latin && nonLatin;
      // a word with nothing to lower-case, no confusable to fold and no leetspeak (a run of Chinese
      // or of lower-case letters) stays as it is: the pass below would write back every char
      for (int k = upper || confusables || foldLeet ? i : j; k < j; k++) {
        char d = a[k];
        if ((props[d] & Props.LOWER_SAME) == 0) {
          d = Character.toLowerCase(d);
        }
        if (confusables) {
          d = confusable(d);
        }
        if (foldLeet && k < wordEnd && (props[d] & Props.LETTER) == 0) {
          char l = leet(d);
          if (l != 0) {
            d = l;
          }
        }
        a[k] = d;
      }
      singles = j - i == 1 && (i == 0 || a[i - 1] == ' ') ? singles + 1 : 0;
      spaced |= singles >= SPACED_OUT;
      i = j;
    }
    return spaced ? SPACED_OUT : singles;
  }

  /**
   * {@link #joinSpacedLetters} on an array, in place: the joined text is never longer, and every
   * char is read before the write position reaches it (a join shortens the text by at least four).
   */
  private static int joinSpacedLettersInPlace(char[] b, int n) {
    final byte[] props = Props.BMP;
    int w = -1; // the write position once a run was joined, else -1 (nothing moved yet)
    int i = 0;
    int copied = 0;
    while (i < n) {
      if ((props[b[i]] & Props.LETTER) != 0 && (i == 0 || b[i - 1] == ' ') && (i + 1 == n || b[i + 1] == ' ')) {
        int j = i;
        int count = 0;
        while (j < n && (props[b[j]] & Props.LETTER) != 0 && (j + 1 == n || b[j + 1] == ' ')
            && (j == i || b[j - 1] == ' ')) {
          count++;
          j += 2;
        }
        if (count >= 5) {
          if (w < 0) {
            w = i; // the first run joined (copied is 0): the text before it stays where it is
          } else {
            System.arraycopy(b, copied, b, w, i - copied);
            w += i - copied;
          }
          for (int k = i; k < Math.min(n, j - 1); k += 2) {
            b[w++] = b[k];
          }
          copied = Math.min(n, j - 1);
          i = copied;
          continue;
        }
        i = Math.max(i + 1, j - 1);
        continue;
      }
      i++;
    }
    if (w < 0) {
      return n;
    }
    System.arraycopy(b, copied, b, w, n - copied);
    return w + n - copied;
  }

  /**
   * What {@link #normalizeInPlace} needs to know per char, computed once (on first use) from the
   * running JDK's {@link Character} and {@link Normalizer}, so it always agrees with them.
   */
  private static final class Props {
    /**
     * NFKC leaves the char alone in any text made of such chars: ASCII, or a char that NFKC maps to
     * itself, with combining class 0 that combines with nothing before it (no combining mark, no
     * conjoining Hangul jamo; variation selectors are fine), and that is not invisible
     */
    static final int INERT = 1;
    /** {@link Character#isLetter} */
    static final int LETTER = 2;
    /** a word char of the folding: {@link Character#isLetterOrDigit} or one of {@code @ $ ! +} */
    static final int WORDISH = 4;
    /** {@link Character#toLowerCase(char)} returns the char itself */
    static final int LOWER_SAME = 8;
    /** not INERT, but NFKC turns it into one INERT char, {@link #MAP}{@code [c]} (a full-width comma, say) */
    static final int MAPPED = 16;
    /**
     * not INERT, yet a char NFKC leaves in a text when it cannot compose it (a combining mark after
     * a letter it has no precomposed form with: Devanagari and Thai vowel signs, Arabic vowel marks,
     * an enclosing keycap; a conjoining jamo): in text already stripped and put in NFKC
     * ({@link #nfkcVisible}) the fold reads it like any other char, by its {@link Character} kind
     */
    static final int STABLE = 32;

    static final byte[] BMP = new byte[1 << 16];
    /** per MAPPED char: what NFKC makes of it */
    static final char[] MAP = new char[1 << 16];
    /** the emoji and pictograph planes' block the fast path accepts: U+1F000 to U+1FAFF */
    private static final int SUPPLEMENTARY_FROM = 0x1F000;
    private static final boolean[] SUPPLEMENTARY_INERT = new boolean[0x1FB00 - SUPPLEMENTARY_FROM];

    static {
      for (int c = 0; c < BMP.length; c++) {
        char ch = (char) c;
        int p = 0;
        if (inert(ch)) {
          p |= INERT;
        }
        if (Character.isLetter(ch)) {
          p |= LETTER;
        }
        if (isWordish(ch)) {
          p |= WORDISH;
        }
        if (Character.toLowerCase(ch) == ch) {
          p |= LOWER_SAME;
        }
        BMP[c] = (byte) p;
      }
      for (int c = 0x80; c < BMP.length; c++) {
        char ch = (char) c;
        if ((BMP[c] & INERT) == 0 && candidate(ch)) {
          String to = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC);
          if (to.length() == 1 && (BMP[to.charAt(0)] & INERT) != 0) {
            BMP[c] |= MAPPED;
            MAP[c] = to.charAt(0);
          }
        }
      }
      for (int c = 0x80; c < BMP.length; c++) {
        char ch = (char) c;
        if ((BMP[c] & (INERT | MAPPED)) == 0 && !Character.isSurrogate(ch) && !invisible(ch)
            && Normalizer.isNormalized(String.valueOf(ch), Normalizer.Form.NFKC)) {
          BMP[c] |= STABLE;
        }
      }
      for (int k = 0; k < SUPPLEMENTARY_INERT.length; k++) {
        int cp = SUPPLEMENTARY_FROM + k;
        SUPPLEMENTARY_INERT[k] = !mark(Character.getType(cp)) && !Character.isLetterOrDigit(cp)
            && Normalizer.isNormalized(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
      }
    }

    /** @return whether c is no surrogate, not invisible, no combining mark and no conjoining jamo */
    private static boolean candidate(char c) {
      if (Character.isSurrogate(c) || invisible(c) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0xA960 && c <= 0xA97F)
          || (c >= 0xD7B0 && c <= 0xD7FF)) {
        return false;
      }
      return !mark(Character.getType(c)) || (c >= 0xFE00 && c <= 0xFE0F);
    }

    private static boolean inert(char c) {
      if (c < 0x80) {
        return true;
      }
      return candidate(c) && Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFKC);
    }

    private static boolean mark(int type) {
      return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK;
    }

    /** @return whether the fast path may copy the supplementary code point cp (an emoji, say) as it is */
    static boolean inertSupplementary(int cp) {
      return cp >= SUPPLEMENTARY_FROM && cp < SUPPLEMENTARY_FROM + SUPPLEMENTARY_INERT.length
          && SUPPLEMENTARY_INERT[cp - SUPPLEMENTARY_FROM];
    }
  }

  /**
   * Removes zero-width and bidi controls, drops unpaired surrogates, decodes tag characters.
   *
   * @param text the text
   * @return the cleaned text
   */
  public static String stripInvisible(CharSequence text) {
    String s = text.toString();
    int n = s.length();
    int first = -1;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && (STRIPPED[c >>> 6] >>> c & 1) != 0) {
        // a well-formed pair outside the tag block (emoji, rare CJK) is kept as it is: skip it
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(i + 1));
          if (cp < 0xE0000 || cp > 0xE007F) {
            i++;
            continue;
          }
        }
        first = i;
        break;
      }
    }
    if (first < 0) {
      return s;
    }
    // compacted in a copy of the text, from the first char to drop on (the write position never
    // passes the read position: a tag pair becomes one char, a kept pair stays two)
    char[] a = s.toCharArray();
    int w = first;
    for (int i = first; i < n; i++) {
      char c = a[i];
      if (c < 0x80 || (STRIPPED[c >>> 6] >>> c & 1) == 0) {
        a[w++] = c;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(a[i + 1])) {
        int cp = Character.toCodePoint(c, a[i + 1]);
        i++;
        if (cp >= 0xE0020 && cp <= 0xE007E) {
          a[w++] = (char) (cp - 0xE0000); // tag characters smuggle ASCII
        } else if (cp < 0xE0000 || cp > 0xE007F) {
          a[w++] = c;
          a[w++] = a[i];
        }
      }
      // else an invisible char or an unpaired surrogate: dropped
    }
    return new String(a, 0, w);
  }

  /**
   * One bit per BMP char, set for the chars {@link #stripInvisible} must look at: the invisible ones
   * and the surrogates. One read per char instead of a dozen range tests for every char above ASCII
   * (Hindi, Thai, CJK: stripping took twice as long)
   */
  private static final long[] STRIPPED = new long[1 << 10];

  static {
    for (int c = 0x80; c < 1 << 16; c++) {
      if (invisible((char) c) || Character.isSurrogate((char) c)) {
        STRIPPED[c >>> 6] |= 1L << c;
      }
    }
  }

  private static boolean invisible(char c) {
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064)
        || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF || c == 0x00AD || c == 0x180E || c == 0x034F;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@link #confusableSwitch} for every char below its table's end, read per char of a word to fold */
  private static final char[] CONFUSABLE = new char[0x600];

  static {
    for (int c = 0; c < CONFUSABLE.length; c++) {
      CONFUSABLE[c] = confusableSwitch((char) c);
    }
  }

  /** @return the Latin letter a Cyrillic or Greek look-alike stands for, else c */
  static char confusable(char c) {
    return c < CONFUSABLE.length ? CONFUSABLE[c] : c;
  }

  /** the look-alikes ({@link #confusable}): every one lies below U+0600 (a test checks the whole BMP) */
  static char confusableSwitch(char c) {
    switch (c) {
      case 'а': case 'α': return 'a';
      case 'в': return 'b';
      case 'е': case 'ε': case 'ё': return 'e';
      case 'о': case 'ο': case 'σ': return 'o';
      case 'р': case 'ρ': return 'p';
      case 'с': case 'ϲ': return 'c';
      case 'у': case 'γ': return 'y';
      case 'х': case 'χ': return 'x';
      case 'і': case 'ι': case 'ӏ': return 'i';
      case 'ј': return 'j';
      case 'ѕ': return 's';
      case 'ԁ': return 'd';
      case 'ɡ': return 'g';
      case 'һ': return 'h';
      case 'ո': case 'η': return 'n';
      case 'ν': return 'v';
      case 'κ': case 'к': return 'k';
      case 'τ': case 'т': return 't';
      case 'υ': return 'u';
      case 'м': return 'm';
      case 'ԝ': case 'ω': return 'w';
      default: return c;
    }
  }

  private static char leet(char c) {
    switch (c) {
      case '0': return 'o';
      case '1': case '!': return 'i';
      case '3': return 'e';
      case '4': case '@': return 'a';
      case '5': case '$': return 's';
      case '7': case '+': return 't';
      case '8': return 'b';
      default: return 0;
    }
  }

  private static boolean isLetterLike(char c) {
    return Character.isLetter(c);
  }

  private static String foldAndLower(String s) {
    int n = s.length();
    // Cyrillic/Greek look-alikes are folded only inside words that also contain Latin letters,
    // so genuine Russian or Greek text stays readable.
    StringBuilder b = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!isWordish(c)) {
        b.append(Character.toLowerCase(c));
        i++;
        continue;
      }
      int j = i;
      boolean latin = false;
      boolean letters = false;
      boolean leetChars = false;
      boolean nonLatin = false;
      while (j < n && isWordish(s.charAt(j))) {
        char d = s.charAt(j);
        if (d < 0x80 && Character.isLetter(d)) {
          latin = true;
          letters = true;
        } else if (isLetterLike(d)) {
          letters = true;
          nonLatin = true;
        } else if (leet(d) != 0) {
          leetChars = true;
        }
        j++;
      }
      // trailing '!' or '$' or '|' are punctuation, not leet
      int wordEnd = j;
      while (wordEnd > i && "!$+@".indexOf(s.charAt(wordEnd - 1)) >= 0) {
        wordEnd--;
      }
      boolean foldLeet = letters && leetChars && wordEnd - i >= 3;
      for (int k = i; k < j; k++) {
        char d = Character.toLowerCase(s.charAt(k));
        if (latin && nonLatin) {
          d = confusable(d);
        }
        if (foldLeet && k < wordEnd && !Character.isLetter(d)) {
          char l = leet(d);
          if (l != 0) {
            d = l;
          }
        }
        b.append(d);
      }
      i = j;
    }
    return joinSpacedLetters(b);
  }

  // ASCII kinds: 1 lower-case letter, 2 upper-case letter, 3 other word char (digit, @ $ ! +)
  private static final byte[] ASCII_KIND = new byte[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_KIND[c] = 1;
      ASCII_KIND[c - 32] = 2;
    }
    for (char c = '0'; c <= '9'; c++) {
      ASCII_KIND[c] = 3;
    }
    for (char c : "@$!+".toCharArray()) {
      ASCII_KIND[c] = 3;
    }
  }

  private static boolean asciiWordish(char c) {
    return ASCII_KIND[c] != 0;
  }

  /**
   * The same folding as {@link #foldAndLower} for pure ASCII text, without per-char Unicode lookups.
   *
   * @return the folded text, or null when s holds a char outside ASCII
   */
  private static @Nullable String foldAscii(String s) {
    int n = s.length();
    // a bulk copy; every char outside ASCII becomes '?' (a surrogate pair one '?', shortening it)
    byte[] out = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    if (out.length != n) {
      return null;
    }
    int singles = 0;
    boolean spaced = false;
    int i = 0;
    while (i < n) {
      byte c = out[i];
      if (ASCII_KIND[c] == 0) {
        if (c == '?' && s.charAt(i) != '?') {
          return null; // a char outside ASCII
        }
        i++; // letters are wordish: nothing to lower-case here
        continue;
      }
      int j = i;
      boolean letters = false;
      boolean leetChars = false;
      while (j < n) {
        byte d = out[j];
        int k = ASCII_KIND[d];
        if (k == 1) {
          letters = true;
        } else if (k == 2) {
          letters = true;
          out[j] = (byte) (d + 32);
        } else if (k == 3) {
          leetChars |= leet((char) d) != 0;
        } else {
          break;
        }
        j++;
      }
      if (letters && leetChars) {
        deleet(out, i, j);
      }
      if (j - i == 1 && letters) {
        spaced |= ++singles >= 5;
      } else {
        singles = 0;
      }
      i = j;
    }
    String folded = new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
    return spaced ? joinSpacedLetters(new StringBuilder(folded)) : folded;
  }

  /**
   * Folds in place, as {@link #normalize} does, the word of pure ASCII text that contains position
   * {@code at}: the run of letters, digits and {@code @ $ ! +} around it is lower-cased and, when it
   * mixes letters with leetspeak chars, de-leeted ({@code 1gn0re} becomes {@code ignore}). Bytes
   * outside the word are not touched. For callers that normalise plain ASCII text word by word
   * (the prompt-injection scorer's fast path).
   *
   * @param ascii the text in {@code [0, length)}, one ASCII char per byte
   * @param length the text's length
   * @param at a position in the text
   * @return the end (exclusive) of the word, {@code at} when the char there is no word char
   * @throws IllegalArgumentException when the word holds a byte outside ASCII (then the word's
   *     content is unspecified)
   * @throws IndexOutOfBoundsException when at is outside [0, length) or length exceeds the array
   */
  public static int foldAsciiWord(byte[] ascii, int length, int at) {
    if (length > ascii.length || at < 0 || at >= length) {
      throw new IndexOutOfBoundsException("at " + at + ", length " + length + ", array " + ascii.length);
    }
    byte[] out = ascii;
    if (out[at] < 0) {
      throw new IllegalArgumentException("not ASCII at " + at);
    }
    if (ASCII_KIND[out[at]] == 0) {
      return at;
    }
    int s = at;
    while (s > 0 && out[s - 1] >= 0 && ASCII_KIND[out[s - 1]] != 0) {
      s--;
    }
    if (s > 0 && out[s - 1] < 0) {
      throw new IllegalArgumentException("not ASCII at " + (s - 1));
    }
    boolean letters = false;
    boolean leetChars = false;
    int e = s;
    while (e < length) {
      byte d = out[e];
      if (d < 0) {
        throw new IllegalArgumentException("not ASCII at " + e);
      }
      int kd = ASCII_KIND[d];
      if (kd == 0) {
        break;
      }
      out[e] = (byte) LOWER[d];
      if (kd == 3) {
        leetChars |= leet((char) d) != 0;
      } else {
        letters = true;
      }
      e++;
    }
    if (letters && leetChars) {
      deleet(out, s, e);
    }
    return e;
  }

  /**
   * Undoes leetspeak in the lower-cased ASCII word out[from, to), which mixes letters with leet
   * chars, as {@link #foldAndLower} does: trailing {@code ! $ + @} are punctuation and stay, and a
   * word shorter than three chars without them stays as it is.
   */
  private static void deleet(byte[] out, int from, int to) {
    int wordEnd = to;
    while (wordEnd > from && "!$+@".indexOf(out[wordEnd - 1]) >= 0) {
      wordEnd--;
    }
    if (wordEnd - from >= 3) {
      for (int k = from; k < wordEnd; k++) {
        char l = leet((char) out[k]);
        if (l != 0) {
          out[k] = (byte) l;
        }
      }
    }
  }

  /** ASCII lower-casing table */
  private static final char[] LOWER = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
  }

  private static boolean isWordish(char c) {
    return Character.isLetterOrDigit(c) || c == '@' || c == '$' || c == '!' || c == '+';
  }

  /** "i g n o r e  a l l" becomes "ignore all"? Only runs of at least five single letters are joined. */
  private static String joinSpacedLetters(StringBuilder b) {
    int n = b.length();
    StringBuilder out = null;
    int i = 0;
    int copied = 0;
    while (i < n) {
      if (Character.isLetter(b.charAt(i)) && (i == 0 || b.charAt(i - 1) == ' ') && (i + 1 == n || b.charAt(i + 1) == ' ')) {
        int j = i;
        int count = 0;
        while (j < n && Character.isLetter(b.charAt(j)) && (j + 1 == n || b.charAt(j + 1) == ' ')
            && (j == i || b.charAt(j - 1) == ' ')) {
          count++;
          j += 2;
        }
        if (count >= 5) {
          if (out == null) {
            out = new StringBuilder(n);
          }
          out.append(b, copied, i);
          for (int k = i; k < Math.min(n, j - 1); k += 2) {
            out.append(b.charAt(k));
          }
          copied = Math.min(n, j - 1);
          i = copied;
          continue;
        }
        i = Math.max(i + 1, j - 1);
        continue;
      }
      i++;
    }
    if (out == null) {
      return b.toString();
    }
    out.append(b, copied, n);
    return out.toString();
  }
}
