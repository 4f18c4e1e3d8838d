package dev.agentruntime.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A static look at code before it runs, producing advice (e.g. "imports subprocess"). Advice
 * only: it is trivially evaded (string building, {@code __import__}, base64) and never stands in
 * for the operating-system boundary, which is what protects the host. Findings end up in {@link
 * ExecutionResult#advisories()} so they can be logged or shown; nothing is refused because of
 * them. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CodePrecheck {

  /**
   * @param language the request's language
   * @param code the source
   * @return findings, empty when none
   */
  List<String> inspect(String language, String code);

  /** @return a pre-check that finds nothing (the default) */
  static CodePrecheck none() {
    return (language, code) -> List.of();
  }

  /**
   * @return a pattern-based pre-check for python3, javascript and bash that flags process
   *     spawning, network access, dynamic code evaluation, native code and environment reads
   */
  static CodePrecheck basic() {
    Map<String, Map<String, Pattern>> rules = Map.of(
        "python3", Map.of(
            "spawns processes (subprocess/os.system/os.fork/multiprocessing)",
            Pattern.compile("\\b(subprocess|os\\.system|os\\.popen|os\\.fork|os\\.exec\\w*|os\\.spawn\\w*|multiprocessing|pty)\\b"),
            "uses the network (socket/urllib/http/requests)",
            Pattern.compile("\\b(socket|urllib|http\\.client|requests|httpx|ftplib|smtplib)\\b"),
            "evaluates code dynamically (eval/exec/__import__/compile)",
            Pattern.compile("\\b(eval|exec|__import__|compile)\\s*\\("),
            "loads native code (ctypes/cffi)", Pattern.compile("\\b(ctypes|cffi)\\b"),
            "reads the environment (os.environ/os.getenv)", Pattern.compile("\\bos\\.(environ|getenv)\\b")),
        "javascript", Map.of(
            "spawns processes (child_process)", Pattern.compile("child_process|\\bworker_threads\\b"),
            "uses the network (net/http/https/dgram/dns/fetch)",
            Pattern.compile("require\\(\\s*['\"](node:)?(net|http|https|http2|dgram|dns|tls)['\"]|\\bfetch\\s*\\("),
            "evaluates code dynamically (eval/Function/vm)",
            Pattern.compile("\\beval\\s*\\(|\\bnew\\s+Function\\s*\\(|require\\(\\s*['\"](node:)?vm['\"]"),
            "reads the environment (process.env)", Pattern.compile("\\bprocess\\.env\\b")),
        "bash", Map.of(
            "uses the network (curl/wget/nc/ssh//dev/tcp)",
            Pattern.compile("\\b(curl|wget|nc|ncat|ssh|scp|telnet)\\b|/dev/(tcp|udp)/"),
            "deletes recursively (rm -r)", Pattern.compile("\\brm\\s+-[a-zA-Z]*[rR]"),
            "runs code in the background (&, nohup, disown)", Pattern.compile("(^|[^&])&\\s*($|\\n)|\\bnohup\\b|\\bdisown\\b"),
            "reads the environment (env/printenv)", Pattern.compile("\\b(printenv|env)\\b")));
    return (language, code) -> {
      Map<String, Pattern> forLanguage = rules.get(language);
      if (forLanguage == null || code == null) {
        return List.of();
      }
      List<String> found = new ArrayList<>();
      forLanguage.forEach((advice, pattern) -> {
        if (pattern.matcher(code).find()) {
          found.add(advice);
        }
      });
      found.sort(null);
      return List.copyOf(found);
    };
  }
}
