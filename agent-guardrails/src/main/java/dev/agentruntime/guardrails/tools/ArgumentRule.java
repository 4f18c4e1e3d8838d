package dev.agentruntime.guardrails.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A check on one argument of a tool call. Fields are named by a JSON pointer
 * ({@code /to}, {@code /options/path}) or a plain top-level name ({@code to}). Rules are
 * immutable; build them with the static factories.
 */
public interface ArgumentRule {

  /**
   * @param arguments the call's parsed arguments (a JSON object)
   * @return why the call breaks the rule, or empty when it complies
   */
  Optional<String> violation(JsonNode arguments);

  private static JsonNode field(JsonNode args, String field) {
    String pointer = field.startsWith("/") ? field : "/" + field;
    return args.at(pointer);
  }

  private static String requireField(String field) {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("field must not be null or blank");
    }
    return field;
  }

  /**
   * @param field the argument
   * @return a rule requiring the argument to be present
   */
  static ArgumentRule required(String field) {
    requireField(field);
    return args -> field(args, field).isMissingNode() || field(args, field).isNull()
        ? Optional.of("argument '" + field + "' is required") : Optional.empty();
  }

  /**
   * @param field the argument
   * @param values values it must not take (compared case-insensitively as text)
   * @return the rule
   */
  static ArgumentRule forbiddenValues(String field, String... values) {
    requireField(field);
    Set<String> bad = new java.util.HashSet<>();
    for (String v : values) {
      bad.add(Objects.requireNonNull(v, "value").toLowerCase(Locale.ROOT));
    }
    return args -> {
      JsonNode n = field(args, field);
      if (n.isMissingNode()) {
        return Optional.empty();
      }
      if (n.isArray()) {
        for (JsonNode e : n) {
          if (bad.contains(e.asText().toLowerCase(Locale.ROOT))) {
            return Optional.of("argument '" + field + "' contains a forbidden value");
          }
        }
        return Optional.empty();
      }
      return bad.contains(n.asText().toLowerCase(Locale.ROOT))
          ? Optional.of("argument '" + field + "' has a forbidden value") : Optional.empty();
    };
  }

  /**
   * @param field the argument
   * @param regex a pattern the whole value must match (Java syntax)
   * @return the rule
   */
  static ArgumentRule matches(String field, String regex) {
    requireField(field);
    Pattern p = Pattern.compile(Objects.requireNonNull(regex, "regex"));
    return args -> {
      JsonNode n = field(args, field);
      if (n.isMissingNode()) {
        return Optional.empty();
      }
      return p.matcher(n.asText()).matches() ? Optional.empty()
          : Optional.of("argument '" + field + "' does not match /" + regex + "/");
    };
  }

  /**
   * @param field the argument
   * @param regex a pattern no part of the value may match (Java syntax)
   * @return the rule
   */
  static ArgumentRule forbiddenPattern(String field, String regex) {
    requireField(field);
    Pattern p = Pattern.compile(Objects.requireNonNull(regex, "regex"));
    return args -> {
      JsonNode n = field(args, field);
      if (n.isMissingNode()) {
        return Optional.empty();
      }
      return p.matcher(n.isValueNode() ? n.asText() : n.toString()).find()
          ? Optional.of("argument '" + field + "' matches the forbidden pattern /" + regex + "/") : Optional.empty();
    };
  }

  /**
   * @param field the argument
   * @param min smallest allowed value
   * @param max largest allowed value
   * @return a rule requiring a number within [min, max]
   */
  static ArgumentRule range(String field, double min, double max) {
    requireField(field);
    if (!(min <= max)) {
      throw new IllegalArgumentException("range for '" + field + "': min " + min + " > max " + max);
    }
    return args -> {
      JsonNode n = field(args, field);
      if (n.isMissingNode()) {
        return Optional.empty();
      }
      double v;
      if (n.isNumber()) {
        v = n.doubleValue();
      } else {
        try {
          v = Double.parseDouble(n.asText().trim());
        } catch (NumberFormatException e) {
          return Optional.of("argument '" + field + "' is not a number");
        }
      }
      return v >= min && v <= max ? Optional.empty()
          : Optional.of("argument '" + field + "' = " + v + " is outside [" + min + ", " + max + "]");
    };
  }

  /**
   * @param field the argument
   * @param allowedPrefixes directories the path must stay inside (after resolving {@code ..})
   * @return the rule
   */
  static ArgumentRule pathPrefix(String field, String... allowedPrefixes) {
    requireField(field);
    if (allowedPrefixes.length == 0) {
      throw new IllegalArgumentException("pathPrefix for '" + field + "' needs at least one allowed prefix");
    }
    List<Path> roots = java.util.Arrays.stream(allowedPrefixes)
        .map(p -> Paths.get(Objects.requireNonNull(p, "prefix")).toAbsolutePath().normalize()).toList();
    return args -> {
      JsonNode n = field(args, field);
      if (n.isMissingNode()) {
        return Optional.empty();
      }
      String raw = n.asText();
      if (raw.indexOf('\0') >= 0) {
        return Optional.of("argument '" + field + "' contains a NUL character");
      }
      Path p;
      try {
        p = Paths.get(raw).toAbsolutePath().normalize();
      } catch (InvalidPathException e) {
        return Optional.of("argument '" + field + "' is not a valid path");
      }
      for (Path root : roots) {
        if (p.startsWith(root)) {
          return Optional.empty();
        }
      }
      return Optional.of("argument '" + field + "' points outside the allowed directories");
    };
  }
}
