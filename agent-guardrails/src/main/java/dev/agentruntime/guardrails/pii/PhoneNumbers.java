package dev.agentruntime.guardrails.pii;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Phone-number validation with Google's libphonenumber: a digit group that is shaped like a phone
 * number (see {@link PiiDetector}) counts as one only when libphonenumber finds it valid — with its
 * country code when written with {@code +}, else for one of {@link #NATIONAL_REGIONS} — and when
 * the words before it do not say it is another identifier (a tax id, driver's licence, passport,
 * national id, account or order number). Such numbers are not reported as phones.
 *
 * <p>Results are memoised per candidate (bounded), since the same numbers recur in long texts.
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
    "invoice", "policy", "member", "customer no", "customer number", "serial", "tracking", "case", "ticket"
  };

  private static final int CACHE_LIMIT = 4096;
  private static final ConcurrentHashMap<String, Boolean> VALID = new ConcurrentHashMap<>();

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
    Boolean known = VALID.get(key);
    if (known != null) {
      return known;
    }
    boolean v = check(candidate, international, lenient);
    if (VALID.size() >= CACHE_LIMIT) {
      VALID.clear();
    }
    VALID.put(key, v);
    return v;
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
    String window = s.substring(from, start).toLowerCase(Locale.ROOT);
    for (String w : OTHER_ID_WORDS) {
      if (window.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
