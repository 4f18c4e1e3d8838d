package dev.agentruntime.guardrails.secrets;

/**
 * Where a command line hands a password or token to a program as an option, and where that value
 * lies; whether the value is a secret (random-looking, no placeholder) {@link SecretDetector}
 * judges as it does for assignments.
 *
 * <p>Overview: two shapes, each read at the {@code -} that starts the option (after a space, a tab,
 * a line start or a quote). (1) A long option whose name ends in a secret word ({@link
 * SecretNames#endsInSecretWord}): {@code --password S3cr3t}, {@code --api-key 'k'}, {@code
 * --client-secret "s"}; the value follows after spaces or tabs ({@code --password=S3cr3t} is an
 * assignment and found as one). {@code --password-stdin}, {@code --token-file} name no secret.
 * (2) The short options a few programs document for a password, only on a line that runs the
 * program: {@code -p<password>} of the MySQL and MariaDB clients (attached; after a space the next
 * word is the database, and {@code -p} alone asks for the password), {@code -p <password>} of
 * {@code sshpass} and of the container-registry logins ({@code docker login}, {@code podman login},
 * ...), {@code -a <password>} of {@code redis-cli}. A quoted value ends at its closing quote, an
 * unquoted one at a space or at what the shell reads as the command's end ({@code ; | & )}). In a
 * JSON or YAML list of arguments ({@code ["--password", "S3cr3t"]}) the value is the next quoted
 * item.
 */
final class CommandLineSecrets {
  private CommandLineSecrets() {}

  /** how far back on its line a short option looks for the program that runs it */
  private static final int LINE_LOOKBACK = 300;

  private static final String[] MYSQL = {
    "mysql", "mysqldump", "mysqladmin", "mysqlimport", "mysqlcheck", "mysqlshow", "mysqlpump", "mysqlslap",
    "mariadb", "mariadb-dump", "mariadb-admin", "mariadb-import", "mariadb-check", "mariadb-show"};
  private static final String[] REGISTRY_CLIENTS = {
    "docker", "podman", "nerdctl", "buildah", "skopeo", "helm", "oras", "crane", "finch"};

  /**
   * @param s a text
   * @param i a {@code -} after a space, tab, line start or quote
   * @return the range of the value the option at i passes, as {@code start << 32 | end}, or -1 when
   *     the option passes no password or token
   */
  static long valueAt(String s, int i) {
    int n = s.length();
    char quoted = i > 0 && (s.charAt(i - 1) == '"' || s.charAt(i - 1) == '\'') ? s.charAt(i - 1) : 0;
    if (i + 2 < n && s.charAt(i + 1) == '-') {
      int e = i + 2;
      while (e < n && e - i <= 42 && (isNameChar(s.charAt(e)))) {
        e++;
      }
      if (e - i > 42 || !SecretNames.endsInSecretWord(s.substring(i + 2, e))) {
        return -1;
      }
      return separateValue(s, e, quoted);
    }
    if (i + 1 >= n) {
      return -1;
    }
    char flag = s.charAt(i + 1);
    boolean attached = i + 2 < n && !isSpace(s.charAt(i + 2)) && s.charAt(i + 2) != quoted;
    if (flag == 'p') {
      if (attached && runs(s, i, MYSQL)) {
        return attachedValue(s, i + 2, quoted);
      }
      if (runs(s, i, "sshpass")) {
        return attached ? attachedValue(s, i + 2, quoted) : separateValue(s, i + 2, quoted);
      }
      if (!attached && runs(s, i, "login") && runs(s, i, REGISTRY_CLIENTS)) {
        return separateValue(s, i + 2, quoted);
      }
    } else if (flag == 'a' && !attached && runs(s, i, "redis-cli")) {
      return separateValue(s, i + 2, quoted);
    }
    return -1;
  }

  /** @return the value right after an option's name at v ("-pS3cr3t", "-p'S3cr3t'") */
  private static long attachedValue(String s, int v, char quotedOption) {
    if (quotedOption != 0) {
      return until(s, v, quotedOption); // "-pS3cr3t" as one item of a list
    }
    char q = s.charAt(v);
    return q == '"' || q == '\'' ? until(s, v + 1, q) : unquoted(s, v);
  }

  /** @return the value after the spaces or tabs that follow an option's name ending at e, or -1 */
  private static long separateValue(String s, int e, char quotedOption) {
    int n = s.length();
    int v = e;
    if (quotedOption != 0) {
      // ["--password", "S3cr3t"]: the option's closing quote, a comma, the value's opening quote
      if (v >= n || s.charAt(v) != quotedOption) {
        return -1;
      }
      v++;
      while (v < n && v - e <= 4 && isSpace(s.charAt(v))) {
        v++;
      }
      if (v >= n || s.charAt(v) != ',') {
        return -1;
      }
      v++;
      while (v < n && v - e <= 8 && isSpace(s.charAt(v))) {
        v++;
      }
      return v < n && (s.charAt(v) == '"' || s.charAt(v) == '\'') ? until(s, v + 1, s.charAt(v)) : -1;
    }
    while (v < n && v - e <= 4 && isSpace(s.charAt(v))) {
      v++;
    }
    if (v == e || v >= n || s.charAt(v) == '-') {
      return -1; // no value, or the next option
    }
    char q = s.charAt(v);
    return q == '"' || q == '\'' ? until(s, v + 1, q) : unquoted(s, v);
  }

  /** @return [v, the closing quote) on the same line, or -1 */
  private static long until(String s, int v, char quote) {
    int e = v;
    while (e < s.length() && e - v <= 200 && s.charAt(e) != quote && s.charAt(e) != '\n') {
      e++;
    }
    return e < s.length() && s.charAt(e) == quote ? (long) v << 32 | e : -1;
  }

  /** @return [v, the first space or shell control char) */
  private static long unquoted(String s, int v) {
    int e = v;
    while (e < s.length() && e - v <= 200) {
      char c = s.charAt(e);
      if (Character.isWhitespace(c) || c == ';' || c == '|' || c == '&' || c == ')' || c == '`' || c == '"' || c == '\'') {
        break;
      }
      e++;
    }
    return (long) v << 32 | e;
  }

  /** @return whether one of the programs is a word on the line before i */
  private static boolean runs(String s, int i, String... programs) {
    int from = Math.max(0, i - LINE_LOOKBACK);
    int nl = s.lastIndexOf('\n', i - 1);
    if (nl >= from) {
      from = nl + 1;
    }
    for (String p : programs) {
      for (int at = s.indexOf(p, from); at >= 0 && at < i; at = s.indexOf(p, at + 1)) {
        int end = at + p.length();
        if ((at == 0 || !isNameChar(s.charAt(at - 1))) && (end >= s.length() || !isNameChar(s.charAt(end)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }
}
