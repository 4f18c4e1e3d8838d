package dev.agentruntime.eval;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.eval.internal.DatasetParser;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A named list of {@link EvalCase}s with unique ids: from code ({@link #of}), or from a JSONL or
 * YAML file ({@link #load(Path)}, {@link #loader()} to add expectation kinds such as a judge).
 *
 * <p>File format (YAML shown; JSONL has one case object per line):
 *
 * <pre>{@code
 * name: support-agent
 * cases:
 *   - id: late-order
 *     input: "My order 1042 hasn't arrived"        # or turns: [..., ...]
 *     tags: [shipping]
 *     session: {id: s-1, history: [{role: user, text: "hi"}, {role: assistant, text: "Hello!"}]}
 *     expect:
 *       output: {contains: [ticket], notContains: [password], regex: "T-\\d+", equals: "...",
 *                jsonSchema: {...}, number: {value: 42, tolerance: 0.5}}
 *       tools: {called: [lookup_order], calledWith: {lookup_order: {order_id: "1042"}},
 *               inOrder: [...], anyOrder: [...], subsetOf: [...], supersetOf: [...],
 *               never: [refund], maxSteps: 4, maxToolCalls: 5}
 *       telemetry: {maxCostUsd: "0.01", maxTokens: 4000, maxLatencyMs: 5000, noGuardrailBlock: true,
 *                   noRetry: true, noLimitHit: true, limitHit: MAX_STEPS,
 *                   guardrailTriggered: {name: pii, action: rewrite}, failsWith: BudgetExceededException}
 * }</pre>
 *
 * @param name the dataset's name
 * @param cases the cases, in order
 */
public record Dataset(String name, List<EvalCase> cases) {

  /**
   * Validates (ids unique, at least one case) and copies.
   *
   * @param name the dataset's name
   * @param cases the cases, in order
   */
  public Dataset {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("dataset name must not be blank");
    }
    cases = List.copyOf(cases);
    if (cases.isEmpty()) {
      throw new IllegalArgumentException("dataset " + name + " has no cases");
    }
    Set<String> ids = new HashSet<>();
    for (EvalCase c : cases) {
      if (!ids.add(Objects.requireNonNull(c, "case").id())) {
        throw new IllegalArgumentException("dataset " + name + ": duplicate case id '" + c.id() + "'");
      }
    }
  }

  /**
   * @param name the name
   * @param cases the cases
   * @return a dataset built in code
   */
  public static Dataset of(String name, EvalCase... cases) {
    return new Dataset(name, List.of(cases));
  }

  /**
   * Loads a {@code .jsonl}, {@code .yaml}/{@code .yml} or {@code .json} file with the built-in
   * expectation kinds.
   *
   * @param file the file
   * @return the dataset (named after the file unless it names itself)
   * @throws IllegalArgumentException naming the file, the case and what is wrong
   */
  public static Dataset load(Path file) {
    return loader().load(file);
  }

  /** @return a loader to which custom expectation kinds can be added */
  public static Loader loader() {
    return new Loader();
  }

  /**
   * @param tag a tag
   * @return the cases carrying it
   */
  public Dataset withTag(String tag) {
    return new Dataset(name + "[" + tag + "]", cases.stream().filter(c -> c.tags().contains(tag)).toList());
  }

  /**
   * Makes one assertion from the value of a custom key under a case's {@code expect}.
   */
  @FunctionalInterface
  public interface ExpectationFactory {
    /**
     * @param spec the value as plain Java (String, Number, Boolean, List, Map; null for a JSON null)
     * @return the assertion
     * @throws IllegalArgumentException when the value is not valid for this kind
     */
    Assertion create(@Nullable Object spec);
  }

  /** Loads datasets; add custom expectation kinds with {@link #expectation}. Not thread-safe while configured. */
  public static final class Loader {
    private final Map<String, ExpectationFactory> custom = new LinkedHashMap<>();

    private Loader() {}

    /**
     * @param key a key under {@code expect} (not {@code output}, {@code tools} or {@code telemetry})
     * @param factory makes the assertion from the key's value
     * @return this
     */
    public Loader expectation(String key, ExpectationFactory factory) {
      if (key == null || key.isBlank() || DatasetParser.BUILT_IN.contains(key)) {
        throw new IllegalArgumentException("expectation key '" + key + "' is blank or built in");
      }
      custom.put(key, Objects.requireNonNull(factory, "factory"));
      return this;
    }

    /**
     * @param file a {@code .jsonl}, {@code .yaml}/{@code .yml} or {@code .json} file
     * @return the dataset
     */
    public Dataset load(Path file) {
      return DatasetParser.load(file, Map.copyOf(custom));
    }

    /**
     * @param name the dataset name
     * @param text the file's content
     * @param format {@code jsonl}, {@code yaml} or {@code json}
     * @return the dataset
     */
    public Dataset parse(String name, String text, String format) {
      return DatasetParser.parse(name, text, format, Map.copyOf(custom));
    }
  }
}
