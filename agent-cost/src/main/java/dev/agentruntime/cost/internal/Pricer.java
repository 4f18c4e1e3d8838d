package dev.agentruntime.cost.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.agentruntime.cost.CostListener;
import dev.agentruntime.cost.UnknownModelPolicy;
import dev.agentruntime.cost.UnknownModelPriceException;
import dev.agentruntime.cost.pricing.ModelPrice;
import dev.agentruntime.cost.pricing.PricingCatalog;
import dev.agentruntime.cost.pricing.TokenRates;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the price of a model (cached), applying the unknown-model policy. Thread-safe. */
public final class Pricer {

  private static final Logger LOG = LoggerFactory.getLogger(Pricer.class);

  /**
   * A model's price.
   *
   * @param price the catalog entry (or the policy's default, renamed to the model)
   * @param rates its per-token rates
   * @param known whether the catalog knew the model
   */
  public record Priced(ModelPrice price, TokenRates rates, boolean known) {}

  /**
   * A cache key. Its equality is written out, component-wise as a record's own: the generated one
   * is bootstrapped through method handles on its first call (~70 classes on a fresh runtime's
   * first priced call).
   */
  private record PriceKey(String provider, String model) {
    @Override
    public boolean equals(Object o) {
      return o instanceof PriceKey k && Objects.equals(provider, k.provider) && Objects.equals(model, k.model);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(provider) + Objects.hashCode(model);
    }
  }

  private record LastPrice(String provider, String model, Priced priced) {}

  private final PricingCatalog catalog;
  private final UnknownModelPolicy unknownPolicy;
  private final List<CostListener> listeners;
  private final Cache<PriceKey, Optional<Priced>> prices =
      Caffeine.newBuilder().executor(Runnable::run).maximumSize(10_000).build();
  private final Cache<String, Boolean> warnedUnknown =
      Caffeine.newBuilder().executor(Runnable::run).maximumSize(1_000).build();
  /** The last known price looked up: most calls go to the same model as the one before. */
  private volatile LastPrice lastPrice;

  /**
   * @param catalog the prices
   * @param unknownPolicy what to do with models without one
   * @param listeners told about unknown models
   */
  public Pricer(PricingCatalog catalog, UnknownModelPolicy unknownPolicy, List<CostListener> listeners) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.unknownPolicy = Objects.requireNonNull(unknownPolicy, "unknownPolicy");
    this.listeners = List.copyOf(listeners);
  }

  /** @return the catalog */
  public PricingCatalog catalog() {
    return catalog;
  }

  /**
   * @param provider the provider, or null
   * @param model the model
   * @return the catalog's price, or null when it has none
   */
  public Priced lookup(String provider, String model) {
    LastPrice last = lastPrice;
    if (last != null && Objects.equals(last.provider, provider) && Objects.equals(last.model, model)) {
      return last.priced;
    }
    Priced p = prices.get(new PriceKey(provider, model),
        k -> catalog.find(provider, model).map(x -> new Priced(x, x.rates(), true))).orElse(null);
    if (p != null) {
      lastPrice = new LastPrice(provider, model, p);
    }
    return p;
  }

  /**
   * @param runId the run asking, for errors (may be null)
   * @param provider the provider, or null
   * @param model the model
   * @return its price, or the unknown-model policy's default
   * @throws UnknownModelPriceException when the model has no price and the policy is to fail
   */
  public Priced priced(String runId, String provider, String model) {
    Priced p = lookup(provider, model);
    if (p != null) {
      return p;
    }
    if (unknownPolicy.fails()) {
      throw new UnknownModelPriceException(runId, provider, model);
    }
    ModelPrice d = unknownPolicy.price().withModel(model);
    if (warnedUnknown.asMap().putIfAbsent(provider + "/" + model, Boolean.TRUE) == null) {
      LOG.warn(
          "no price for model '{}' (provider {}): priced at the default {} / {} USD per million "
              + "input / output tokens",
          model, provider, d.inputPerMillion().toPlainString(), d.outputPerMillion().toPlainString());
      for (CostListener l : listeners) {
        try {
          l.onUnknownModel(provider, model, d);
        } catch (RuntimeException e) {
          LOG.warn("cost listener failed", e);
        }
      }
    }
    return new Priced(d, d.rates(), false);
  }
}
