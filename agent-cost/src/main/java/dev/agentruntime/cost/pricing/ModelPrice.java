package dev.agentruntime.cost.pricing;

import dev.agentruntime.core.context.ModelLimits;
import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.model.TokenUsage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The price of one model, in USD per million tokens. Immutable.
 *
 * <p>Prices are exact decimals with at most six decimal places per million tokens (that is, whole
 * pico-dollars per token), so every cost computed from them is exact: no floating point is ever
 * involved.
 *
 * <p>As providers and the OpenTelemetry GenAI conventions count them, cached (cache-read) and
 * cache-write tokens are <em>part of</em> the input tokens of a {@link TokenUsage}, and reasoning
 * tokens are part of the output tokens. {@link #cost(TokenUsage)} therefore prices
 * {@code input - cached - cacheWrite} tokens at the input rate, cached tokens at the cached rate,
 * cache writes at the cache-write rate and all output tokens (reasoning included) at the output
 * rate: nothing is charged twice.
 *
 * @param model the canonical model id (e.g. {@code gpt-4o})
 * @param provider the provider as in the OpenTelemetry GenAI conventions ({@code openai},
 *     {@code anthropic}, {@code gcp.gemini}, {@code mistral_ai}, {@code deepseek}), never null
 * @param inputPerMillion USD per million uncached input tokens
 * @param outputPerMillion USD per million output tokens (reasoning tokens included)
 * @param cachedInputPerMillion USD per million cache-read input tokens; null means the input price
 * @param cacheWritePerMillion USD per million cache-write input tokens; null means the input price
 * @param aliases other ids that mean this model (dated snapshots, {@code -latest} names)
 * @param asOf the date the prices were taken, or null when unknown
 * @param source where the prices were taken from (a URL or a file name), or null
 * @param limits the model's context window and maximum output, or null when unknown (what
 *     {@code TokenWindowPolicy.builder().model(id, catalog)} sizes itself by)
 */
public record ModelPrice(
    String model,
    String provider,
    BigDecimal inputPerMillion,
    BigDecimal outputPerMillion,
    @Nullable BigDecimal cachedInputPerMillion,
    @Nullable BigDecimal cacheWritePerMillion,
    List<String> aliases,
    @Nullable LocalDate asOf,
    @Nullable String source,
    @Nullable ModelLimits limits) {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /**
   * Validates and normalises the prices.
   *
   * @param model the canonical model id (e.g. {@code gpt-4o})
   * @param provider the provider as in the OpenTelemetry GenAI conventions ({@code openai},
   *     {@code anthropic}, {@code gcp.gemini}, {@code mistral_ai}, {@code deepseek}), never null
   * @param inputPerMillion USD per million uncached input tokens
   * @param outputPerMillion USD per million output tokens (reasoning tokens included)
   * @param cachedInputPerMillion USD per million cache-read input tokens; null means the input price
   * @param cacheWritePerMillion USD per million cache-write input tokens; null means the input price
   * @param aliases other ids that mean this model (dated snapshots, {@code -latest} names)
   * @param asOf the date the prices were taken, or null when unknown
   * @param source where the prices were taken from (a URL or a file name), or null
   * @param limits the model's context window and maximum output, or null when unknown
   */
  public ModelPrice {
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("ModelPrice.model must not be blank");
    }
    Objects.requireNonNull(provider, "ModelPrice.provider (model " + model + ")");
    inputPerMillion = check(model, "inputPerMillion", inputPerMillion, false);
    outputPerMillion = check(model, "outputPerMillion", outputPerMillion, false);
    cachedInputPerMillion = check(model, "cachedInputPerMillion", cachedInputPerMillion, true);
    cacheWritePerMillion = check(model, "cacheWritePerMillion", cacheWritePerMillion, true);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /**
   * A price without the model's limits.
   *
   * @param model the canonical model id
   * @param provider the provider
   * @param inputPerMillion USD per million uncached input tokens
   * @param outputPerMillion USD per million output tokens
   * @param cachedInputPerMillion USD per million cache-read tokens, or null
   * @param cacheWritePerMillion USD per million cache-write tokens, or null
   * @param aliases other ids of the model
   * @param asOf the date the prices were taken, or null
   * @param source where they were taken from, or null
   */
  public ModelPrice(String model, String provider, BigDecimal inputPerMillion, BigDecimal outputPerMillion,
      @Nullable BigDecimal cachedInputPerMillion, @Nullable BigDecimal cacheWritePerMillion, List<String> aliases,
      @Nullable LocalDate asOf, @Nullable String source) {
    this(model, provider, inputPerMillion, outputPerMillion, cachedInputPerMillion, cacheWritePerMillion, aliases,
        asOf, source, null);
  }

  /**
   * @param value the model's context window and maximum output, or null
   * @return a copy with these limits
   */
  public ModelPrice withLimits(@Nullable ModelLimits value) {
    return new ModelPrice(model, provider, inputPerMillion, outputPerMillion, cachedInputPerMillion,
        cacheWritePerMillion, aliases, asOf, source, value);
  }

  private static BigDecimal check(String model, String field, BigDecimal v, boolean nullable) {
    if (v == null) {
      if (nullable) {
        return null;
      }
      throw new IllegalArgumentException("price of " + model + ": " + field + " is required");
    }
    if (v.signum() < 0) {
      throw new IllegalArgumentException(
          "price of " + model + ": " + field + " must not be negative, was " + v.toPlainString());
    }
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() > 6) {
      throw new IllegalArgumentException(
          "price of "
              + model
              + ": "
              + field
              + " must have at most 6 decimal places (USD per million tokens), was "
              + v.toPlainString());
    }
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * A price without cache rates, aliases or provenance.
   *
   * @param model model id
   * @param provider provider
   * @param inputPerMillion USD per million input tokens
   * @param outputPerMillion USD per million output tokens
   * @return the price
   */
  public static ModelPrice of(
      String model, String provider, String inputPerMillion, String outputPerMillion) {
    return new ModelPrice(
        model,
        provider,
        new BigDecimal(inputPerMillion),
        new BigDecimal(outputPerMillion),
        null,
        null,
        List.of(),
        null,
        null);
  }

  /**
   * @param cachedPerMillion USD per million cache-read tokens (a string, to stay exact)
   * @param writePerMillion USD per million cache-write tokens, or null for the input price
   * @return a copy with these cache rates
   */
  public ModelPrice withCacheRates(String cachedPerMillion, @Nullable String writePerMillion) {
    return new ModelPrice(
        model,
        provider,
        inputPerMillion,
        outputPerMillion,
        cachedPerMillion == null ? null : new BigDecimal(cachedPerMillion),
        writePerMillion == null ? null : new BigDecimal(writePerMillion),
        aliases,
        asOf,
        source,
        limits);
  }

  /**
   * @param newModel another model id
   * @return a copy under another id, without aliases
   */
  public ModelPrice withModel(String newModel) {
    return new ModelPrice(
        newModel,
        provider,
        inputPerMillion,
        outputPerMillion,
        cachedInputPerMillion,
        cacheWritePerMillion,
        List.of(),
        asOf,
        source,
        limits);
  }

  /** @return the effective cache-read price per million (the input price when none is set) */
  public BigDecimal effectiveCachedInputPerMillion() {
    return cachedInputPerMillion == null ? inputPerMillion : cachedInputPerMillion;
  }

  /** @return the effective cache-write price per million (the input price when none is set) */
  public BigDecimal effectiveCacheWritePerMillion() {
    return cacheWritePerMillion == null ? inputPerMillion : cacheWritePerMillion;
  }

  /**
   * The exact cost of some usage.
   *
   * @param usage the tokens
   * @return the cost in USD, exact
   * @throws ArithmeticException when the cost overflows (more than about 9 million USD in one go)
   */
  public BigDecimal cost(TokenUsage usage) {
    return BigDecimal.valueOf(costPicos(usage), 12).stripTrailingZeros();
  }

  /**
   * The exact cost of some usage in pico-dollars (10<sup>-12</sup> USD).
   *
   * @param usage the tokens
   * @return the cost in pico-dollars
   * @throws ArithmeticException on overflow
   */
  public long costPicos(TokenUsage usage) {
    return rates().costPicos(usage);
  }

  /** @return these prices as integer pico-dollars per token, for fast repeated pricing */
  public TokenRates rates() {
    return new TokenRates(
        model,
        picos(inputPerMillion),
        picos(outputPerMillion),
        picos(effectiveCachedInputPerMillion()),
        picos(effectiveCacheWritePerMillion()));
  }

  /**
   * @param perMillion USD per million tokens, at most 6 decimals
   * @return pico-dollars per token
   */
  static long picos(BigDecimal perMillion) {
    return perMillion.movePointRight(6).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  /**
   * Converts a LiteLLM-style USD-per-token figure to USD per million tokens, rounded to whole
   * pico-dollars per token (LiteLLM's figures are binary floats; this removes their noise).
   *
   * @param perToken USD per token
   * @return USD per million tokens, at most 6 decimals
   */
  public static BigDecimal perMillionFromPerToken(BigDecimal perToken) {
    return perToken.movePointRight(6).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }
}
