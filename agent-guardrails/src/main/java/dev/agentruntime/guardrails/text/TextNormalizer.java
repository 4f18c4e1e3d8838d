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
    }
    String s = stripInvisible(text);
    if (isAscii(s)) {
      return foldAscii(s); // not null: s is pure ASCII
    }
    s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    return foldAndLower(s);
  }

  /**
   * Removes zero-width and bidi controls, drops unpaired surrogates, decodes tag characters.
   *
   * @param text the text
   * @return the cleaned text
   */
  public static String stripInvisible(CharSequence text) {
    int n = text.length();
    boolean clean = true;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && (invisible(c) || Character.isSurrogate(c))) {
        // a well-formed pair outside the tag block (emoji, rare CJK) is kept as it is: skip it
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, text.charAt(i + 1));
          if (cp < 0xE0000 || cp > 0xE007F) {
            i++;
            continue;
          }
        }
        clean = false;
        break;
      }
    }
    if (clean) {
      return text.toString();
    }
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, text.charAt(i + 1));
          i++;
          if (cp >= 0xE0020 && cp <= 0xE007E) {
            b.append((char) (cp - 0xE0000)); // tag characters smuggle ASCII
          } else if (cp < 0xE0000 || cp > 0xE007F) {
            b.appendCodePoint(cp);
          }
        }
        continue;
      }
      if (Character.isLowSurrogate(c) || invisible(c)) {
        continue;
      }
      b.append(c);
    }
    return b.toString();
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

  private static char confusable(char c) {
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
