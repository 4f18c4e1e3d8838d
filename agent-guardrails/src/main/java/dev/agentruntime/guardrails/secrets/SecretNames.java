package dev.agentruntime.guardrails.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a variable's name says its value is a secret, read word by word.
 *
 * <p>Overview: the name is split into lower-case words at {@code _ - .} and at camel-case humps
 * ("dbPassword" is "db", "password"). It names a secret when its last words are a secret word
 * ("db_password", "x-api-key", "MYSQL_ROOT_PASSWORD", "refreshToken"), when its last word ends in a
 * long secret word written without a separator ("dbpassword", "apitoken"), or when its first words
 * are a secret word and its last word does not name something about the secret rather than the
 * secret itself ("password_prod" is one; "private_key_path", "token_url", "secret_name",
 * "password_policy" are not: {@link #ABOUT}). A secret word must be a whole word: "author",
 * "passenger", "tokenizer", "secretary" and "bypass" name no secret. The shell's working directory
 * variables ({@code PWD}, {@code OLDPWD}) are paths, not passwords.
 */
final class SecretNames {
  private SecretNames() {}

  /** the secret words, each as its words */
  private static final String[][] WORDS = words(
      "password", "passwords", "passwd", "pwd", "pass", "secret", "secrets", "api key", "apikey", "access key", "accesskey", "secret key",
      "secretkey", "private key", "privatekey", "token", "auth", "authorization", "credential", "credentials",
      "client secret", "passphrase", "kennwort", "passwort");

  /** secret words long enough to be recognised at the end of a word written without a separator ("dbpassword") */
  private static final String[] COMPOUND_ENDS = {
    "password", "passwords", "passwd", "secret", "secrets", "apikey", "accesskey", "secretkey", "privatekey", "token", "credential",
    "credentials", "passphrase", "kennwort", "passwort"
  };

  /** last words that say a value is about a secret (where it is kept, what it is called, how it is made), not it */
  private static final Set<String> ABOUT = Set.of(
      "path", "file", "filename", "files", "dir", "directory", "folder", "location", "name", "names", "env", "var",
      "variable", "url", "uri", "endpoint", "host", "arn", "id", "ids", "type", "kind", "algorithm", "algo", "length",
      "len", "size", "count", "min", "max", "header", "field", "param", "label", "format", "mode", "method",
      "provider", "policy", "ttl", "timeout", "expiry", "expires", "expiration", "rotation", "version", "enabled",
      "required", "hint", "prompt", "ref", "user", "username", "email", "login", "description", "desc", "help");

  /** the shell's working directory variables, whose names end in "pwd" */
  private static final Set<String> SHELL_DIRECTORIES = Set.of("pwd", "oldpwd");

  /**
   * @param name a variable, key or header name ("db_password", "apiKey", "Authorization")
   * @return whether a value assigned to it is meant to be a secret
   */
  static boolean namesSecret(String name) {
    List<String> w = split(name);
    if (w.isEmpty() || shellDirectory(w)) {
      return false;
    }
    if (endsInSecretWord(w)) {
      return true;
    }
    String last = w.get(w.size() - 1);
    for (String[] secret : WORDS) {
      if (w.size() > secret.length && startsWith(w, secret)) {
        return !ABOUT.contains(last);
      }
    }
    return false;
  }

  /**
   * @param name an option's or variable's name ("api-key", "db_password", "clientSecret")
   * @return whether it ends in a secret word ("password_prod" does not: its value may be a secret,
   *     but "password-stdin" and "password-file" show that a name starting with one need not be)
   */
  static boolean endsInSecretWord(String name) {
    List<String> w = split(name);
    return !shellDirectory(w) && endsInSecretWord(w);
  }

  private static boolean shellDirectory(List<String> w) {
    return w.size() == 1 && SHELL_DIRECTORIES.contains(w.get(0));
  }

  private static boolean endsInSecretWord(List<String> w) {
    if (w.isEmpty()) {
      return false;
    }
    for (String[] secret : WORDS) {
      if (endsWith(w, secret)) {
        return true;
      }
    }
    String last = w.get(w.size() - 1);
    for (String end : COMPOUND_ENDS) {
      if (last.endsWith(end)) {
        return true;
      }
    }
    return false;
  }

  /** @return the lower-case words of a name, split at {@code _ - .} and where a lower-case letter or digit meets an upper-case one */
  static List<String> split(String name) {
    List<String> out = new ArrayList<>(4);
    int start = 0;
    int n = name.length();
    for (int i = 0; i <= n; i++) {
      boolean sep = i == n || name.charAt(i) == '_' || name.charAt(i) == '-' || name.charAt(i) == '.';
      boolean hump = !sep && i > start && Character.isUpperCase(name.charAt(i))
          && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
      if (sep || hump) {
        if (i > start) {
          out.add(name.substring(start, i).toLowerCase(Locale.ROOT));
        }
        start = sep ? i + 1 : i;
      }
    }
    return out;
  }

  private static boolean endsWith(List<String> w, String[] secret) {
    int off = w.size() - secret.length;
    if (off < 0) {
      return false;
    }
    for (int k = 0; k < secret.length; k++) {
      if (!w.get(off + k).equals(secret[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(List<String> w, String[] secret) {
    for (int k = 0; k < secret.length; k++) {
      if (!w.get(k).equals(secret[k])) {
        return false;
      }
    }
    return true;
  }

  private static String[][] words(String... secrets) {
    String[][] out = new String[secrets.length][];
    for (int k = 0; k < secrets.length; k++) {
      out[k] = secrets[k].split(" ");
    }
    return out;
  }
}
