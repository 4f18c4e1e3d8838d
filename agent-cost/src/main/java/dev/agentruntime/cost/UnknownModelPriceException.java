package dev.agentruntime.cost;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.error.AgentRuntimeException;

/** The catalog has no price for a model and the policy is to fail; nothing was sent. */
public class UnknownModelPriceException extends AgentRuntimeException {
  private static final long serialVersionUID = 1L;

  /** The model without a price. */
  private final String model;

  /**
   * @param runId the run, or null
   * @param provider the provider
   * @param model the model without a price
   */
  public UnknownModelPriceException(@Nullable String runId, String provider, String model) {
    super(
        runId,
        "no price for model '" + model + "' (provider " + provider + "): add it with "
            + "PricingCatalog.builder().includeBundled().add(...) or choose "
            + "UnknownModelPolicy.defaultPrice(...)");
    this.model = model;
  }

  /** @return the model without a price */
  public String model() {
    return model;
  }
}
