package dev.agentruntime.cost;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.error.PolicyRefusal;

/** The catalog has no price for a model and the policy is to fail; nothing was sent. */
public class UnknownModelPriceException extends AgentRuntimeException implements PolicyRefusal {
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

  /** @return {@code unknown_model_price}: the model has no price and the unknown-model policy is to refuse */
  @Override
  public String errorType() {
    return "unknown_model_price";
  }

  /** @return {@code pricing} */
  @Override
  public String policy() {
    return "pricing";
  }
}
