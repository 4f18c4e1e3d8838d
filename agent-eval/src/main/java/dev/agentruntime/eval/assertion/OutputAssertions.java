package dev.agentruntime.eval.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.agentruntime.eval.Assertion;
import dev.agentruntime.eval.AssertionResult;
import dev.agentruntime.eval.EvalContext;
import dev.agentruntime.eval.RunOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Assertions on a run's final answer. */
public final class OutputAssertions {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
  private static final Pattern FENCE = Pattern.compile("(?s)```(?:json)?\\s*(.*?)```");

  private OutputAssertions() {}

  /**
   * @param expected the exact answer (compared after trimming surrounding whitespace)
   * @return the assertion
   */
  public static Assertion equalTo(String expected) {
    Objects.requireNonNull(expected, "expected");
    return simple("output equals \"" + abbreviate(expected) + "\"", out -> {
      boolean ok = out.strip().equals(expected.strip());
      return AssertionResult.of("output equals \"" + abbreviate(expected) + "\"", ok,
          ok ? "" : "output differs from the expected text", expected, out);
    });
  }

  /**
   * @param parts texts the answer must all contain (case-insensitive)
   * @return the assertion
   */
  public static Assertion contains(String... parts) {
    List<String> all = nonEmpty("contains", parts);
    String name = "output contains " + quoted(all);
    return simple(name, out -> {
      String lower = out.toLowerCase(Locale.ROOT);
      List<String> missing = all.stream().filter(p -> !lower.contains(p.toLowerCase(Locale.ROOT))).toList();
      return AssertionResult.of(name, missing.isEmpty(),
          missing.isEmpty() ? "" : "missing " + quoted(missing), String.join("\n", all), out);
    });
  }

  /**
   * @param parts texts the answer must not contain (case-insensitive)
   * @return the assertion
   */
  public static Assertion doesNotContain(String... parts) {
    List<String> all = nonEmpty("doesNotContain", parts);
    String name = "output does not contain " + quoted(all);
    return simple(name, out -> {
      String lower = out.toLowerCase(Locale.ROOT);
      List<String> found = all.stream().filter(p -> lower.contains(p.toLowerCase(Locale.ROOT))).toList();
      return AssertionResult.of(name, found.isEmpty(), found.isEmpty() ? "" : "found " + quoted(found), null, null);
    });
  }

  /**
   * @param regex a regular expression found somewhere in the answer
   * @return the assertion
   * @throws IllegalArgumentException when the expression is invalid
   */
  public static Assertion matches(String regex) {
    Objects.requireNonNull(regex, "regex");
    Pattern p;
    try {
      p = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("output regex is invalid: " + e.getMessage(), e);
    }
    String name = "output matches /" + regex + "/";
    return simple(name, out -> AssertionResult.of(name, p.matcher(out).find(),
        p.matcher(out).find() ? "" : "no match", "/" + regex + "/", out));
  }

  /**
   * The answer (or the JSON inside a {@code ```json} fence in it) must be JSON valid against a
   * JSON Schema (draft 2020-12 unless the schema says otherwise).
   *
   * @param schema the schema, as JSON
   * @return the assertion
   * @throws IllegalArgumentException when the schema is not valid JSON
   */
  public static Assertion matchesJsonSchema(String schema) {
    Objects.requireNonNull(schema, "schema");
    Schema compiled;
    try {
      JSON.readTree(schema);
      compiled = SCHEMAS.getSchema(schema, InputFormat.JSON);
    } catch (Exception e) {
      throw new IllegalArgumentException("output JSON Schema is not valid JSON: " + e.getMessage(), e);
    }
    String name = "output matches JSON Schema";
    return simple(name, out -> {
      String json = extractJson(out);
      JsonNode node;
      try {
        node = JSON.readTree(json);
      } catch (Exception e) {
        return AssertionResult.of(name, false, "output is not JSON: " + e.getMessage(), schema, out);
      }
      if (node == null || node.isMissingNode()) {
        return AssertionResult.of(name, false, "output is empty, expected JSON", schema, out);
      }
      List<Error> errors = compiled.validate(node);
      List<String> messages = new ArrayList<>();
      errors.forEach(e -> messages.add(e.getInstanceLocation() + ": " + e.getMessage()));
      return AssertionResult.of(name, errors.isEmpty(), String.join("; ", messages), schema, out);
    });
  }

  /**
   * The first number in the answer must be within a tolerance of a value (thousands separators
   * allowed).
   *
   * @param expected the value
   * @param tolerance the allowed absolute difference, >= 0
   * @return the assertion
   */
  public static Assertion numberCloseTo(double expected, double tolerance) {
    if (tolerance < 0 || Double.isNaN(tolerance)) {
      throw new IllegalArgumentException("tolerance must be >= 0, was " + tolerance);
    }
    String name = "output number = " + expected + " ± " + tolerance;
    return simple(name, out -> {
      Matcher m = NUMBER.matcher(out);
      if (!m.find()) {
        return AssertionResult.of(name, false, "no number in the output", String.valueOf(expected), out);
      }
      double actual = Double.parseDouble(m.group().replace(",", ""));
      boolean ok = Math.abs(actual - expected) <= tolerance;
      return AssertionResult.of(name, ok, ok ? "" : "found " + actual + ", off by " + Math.abs(actual - expected),
          String.valueOf(expected), String.valueOf(actual));
    });
  }

  /**
   * @param name description for reports
   * @param check a predicate on the answer
   * @return the assertion
   */
  public static Assertion satisfies(String name, Predicate<String> check) {
    Objects.requireNonNull(check, "check");
    return simple(name, out -> check.test(out) ? AssertionResult.pass(name)
        : AssertionResult.of(name, false, "predicate did not hold", null, out));
  }

  static String extractJson(String out) {
    Matcher m = FENCE.matcher(out);
    return m.find() ? m.group(1).strip() : out.strip();
  }

  private interface OutputCheck {
    AssertionResult check(String output);
  }

  private static Assertion simple(String name, OutputCheck check) {
    Objects.requireNonNull(name, "name");
    return new Assertion() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public AssertionResult check(RunOutcome run, EvalContext context) {
        return check.check(run.output());
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  private static List<String> nonEmpty(String what, String... parts) {
    if (parts == null || parts.length == 0) {
      throw new IllegalArgumentException(what + " needs at least one text");
    }
    for (String p : parts) {
      if (p == null || p.isEmpty()) {
        throw new IllegalArgumentException(what + ": texts must not be null or empty");
      }
    }
    return List.of(parts);
  }

  static String quoted(List<String> parts) {
    return parts.stream().map(p -> "\"" + p + "\"").reduce((a, b) -> a + ", " + b).orElse("");
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
