package dev.agentruntime.guardrails.pii;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;

/**
 * Phone numbers, in two steps. First the shape ({@link #shaped}), on a number token from
 * {@link NumberTokens}: 7 to 15 digits, not glued to a word by a hyphen ("CVE-2021-44228") nor an amount
 * ("12 345 678,90"); with {@code +} at least 8; a parenthesised area code, or two or more groups that are not a
 * decimal number, a date, a range ("2019-2020"), a US ZIP+4 code, a count in thousands ("3 645 000"), a
 * slash-separated value (but for an area code before the slash: "030/901820"), a card-like 4-4-4 grouping, a dotted
 * version ({@code 10.15.7.1234}) or an IP-like number that is no address ({@code 300.168.0.1}); a single unbroken run
 * only with 10 digits or more and a phone word ("phone", "call", "reach", "telefon", ...) shortly before. Then
 * Google's libphonenumber
 * ({@link #valid}): a number written with {@code +} (or grouped after the {@code 00} that dials abroad, which
 * {@link NumberTokens} hands over as {@code +}) must be valid for its country code, else for
 * one of {@link #NATIONAL_REGIONS}, and the words before it must not say it is another identifier
 * (a tax id, driver's licence, passport, national id, account, order, item or ZIP code): such numbers are
 * not reported as phones.
 *
 * <p>libphonenumber's answers are cached per candidate (Caffeine, at most {@value #CACHE_LIMIT}
 * entries, least useful evicted first), since the same numbers recur in long texts.
 */
final class PhoneNumbers {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /** regions a number without country code is checked against, most common first */
  static final List<String> NATIONAL_REGIONS = List.of("US", "GB", "DE", "FR", "IN", "CA", "AU", "CH", "AT", "NL",
      "BE", "IT", "ES", "IE", "SE", "PL", "BR", "MX", "JP", "SG");

  /** words that, shortly before a number, say it is some other identifier */
  private static final String[] OTHER_ID_WORDS = {
    "tax", "tin", "itin", "ein", "vat", "steuer", "licen", "driver", "dl#", "dl no", "passport", "national id",
    "id number", "id no", "identity", "social security", "ssn", "nino", "account", "acct", "routing", "order",
    "invoice", "policy", "member", "customer no", "customer number", "serial", "tracking", "case", "ticket",
    "isbn", "sku", "part no", "part number", "item no", "item number", "reference", "zip", "postal", "postcode", "plz"
  };
  private static final ContextWords OTHER_ID_CONTEXT = new ContextWords(OTHER_ID_WORDS);

  private static final String[] PHONE_WORDS = {
    "phone", "tel", "call", "mobile", "cell", "fax", "desk", "office", "contact", "reach", "text me",
    "sms", "whatsapp", "number", "telefon", "handy", "ruf"
  };
  private static final ContextWords PHONE_CONTEXT = new ContextWords(PHONE_WORDS);

  private static final int CACHE_LIMIT = 4096;
  /** keyed by the candidate, prefixed with {@code ~} for the lenient check; eviction on the caller's thread */
  private static final Cache<String, Boolean> VALID =
      Caffeine.newBuilder().executor(Runnable::run).maximumSize(CACHE_LIMIT).build();

  private PhoneNumbers() {}

  /**
   * @param candidate the number as written (digits, spaces, dashes, dots, parentheses, leading +)
   * @param international whether it starts with + (a country code follows)
   * @return whether libphonenumber finds it a valid number
   */
  static boolean valid(String candidate, boolean international) {
    return valid(candidate, international, false);
  }

  /**
   * @param candidate the number as written
   * @param international whether it starts with +
   * @param lenient whether the grouping or the words before it already say it is a phone number:
   *     then a number with + needs only be possible (a known country code, a possible length), and
   *     a national one is accepted on its shape
   * @return whether libphonenumber accepts it
   */
  static boolean valid(String candidate, boolean international, boolean lenient) {
    if (lenient && !international) {
      return true;
    }
    String key = lenient ? "~" + candidate : candidate;
    return VALID.get(key, k -> check(candidate, international, lenient));
  }

  private static boolean check(String candidate, boolean international, boolean lenient) {
    try {
      if (international) {
        PhoneNumber p = UTIL.parse(candidate, "ZZ");
        return lenient ? UTIL.isPossibleNumber(p) : UTIL.isValidNumber(p);
      }
      if (lenient) {
        // a national number whose grouping or context says phone: accepted on its shape (checked
        // by the caller), as the region it belongs to is unknown
        return true;
      }
      for (String region : NATIONAL_REGIONS) {
        PhoneNumber p = UTIL.parse(candidate, region);
        if (UTIL.isValidNumberForRegion(p, region)) {
          return true;
        }
      }
      return false;
    } catch (NumberParseException e) {
      return false;
    }
  }

  /** @return whether the words just before start name another kind of identifier */
  static boolean otherIdentifierBefore(String s, int start) {
    int from = Math.max(0, start - 28);
    boolean letters = false;
    for (int i = from; i < start && !letters; i++) {
      char c = s.charAt(i);
      letters = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    if (!letters) {
      return false;
    }
    return OTHER_ID_CONTEXT.in(s, from, start);
  }

  /**
   * @return whether a number token (its groups g[0..count), digits in all, starting at start) has
   *     the shape of a phone number
   */
  static boolean shaped(String s, int start, boolean plus, boolean hasParen, NumberTokens.Group[] g, int count,
      int digits) {
    if (digits < 7 || digits > 15 || glued(s, start) || amount(s, g, count)) {
      return false;
    }
    if (plus) {
      return digits >= 8;
    }
    if (digits > 13) {
      return false;
    }
    if (hasParen) {
      return true;
    }
    if (count >= 2) {
      if (count == 2 && g[1].sepBefore == '.') {
        return false; // a decimal number
      }
      if (looksLikeDate(s, g, count) || versionOrAddressLike(g, count) || range(s, start, g, count)
          || zipPlus4(s, start, g, count) || thousands(s, start, g, count)) {
        return false;
      }
      boolean slash = false;
      for (int k = 1; k < count; k++) {
        slash |= g[k].sepBefore == '/';
      }
      if (slash) {
        // a slash separates values ("2023/2024", "12/2024"), but for an area code before it ("030/901820",
        // "0151/23456789": German style), which the caller accepts only after a phone word or as a valid number
        return areaCodeBeforeSlash(s, g, count);
      }
      if (count >= 3) {
        boolean cardLike = g[0].len() == 4;
        for (int k = 1; k < count - 1; k++) {
          cardLike &= g[k].len() == 4;
        }
        if (cardLike) {
          return false;
        }
      }
      return true;
    }
    return digits >= 10 && wordBefore(s, start);
  }

  /**
   * @return whether a token is an area code ("0" and two to four more digits), a slash, and the subscriber number
   *     in one or more groups joined by spaces or dashes ("030/901820", "089/12345-678")
   */
  static boolean areaCodeBeforeSlash(String s, NumberTokens.Group[] g, int count) {
    if (count < 2 || g[1].sepBefore != '/' || !NumberTokens.areaCode(s, g[0])) {
      return false;
    }
    for (int k = 2; k < count; k++) {
      if (g[k].paren || (g[k].sepBefore != ' ' && g[k].sepBefore != '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * @return whether a national number is dotted like a version ("10.15.7.1234": a group of one digit after the first)
   *     or like an IPv4 address that is none ("300.168.0.1": four groups of at most three digits); "1.800.555.1234",
   *     "555.123.4567" and "06.12.34.56.78" are not
   */
  private static boolean versionOrAddressLike(NumberTokens.Group[] g, int count) {
    if (!NumberTokens.sameSep(g, 0, count - 1, '.')) {
      return false;
    }
    boolean shortGroups = true;
    for (int k = 0; k < count; k++) {
      if (k > 0 && g[k].len() == 1) {
        return true;
      }
      shortGroups &= g[k].len() <= 3;
    }
    return count == 4 && shortGroups;
  }

  /**
   * @return whether two groups joined by a dash are a range ("2019-2020", "8000-8999"): as long as each other, the
   *     second the larger, the first without a leading 0, and no phone word before them ("Tel 2345-6789" is a number)
   */
  private static boolean range(String s, int start, NumberTokens.Group[] g, int count) {
    return count == 2 && g[1].sepBefore == '-' && !g[0].paren && !g[1].paren && g[0].len() == g[1].len()
        && s.charAt(g[0].start) != '0' && g[1].value(s) > g[0].value(s) && !wordBefore(s, start);
  }

  /** @return whether a number is glued to a word by a hyphen, so part of an identifier ("CVE-2021-44228") */
  private static boolean glued(String s, int start) {
    return start >= 2 && s.charAt(start - 1) == '-' && PiiChars.isLetter(s.charAt(start - 2));
  }

  /**
   * @return whether a number is an amount: groups of three digits after the first, joined by spaces or dots, and a
   *     decimal comma with one or two digits after them ("12 345 678,90 EUR"); not a phone number followed by a
   *     dialling pause ("555 123 4567,55")
   */
  private static boolean amount(String s, NumberTokens.Group[] g, int count) {
    if (count < 2 || !inThousands(g, count, 3)) {
      return false;
    }
    int end = g[count - 1].end;
    int k = end + 1;
    while (k < s.length() && k - end <= 3 && PiiChars.isDigit(s.charAt(k))) {
      k++;
    }
    return end < s.length() && s.charAt(end) == ',' && k > end + 1 && k <= end + 3
        && (k == s.length() || !PiiChars.isDigit(s.charAt(k)));
  }

  /**
   * @return whether a number is a count written in thousands: a first group of one or two digits without a leading 0
   *     (a trunk prefix), then groups of three joined by the same space or dot, and no phone word before it. Eight
   *     digits as 2-3-3 are also how Latvia writes phone numbers ("67 123 456"), so that shape counts only when round
   *     ("67 390 000"); "3 645 000", "1.234.567" and "1 234 567 890" always. "612 345 678" (Spain, Poland) and
   *     "09 123 456" (Finland) are not counts
   */
  private static boolean thousands(String s, int start, NumberTokens.Group[] g, int count) {
    if (count < 3 || !inThousands(g, count, 2) || s.charAt(g[0].start) == '0'
        || !NumberTokens.sameSep(g, 0, count - 1, g[1].sepBefore)) {
      return false;
    }
    boolean round = g[count - 1].value(s) == 0;
    return (g[0].len() == 1 || count > 3 || round) && !wordBefore(s, start);
  }

  /**
   * @return whether a number is written in thousands: a first group of at most maxFirst digits, then groups of three,
   *     each after a space or a dot, none parenthesised
   */
  private static boolean inThousands(NumberTokens.Group[] g, int count, int maxFirst) {
    if (g[0].len() > maxFirst || g[0].paren) {
      return false;
    }
    for (int k = 1; k < count; k++) {
      if (g[k].len() != 3 || g[k].paren || (g[k].sepBefore != ' ' && g[k].sepBefore != '.')) {
        return false;
      }
    }
    return true;
  }

  /** @return whether a number is a US ZIP+4 code ("94105-1234"), with no phone word before it */
  private static boolean zipPlus4(String s, int start, NumberTokens.Group[] g, int count) {
    return count == 2 && g[1].sepBefore == '-' && !g[0].paren && !g[1].paren && g[0].len() == 5 && g[1].len() == 4
        && !wordBefore(s, start);
  }

  private static boolean looksLikeDate(String s, NumberTokens.Group[] g, int count) {
    if (count < 3) {
      return false;
    }
    int l0 = g[0].len();
    int l1 = g[1].len();
    int l2 = g[2].len();
    if (l0 == 4 && l1 <= 2 && l2 <= 2) {
      int y = g[0].value(s);
      return y >= 1900 && y <= 2100 && g[1].value(s) <= 12 && g[2].value(s) <= 31;
    }
    if (l2 == 4 && l0 <= 2 && l1 <= 2) {
      int y = g[2].value(s);
      return y >= 1900 && y <= 2100 && g[0].value(s) <= 31 && g[1].value(s) <= 31;
    }
    return false;
  }

  /** @return whether a phone word comes in the 32 chars before start */
  static boolean wordBefore(String s, int start) {
    int from = Math.max(0, start - 32);
    return PHONE_CONTEXT.in(s, from, start);
  }
}
