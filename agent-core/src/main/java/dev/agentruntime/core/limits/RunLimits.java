package dev.agentruntime.core.limits;

import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Bounds on one run. Immutable; build with {@link #builder()}. A value of 0 means "no limit".
 *
 * <p>Defaults: 25 steps, no model/tool call caps, no wall-clock limit, the same tool call (same
 * name and arguments) at most 3 times, a repeating cycle of 2 to 4 calls stopped at its third
 * repetition, and every limit fails with an exception.
 */
public final class RunLimits {
  private static final RunLimits DEFAULTS = builder().build();
  private static final RunLimits NONE =
      builder().maxSteps(0).maxRepeatedToolCalls(0).cycleRepetitions(0).build();

  private final int maxSteps;
  private final int maxModelCalls;
  private final int maxToolCalls;
  private final Map<String, Integer> maxToolCallsPerTool;
  private final Duration maxDuration;
  private final int maxRepeatedToolCalls;
  private final int cycleRepetitions;
  private final int maxCycleLength;
  private final Map<Limit, LimitReaction> reactions;
  private final LimitReaction defaultReaction;

  private RunLimits(Builder b) {
    this.maxSteps = b.maxSteps;
    this.maxModelCalls = b.maxModelCalls;
    this.maxToolCalls = b.maxToolCalls;
    this.maxToolCallsPerTool = Map.copyOf(b.maxToolCallsPerTool);
    this.maxDuration = b.maxDuration;
    this.maxRepeatedToolCalls = b.maxRepeatedToolCalls;
    this.cycleRepetitions = b.cycleRepetitions;
    this.maxCycleLength = b.maxCycleLength;
    this.reactions = Map.copyOf(b.reactions);
    this.defaultReaction = b.defaultReaction;
  }

  /** @return the defaults described above */
  public static RunLimits defaults() {
    return DEFAULTS;
  }

  /** @return limits that never stop a run */
  public static RunLimits none() {
    return NONE;
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return maximum steps, 0 for none */
  public int maxSteps() {
    return maxSteps;
  }

  /** @return maximum model calls, 0 for none */
  public int maxModelCalls() {
    return maxModelCalls;
  }

  /** @return maximum tool calls over all tools, 0 for none */
  public int maxToolCalls() {
    return maxToolCalls;
  }

  /** @return maximum calls per tool name */
  public Map<String, Integer> maxToolCallsPerTool() {
    return maxToolCallsPerTool;
  }

  /** @return maximum wall-clock time, or null for none */
  public @Nullable Duration maxDuration() {
    return maxDuration;
  }

  /** @return how often the same tool may be called with the same arguments, 0 for unlimited */
  public int maxRepeatedToolCalls() {
    return maxRepeatedToolCalls;
  }

  /** @return at which repetition a cycle of calls stops the run, 0 to disable cycle detection */
  public int cycleRepetitions() {
    return cycleRepetitions;
  }

  /** @return the longest cycle (in calls) that is detected */
  public int maxCycleLength() {
    return maxCycleLength;
  }

  /**
   * @param limit a limit
   * @return what happens when it is reached
   */
  public LimitReaction reaction(Limit limit) {
    if (limit == Limit.CONCURRENT_RUNS) {
      return LimitReaction.FAIL;
    }
    return reactions.getOrDefault(limit, defaultReaction);
  }

  /** @return a builder initialised from these limits */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxSteps = maxSteps;
    b.maxModelCalls = maxModelCalls;
    b.maxToolCalls = maxToolCalls;
    b.maxToolCallsPerTool.putAll(maxToolCallsPerTool);
    b.maxDuration = maxDuration;
    b.maxRepeatedToolCalls = maxRepeatedToolCalls;
    b.cycleRepetitions = cycleRepetitions;
    b.maxCycleLength = maxCycleLength;
    b.reactions.putAll(reactions);
    b.defaultReaction = defaultReaction;
    return b;
  }

  /** @return what happens when a limit without a reaction of its own is reached */
  public LimitReaction defaultReaction() {
    return defaultReaction;
  }

  /** Limits are equal when every limit and every reaction is. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RunLimits l)) {
      return false;
    }
    if (maxSteps != l.maxSteps || maxModelCalls != l.maxModelCalls || maxToolCalls != l.maxToolCalls
        || maxRepeatedToolCalls != l.maxRepeatedToolCalls || cycleRepetitions != l.cycleRepetitions
        || maxCycleLength != l.maxCycleLength || !maxToolCallsPerTool.equals(l.maxToolCallsPerTool)
        || !java.util.Objects.equals(maxDuration, l.maxDuration)) {
      return false;
    }
    for (Limit limit : Limit.values()) {
      if (reaction(limit) != l.reaction(limit)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = java.util.Objects.hash(maxSteps, maxModelCalls, maxToolCalls, maxToolCallsPerTool, maxDuration,
        maxRepeatedToolCalls, cycleRepetitions, maxCycleLength);
    for (Limit limit : Limit.values()) {
      h = 31 * h + reaction(limit).hashCode();
    }
    return h;
  }

  @Override
  public String toString() {
    return "RunLimits{maxSteps=" + maxSteps + ", maxModelCalls=" + maxModelCalls
        + ", maxToolCalls=" + maxToolCalls + ", perTool=" + maxToolCallsPerTool
        + ", maxDuration=" + maxDuration + ", maxRepeatedToolCalls=" + maxRepeatedToolCalls
        + ", cycleRepetitions=" + cycleRepetitions + ", reactions=" + reactions
        + ", default=" + defaultReaction + "}";
  }

  /** Builder for {@link RunLimits}; validated at {@link #build()}. */
  public static final class Builder {
    private int maxSteps = 25;
    private int maxModelCalls;
    private int maxToolCalls;
    private final Map<String, Integer> maxToolCallsPerTool = new HashMap<>();
    private Duration maxDuration;
    private int maxRepeatedToolCalls = 3;
    private int cycleRepetitions = 3;
    private int maxCycleLength = 4;
    private final Map<Limit, LimitReaction> reactions = new EnumMap<>(Limit.class);
    private LimitReaction defaultReaction = LimitReaction.FAIL;

    private Builder() {}

    /**
     * @param value maximum steps (0 for none)
     * @return this
     */
    public Builder maxSteps(int value) {
      this.maxSteps = value;
      return this;
    }

    /**
     * @param value maximum model calls (0 for none)
     * @return this
     */
    public Builder maxModelCalls(int value) {
      this.maxModelCalls = value;
      return this;
    }

    /**
     * @param value maximum tool calls (0 for none)
     * @return this
     */
    public Builder maxToolCalls(int value) {
      this.maxToolCalls = value;
      return this;
    }

    /**
     * @param tool tool name
     * @param value maximum calls of that tool per run
     * @return this
     */
    public Builder maxToolCalls(String tool, int value) {
      maxToolCallsPerTool.put(Objects.requireNonNull(tool, "tool"), value);
      return this;
    }

    /**
     * @param value maximum wall-clock time, or null for none
     * @return this
     */
    public Builder maxDuration(@Nullable Duration value) {
      this.maxDuration = value;
      return this;
    }

    /**
     * @param value how often one tool may be called with identical arguments (0 for unlimited)
     * @return this
     */
    public Builder maxRepeatedToolCalls(int value) {
      this.maxRepeatedToolCalls = value;
      return this;
    }

    /**
     * @param value at which repetition a cycle stops the run (0 disables; at least 2 otherwise)
     * @return this
     */
    public Builder cycleRepetitions(int value) {
      this.cycleRepetitions = value;
      return this;
    }

    /**
     * @param value longest detected cycle, in calls (2 to 16)
     * @return this
     */
    public Builder maxCycleLength(int value) {
      this.maxCycleLength = value;
      return this;
    }

    /**
     * @param limit a limit
     * @param reaction what happens when it is reached
     * @return this
     */
    public Builder onLimit(Limit limit, LimitReaction reaction) {
      reactions.put(Objects.requireNonNull(limit, "limit"), Objects.requireNonNull(reaction, "reaction"));
      return this;
    }

    /**
     * @param reaction the reaction for every limit without its own
     * @return this
     */
    public Builder defaultReaction(LimitReaction reaction) {
      this.defaultReaction = Objects.requireNonNull(reaction, "defaultReaction");
      return this;
    }

    /**
     * @return the limits
     * @throws IllegalArgumentException naming the bad setting
     */
    public RunLimits build() {
      nonNegative("maxSteps", maxSteps);
      nonNegative("maxModelCalls", maxModelCalls);
      nonNegative("maxToolCalls", maxToolCalls);
      nonNegative("maxRepeatedToolCalls", maxRepeatedToolCalls);
      maxToolCallsPerTool.forEach((k, v) -> {
        if (v == null || v <= 0) {
          throw new IllegalArgumentException(
              "RunLimits.maxToolCalls(\"" + k + "\") must be positive, was " + v);
        }
      });
      if (maxDuration != null && (maxDuration.isNegative() || maxDuration.isZero())) {
        throw new IllegalArgumentException("RunLimits.maxDuration must be positive, was " + maxDuration);
      }
      if (cycleRepetitions == 1 || cycleRepetitions < 0) {
        throw new IllegalArgumentException(
            "RunLimits.cycleRepetitions must be 0 (off) or at least 2, was " + cycleRepetitions);
      }
      if (maxCycleLength < 2 || maxCycleLength > 16) {
        throw new IllegalArgumentException(
            "RunLimits.maxCycleLength must be between 2 and 16, was " + maxCycleLength);
      }
      if (reactions.get(Limit.CONCURRENT_RUNS) == LimitReaction.STOP_GRACEFULLY) {
        throw new IllegalArgumentException("Limit.CONCURRENT_RUNS cannot stop gracefully: no run has started");
      }
      return new RunLimits(this);
    }

    private static void nonNegative(String name, int v) {
      if (v < 0) {
        throw new IllegalArgumentException("RunLimits." + name + " must be >= 0 (0 = no limit), was " + v);
      }
    }
  }
}
