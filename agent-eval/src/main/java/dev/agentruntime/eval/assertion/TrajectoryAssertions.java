package dev.agentruntime.eval.assertion;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.ToolCallRecord;
import dev.agentruntime.eval.Assertion;
import dev.agentruntime.eval.AssertionResult;
import dev.agentruntime.eval.EvalContext;
import dev.agentruntime.eval.RunOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Assertions on what the agent did: which tools it called, with which arguments, in which order,
 * and how many steps it took. Arguments are compared as JSON (a subset: the listed keys must have
 * the given values; other keys may be present).
 */
public final class TrajectoryAssertions {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TrajectoryAssertions() {}

  /**
   * @param tool a tool that must have been called at least once
   * @return the assertion
   */
  public static Assertion called(String tool) {
    requireName(tool);
    String name = "tool " + tool + " called";
    return of(name, run -> {
      List<String> names = names(run);
      return AssertionResult.of(name, names.contains(tool), "called: " + names, tool, String.join("\n", names));
    });
  }

  /**
   * @param tool a tool that must have been called with (at least) these arguments
   * @param arguments argument name to expected value (compared as JSON)
   * @return the assertion
   */
  public static Assertion calledWith(String tool, Map<String, ?> arguments) {
    requireName(tool);
    Objects.requireNonNull(arguments, "arguments");
    JsonNode expected = JSON.valueToTree(arguments);
    String name = "tool " + tool + " called with " + expected;
    return of(name, run -> {
      List<String> seen = new ArrayList<>();
      for (ToolCallRecord r : run.toolCalls()) {
        if (r.call().name().equals(tool)) {
          JsonNode args = parse(r.call().arguments());
          seen.add(r.call().arguments());
          if (args != null && containsAll(args, expected)) {
            return AssertionResult.pass(name);
          }
        }
      }
      return AssertionResult.of(name, false, seen.isEmpty() ? tool + " was never called"
          : tool + " was called with other arguments", expected.toString(), String.join("\n", seen));
    });
  }

  /**
   * @param tool a tool
   * @param description what the predicate checks, for reports
   * @param predicate on the call's arguments (parsed JSON); one call must satisfy it
   * @return the assertion
   */
  public static Assertion calledMatching(String tool, String description, Predicate<JsonNode> predicate) {
    requireName(tool);
    Objects.requireNonNull(predicate, "predicate");
    String name = "tool " + tool + " called with " + description;
    return of(name, run -> {
      for (ToolCallRecord r : run.toolCalls()) {
        if (r.call().name().equals(tool)) {
          JsonNode args = parse(r.call().arguments());
          if (args != null && predicate.test(args)) {
            return AssertionResult.pass(name);
          }
        }
      }
      return AssertionResult.fail(name, "no call of " + tool + " matched");
    });
  }

  /**
   * The tools must appear in this order (other calls may come between them).
   *
   * @param tools the expected order
   * @return the assertion
   */
  public static Assertion calledInOrder(String... tools) {
    List<String> expected = requireNames(tools);
    String name = "tools called in order " + expected;
    return of(name, run -> {
      List<String> actual = names(run);
      int i = 0;
      for (String n : actual) {
        if (i < expected.size() && expected.get(i).equals(n)) {
          i++;
        }
      }
      return AssertionResult.of(name, i == expected.size(),
          i == expected.size() ? "" : "order broken at " + expected.get(i), join(expected), join(actual));
    });
  }

  /**
   * Exactly these calls (as a multiset), in any order.
   *
   * @param tools the expected calls
   * @return the assertion
   */
  public static Assertion calledInAnyOrder(String... tools) {
    List<String> expected = requireNames(tools);
    String name = "tools called in any order " + expected;
    return of(name, run -> {
      List<String> actual = names(run);
      boolean ok = counts(actual).equals(counts(expected));
      return AssertionResult.of(name, ok, ok ? "" : "called " + actual, join(sorted(expected)), join(sorted(actual)));
    });
  }

  /**
   * Every tool called is one of these (an allow-list; not all need be called).
   *
   * @param tools the allowed tools
   * @return the assertion
   */
  public static Assertion calledSubsetOf(String... tools) {
    List<String> allowed = requireNames(tools);
    String name = "tools called within " + allowed;
    return of(name, run -> {
      Set<String> extra = new LinkedHashSet<>(names(run));
      allowed.forEach(extra::remove);
      return AssertionResult.of(name, extra.isEmpty(), extra.isEmpty() ? "" : "also called " + extra,
          join(allowed), join(names(run)));
    });
  }

  /**
   * Every one of these tools was called (others may be too).
   *
   * @param tools the required tools
   * @return the assertion
   */
  public static Assertion calledSupersetOf(String... tools) {
    List<String> required = requireNames(tools);
    String name = "tools called include " + required;
    return of(name, run -> {
      Set<String> missing = new LinkedHashSet<>(required);
      names(run).forEach(missing::remove);
      return AssertionResult.of(name, missing.isEmpty(), missing.isEmpty() ? "" : "never called " + missing,
          join(required), join(names(run)));
    });
  }

  /**
   * @param tool a tool that must not be called
   * @return the assertion
   */
  public static Assertion neverCalled(String tool) {
    requireName(tool);
    String name = "tool " + tool + " never called";
    return of(name, run -> {
      long n = names(run).stream().filter(tool::equals).count();
      return AssertionResult.of(name, n == 0, n == 0 ? "" : tool + " called " + n + " time(s)", null, null);
    });
  }

  /**
   * @param max the most steps the run may take (over all turns)
   * @return the assertion
   */
  public static Assertion atMostSteps(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max steps must be >= 0, was " + max);
    }
    String name = "at most " + max + " steps";
    return of(name, run -> AssertionResult.of(name, run.steps() <= max, "took " + run.steps() + " steps",
        String.valueOf(max), String.valueOf(run.steps())));
  }

  /**
   * @param max the most tool calls the run may make
   * @return the assertion
   */
  public static Assertion atMostToolCalls(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max tool calls must be >= 0, was " + max);
    }
    String name = "at most " + max + " tool calls";
    return of(name, run -> AssertionResult.of(name, run.toolCalls().size() <= max,
        "made " + run.toolCalls().size() + " tool calls", String.valueOf(max), String.valueOf(run.toolCalls().size())));
  }

  private static Assertion of(String name, Function<RunOutcome, AssertionResult> check) {
    return new Assertion() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public AssertionResult check(RunOutcome run, EvalContext context) {
        return check.apply(run);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  private static List<String> names(RunOutcome run) {
    return run.toolCalls().stream().map(r -> r.call().name()).toList();
  }

  private static @Nullable JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      return null;
    }
  }

  private static boolean containsAll(JsonNode actual, JsonNode expected) {
    if (expected.isObject()) {
      if (!actual.isObject()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> e : expected.properties()) {
        JsonNode a = actual.get(e.getKey());
        if (a == null || !containsAll(a, e.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    if (expected.isTextual() && !actual.isTextual() && actual.isValueNode()) {
      return expected.asText().equals(actual.asText());
    }
    return expected.equals(actual);
  }

  private static Map<String, Integer> counts(List<String> names) {
    Map<String, Integer> m = new HashMap<>();
    names.forEach(n -> m.merge(n, 1, Integer::sum));
    return m;
  }

  private static List<String> sorted(List<String> l) {
    return l.stream().sorted().toList();
  }

  private static String join(List<String> l) {
    return String.join("\n", l);
  }

  private static void requireName(String tool) {
    if (tool == null || tool.isBlank()) {
      throw new IllegalArgumentException("tool name must not be blank");
    }
  }

  private static List<String> requireNames(String... tools) {
    if (tools == null || tools.length == 0) {
      throw new IllegalArgumentException("expected at least one tool name");
    }
    for (String t : tools) {
      requireName(t);
    }
    return List.of(tools);
  }
}
