package dev.agentruntime.guardrails.secrets;

import java.util.regex.Pattern;

/**
 * Provider tokens whose fixed part sits inside the token, not at its start, so the word-start
 * prefilter of {@link ProviderTokens} cannot see them (gitleaks' rules, each vendor's format):
 *
 * <ul>
 *   <li>Azure AD client secrets: three chars, a digit, {@code Q~}, 31-34 chars;
 *   <li>Facebook app access tokens: the app id (15-16 digits), {@code |} (or {@code %}, as in
 *       {@code %7C}) and the app secret;
 *   <li>MaxMind licence keys: six chars, {@code _}, 29 chars, {@code _mmk}.
 * </ul>
 *
 * <p>(Terraform Cloud's {@code <14 chars>.atlasv1.<token>} is a {@link ProviderTokens} rule: its
 * fixed part starts a word after the '.', and the rule reaches back over the id.)
 *
 * <p>A token starts and ends where the chars of its alphabet do (gitleaks lists a few boundary chars
 * instead; ours is the wider rule, so a token before {@code &} or {@code )} counts too).
 *
 * <p>Overview: the anchors are chars the scan ({@code SecretScan}) already finds eight bytes at a
 * time: {@code ~}, {@code |}, {@code %} and {@code _}; at each, a few byte comparisons around the
 * anchor reject almost every position before the token's pattern is tried on a short region. So a
 * text without these chars costs nothing more.
 */
final class InfixTokens {
  private InfixTokens() {}


  static final ProviderTokens.Rule AZURE = new ProviderTokens.Rule("azure-ad", "Q~",
      Pattern.compile("[A-Za-z0-9_~.]{3}+[0-9]Q~[A-Za-z0-9_~.-]{31,34}+(?![A-Za-z0-9_~.-])"), 40);
  static final ProviderTokens.Rule FACEBOOK = new ProviderTokens.Rule("facebook", "|",
      Pattern.compile("[0-9]{15,16}+[|%][0-9A-Za-z_-]{27,40}+(?![0-9A-Za-z_-])"), 57);
  static final ProviderTokens.Rule MAXMIND = new ProviderTokens.Rule("maxmind", "_mmk",
      Pattern.compile("[A-Za-z0-9]{6}+_[A-Za-z0-9]{29}+_mmk(?![A-Za-z0-9_])"), 40);

  /**
   * @param s the text
   * @param b its bytes from {@link dev.agentruntime.guardrails.text.ScanBytes#of}
   * @param i the position of a '~', '|', '%' or '_' (other positions give null)
   * @return the token around the anchor at i, or null
   */
  static ProviderTokens.Found at(String s, byte[] b, int i) {
    switch (b[i]) {
      case '~':
        // three chars, a digit and Q before; no char of the token's alphabet before its start
        return i >= 5 && b[i - 1] == 'Q' && digit(b[i - 2]) && (i == 5 || !azureChar(b[i - 6]))
            ? ProviderTokens.match(AZURE, s, i - 5) : null;
      case '|':
      case '%':
        return i >= 15 && digit(b[i - 1]) ? facebook(s, b, i) : null;
      case '_':
        // "_mmk" ends the token; the six chars before the first '_' start a word
        return i >= 36 && i + 3 < b.length && b[i + 1] == 'm' && b[i + 2] == 'm' && b[i + 3] == 'k'
            && b[i - 30] == '_' && (i == 36 || !word(b[i - 37])) ? ProviderTokens.match(MAXMIND, s, i - 36) : null;
      default:
        return null;
    }
  }

  /** the app id: exactly 15 or 16 digits after a non-word char */
  private static ProviderTokens.Found facebook(String s, byte[] b, int i) {
    int k = i - 1;
    while (k >= 0 && i - k <= 17 && digit(b[k])) {
      k--;
    }
    int digits = i - 1 - k;
    if (digits < 15 || digits > 16 || (k >= 0 && word(b[k]))) {
      return null;
    }
    return ProviderTokens.match(FACEBOOK, s, k + 1);
  }

  private static boolean digit(byte c) {
    return c >= '0' && c <= '9';
  }

  private static boolean word(byte c) {
    return digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  /** the alphabet of an Azure AD secret's first chars: {@code [A-Za-z0-9_~.]} */
  private static boolean azureChar(byte c) {
    return word(c) || c == '~' || c == '.';
  }
}
