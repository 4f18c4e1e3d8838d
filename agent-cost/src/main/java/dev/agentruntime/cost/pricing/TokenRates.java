package dev.agentruntime.cost.pricing;

import dev.agentruntime.core.model.TokenUsage;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A {@link ModelPrice} compiled to integer pico-dollars (10<sup>-12</sup> USD) per token, so a
 * call is priced with a few long multiplications. Exact: prices have at most six decimals per
 * million tokens. Immutable.
 *
 * @param model the model the rates belong to
 * @param inputPicos pico-dollars per uncached input token
 * @param outputPicos pico-dollars per output token
 * @param cachedInputPicos pico-dollars per cache-read input token
 * @param cacheWritePicos pico-dollars per cache-write input token
 */
public record TokenRates(
    String model, long inputPicos, long outputPicos, long cachedInputPicos, long cacheWritePicos) {

  /**
   * Validates the rates.
   *
   * @param model the model the rates belong to
   * @param inputPicos pico-dollars per uncached input token
   * @param outputPicos pico-dollars per output token
   * @param cachedInputPicos pico-dollars per cache-read input token
   * @param cacheWritePicos pico-dollars per cache-write input token
   */
  public TokenRates {
    Objects.requireNonNull(model, "model");
    if (inputPicos < 0 || outputPicos < 0 || cachedInputPicos < 0 || cacheWritePicos < 0) {
      throw new IllegalArgumentException("rates of " + model + " must not be negative");
    }
  }

  /**
   * @param usage the tokens (cached and cache-write tokens are part of the input tokens)
   * @return the exact cost in pico-dollars
   * @throws ArithmeticException on overflow
   */
  public long costPicos(TokenUsage usage) {
    Objects.requireNonNull(usage, "usage");
    long cached = usage.cachedInputTokens();
    long write = usage.cacheWriteInputTokens();
    long plain = Math.max(0, usage.inputTokens() - cached - write);
    long total = Math.multiplyExact(plain, inputPicos);
    total = Math.addExact(total, Math.multiplyExact(cached, cachedInputPicos));
    total = Math.addExact(total, Math.multiplyExact(write, cacheWritePicos));
    return Math.addExact(total, Math.multiplyExact(usage.outputTokens(), outputPicos));
  }

  /**
   * @param usage the tokens
   * @return the exact cost in USD
   */
  public BigDecimal cost(TokenUsage usage) {
    return BigDecimal.valueOf(costPicos(usage), 12).stripTrailingZeros();
  }

  /**
   * The most a call could cost: every input token at the dearest input rate (plain input or cache
   * write), plus the output cap at the output rate.
   *
   * @param inputTokens estimated input tokens
   * @param maxOutputTokens the output cap
   * @return the worst-case cost in pico-dollars
   */
  public long worstCasePicos(long inputTokens, long maxOutputTokens) {
    long in = Math.max(inputPicos, cacheWritePicos);
    return Math.addExact(
        Math.multiplyExact(inputTokens, in), Math.multiplyExact(maxOutputTokens, outputPicos));
  }
}
