package dev.agentruntime.guardrails.pii;

import java.util.Arrays;
import java.util.List;

/**
 * E-mail addresses. Overview: the scan jumps from one {@code @} to the next (an intrinsic search)
 * and reads a bounded window around it: up to 64 local-part chars before it (letters, digits,
 * {@code . _ % + - '}; leading dots and quotes dropped) and up to 255 domain chars after it
 * (letters, digits, {@code - .}, no empty label), trailing dots and dashes trimmed. The domain must
 * end in a top-level domain of 2 to 24 letters, and not in a file extension that is no top-level domain
 * ({@link #FILE_EXTENSIONS}: "logo@2x.png" is a file name). An address never starts inside the previous one.
 * Letters and digits outside ASCII count in both parts ("jürgen.müller@firma.de", "иван@пример.рф":
 * RFC 6531 addresses, found whole so redaction leaves no part of the name), but for the scripts
 * written without spaces (Chinese, Japanese, Korean, Thai, ...), whose text runs straight into an
 * address ("请联系zhang.wei@example.cn谢谢") and would be taken into it.
 */
final class Emails {
  /**
   * File extensions that no top-level domain spells (so "icon@3x.webp", "notes@work.txt" are file names); those that
   * are also domains ({@code .zip}, {@code .mov}, {@code .md}, {@code .py}, {@code .sh}, {@code .rs}, ...) are not here
   */
  private static final String[] FILE_EXTENSIONS = {
      "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "heic", "avif", "css", "scss", "html",
      "htm", "json", "xml", "yml", "yaml", "toml", "ini", "cfg", "conf", "txt", "csv", "tsv", "log", "pdf", "doc",
      "docx", "xls", "xlsx", "ppt", "pptx", "java", "class", "jar", "kts", "js", "mjs", "jsx", "tsx", "php", "rb",
      "swift", "sql", "ipynb", "exe", "dll", "tgz"};

  /** {@link #FILE_EXTENSIONS} as {@link #key}s, sorted: looked up without copying the top-level domain out */
  private static final long[] FILE_EXTENSION_KEYS =
      Arrays.stream(FILE_EXTENSIONS).mapToLong(e -> key(e, 0, e.length())).sorted().toArray();

  private Emails() {}

  private static boolean isLocalChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'' || spacedLetter(c);
  }

  private static boolean isDomainChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || spacedLetter(c);
  }

  /**
   * @return whether c is a letter, digit or combining mark outside ASCII of a script written with spaces between
   *     words (Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, ...)
   */
  private static boolean spacedLetter(char c) {
    if (c < 0x80 || !(Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
      return false;
    }
    switch (Character.UnicodeScript.of(c)) {
      case HAN: case HIRAGANA: case KATAKANA: case HANGUL: case THAI: case LAO: case KHMER: case MYANMAR:
      case TIBETAN:
        return false;
      default:
        return true;
    }
  }

  /**
   * @return the letters s[from, to) (at most 12, ASCII; the caller checked they are letters) in lower case, five bits
   *     each, as one number; -1 when one is outside ASCII
   */
  private static long key(String s, int from, int to) {
    long k = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return -1;
      }
      k = (k << 5) | ((c | 0x20) - 'a' + 1);
    }
    return k;
  }

  /** Adds every e-mail address of s to out, in order. */
  static void scan(String s, List<PiiMatch> out) {
    int n = s.length();
    int lastEnd = 0;
    for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
      int start = at;
      while (start > lastEnd && at - start < 64 && isLocalChar(s.charAt(start - 1))) {
        start--;
      }
      while (start < at && (s.charAt(start) == '.' || s.charAt(start) == '\'')) {
        start++;
      }
      if (start == at) {
        continue;
      }
      int end = at + 1;
      int lastDot = -1;
      while (end < n && end - at <= 255 && isDomainChar(s.charAt(end))) {
        if (s.charAt(end) == '.') {
          if (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '@') {
            break;
          }
          lastDot = end;
        }
        end++;
      }
      while (end > at + 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
        end--;
      }
      lastDot = s.lastIndexOf('.', end - 1);
      if (lastDot <= at) {
        continue;
      }
      if (lastDot < 0 || lastDot >= end - 1) {
        continue;
      }
      int tld = 0;
      boolean tldLetters = true;
      for (int k = lastDot + 1; k < end; k++) {
        tld++;
        tldLetters &= PiiChars.isLetter(s.charAt(k)) || (s.charAt(k) >= 0x80 && Character.isLetter(s.charAt(k)));
      }
      if (!tldLetters || tld < 2 || tld > 24
          || (tld <= 5 && Arrays.binarySearch(FILE_EXTENSION_KEYS, key(s, lastDot + 1, end)) >= 0)) {
        continue;
      }
      out.add(new PiiMatch(PiiType.EMAIL, start, end, s.substring(start, end)));
      lastEnd = end;
    }
  }
}
