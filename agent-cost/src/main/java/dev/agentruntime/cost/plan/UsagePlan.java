package dev.agentruntime.cost.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one entity (a user, a service, a team) may do, as an LLM gateway's policy would say:
 * which models it may call, and how many requests and tokens per minute — over all models and per
 * model. Immutable; build with {@link #builder(String)}.
 */
public final class UsagePlan {
  private final String name;
  private final List<String> allowedModels;
  private final List<Pattern> allowedPatterns;
  private final RateLimit limit;
  private final Map<String, RateLimit> modelLimits;
  private final Duration maxWait;

  private UsagePlan(Builder b) {
    this.name = b.name;
    this.allowedModels = List.copyOf(b.allowedModels);
    List<Pattern> ps = new ArrayList<>();
    for (String g : allowedModels) {
      ps.add(glob(g));
    }
    this.allowedPatterns = List.copyOf(ps);
    this.limit = b.limit;
    Map<String, RateLimit> ml = new LinkedHashMap<>();
    b.modelLimits.forEach((k, v) -> ml.put(k.toLowerCase(Locale.ROOT), v));
    this.modelLimits = Map.copyOf(ml);
    this.maxWait = b.maxWait;
  }

  private static Pattern glob(String g) {
    StringBuilder sb = new StringBuilder();
    for (char c : g.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '*') {
        sb.append(".*");
      } else {
        sb.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(sb.toString());
  }

  /**
   * @param name the plan's name, shown in errors (e.g. {@code free})
   * @return a builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** @return the plan's name */
  public String name() {
    return name;
  }

  /** @return the allowed model patterns ({@code *} wildcards); empty allows every model */
  public List<String> allowedModels() {
    return allowedModels;
  }

  /** @return the entity's limit over all models */
  public RateLimit limit() {
    return limit;
  }

  /** @return per-model limits for the entity, by lower-case model id */
  public Map<String, RateLimit> modelLimits() {
    return modelLimits;
  }

  /** @return how long a call may wait for a rate limit before failing (zero: fail fast) */
  public Duration maxWait() {
    return maxWait;
  }

  /**
   * @param model a model id (as requested, or its catalog id)
   * @return whether the plan allows it
   */
  public boolean allows(String model) {
    if (allowedPatterns.isEmpty()) {
      return true;
    }
    if (model == null) {
      return false;
    }
    String m = model.toLowerCase(Locale.ROOT);
    for (Pattern p : allowedPatterns) {
      if (p.matcher(m).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param model a model id
   * @return the entity's limit for that model, or {@link RateLimit#NONE}
   */
  public RateLimit limitFor(String model) {
    if (model == null || modelLimits.isEmpty()) {
      return RateLimit.NONE;
    }
    RateLimit l = modelLimits.get(model.toLowerCase(Locale.ROOT));
    return l == null ? RateLimit.NONE : l;
  }

  @Override
  public String toString() {
    return "UsagePlan[" + name + "]";
  }

  /** Builder for {@link UsagePlan}. */
  public static final class Builder {
    private final String name;
    private final List<String> allowedModels = new ArrayList<>();
    private RateLimit limit = RateLimit.NONE;
    private final Map<String, RateLimit> modelLimits = new LinkedHashMap<>();
    private Duration maxWait = Duration.ZERO;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * @param patterns model ids the plan allows; {@code *} matches anything ({@code claude-*});
     *     never called: every model is allowed
     * @return this
     */
    public Builder allowModels(String... patterns) {
      for (String p : patterns) {
        if (p == null || p.isBlank()) {
          throw new IllegalArgumentException("plan '" + name + "': allowed model pattern must not be blank");
        }
        allowedModels.add(p.trim());
      }
      return this;
    }

    /**
     * @param rpm requests per minute for the entity over all models (0: no limit)
     * @return this
     */
    public Builder requestsPerMinute(long rpm) {
      this.limit = new RateLimit(rpm, limit.tokensPerMinute());
      return this;
    }

    /**
     * @param tpm tokens per minute for the entity over all models (0: no limit)
     * @return this
     */
    public Builder tokensPerMinute(long tpm) {
      this.limit = new RateLimit(limit.requestsPerMinute(), tpm);
      return this;
    }

    /**
     * @param model a model id (exact, case-insensitive; as requested)
     * @param value the entity's limit for that model
     * @return this
     */
    public Builder modelLimit(String model, RateLimit value) {
      if (model == null || model.isBlank()) {
        throw new IllegalArgumentException("plan '" + name + "': modelLimit model must not be blank");
      }
      modelLimits.put(model.trim(), Objects.requireNonNull(value, "modelLimit value"));
      return this;
    }

    /**
     * @param value how long a call may wait for a rate limit before failing with
     *     {@link dev.agentruntime.core.error.RateLimitedException} (default zero: fail fast)
     * @return this
     */
    public Builder maxWait(Duration value) {
      this.maxWait = value;
      return this;
    }

    /**
     * @return the plan
     * @throws IllegalArgumentException when the name is blank or maxWait is negative
     */
    public UsagePlan build() {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("UsagePlan name must not be blank");
      }
      if (maxWait == null || maxWait.isNegative()) {
        throw new IllegalArgumentException("plan '" + name + "': maxWait must be >= 0, was " + maxWait);
      }
      return new UsagePlan(this);
    }
  }
}
