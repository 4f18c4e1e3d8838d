package dev.agentruntime.cost;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.cost.pricing.ModelPrice;
import java.util.Objects;

/**
 * What to do with a model the catalog has no price for. Never silently free: either the call is
 * refused ({@link #fail()}, the default) or priced at a stated default price with a warning
 * ({@link #defaultPrice(ModelPrice)}: logged once per model and reported to
 * {@link CostListener#onUnknownModel}).
 */
public final class UnknownModelPolicy {
  private final ModelPrice defaultPrice;

  private UnknownModelPolicy(ModelPrice defaultPrice) {
    this.defaultPrice = defaultPrice;
  }

  /** @return refuse calls to unknown models with {@link UnknownModelPriceException} */
  public static UnknownModelPolicy fail() {
    return new UnknownModelPolicy(null);
  }

  /**
   * @param price the price for any unknown model (its model id is ignored)
   * @return price unknown models at this price, with a warning
   */
  public static UnknownModelPolicy defaultPrice(ModelPrice price) {
    return new UnknownModelPolicy(Objects.requireNonNull(price, "price"));
  }

  /** @return the default price, or null when unknown models fail */
  public @Nullable ModelPrice price() {
    return defaultPrice;
  }

  /** @return whether unknown models are refused */
  public boolean fails() {
    return defaultPrice == null;
  }

  @Override
  public String toString() {
    return fails() ? "UnknownModelPolicy.fail" : "UnknownModelPolicy.defaultPrice(" + defaultPrice + ")";
  }
}
