package dev.agentruntime.core.context;

import java.util.Optional;

/**
 * Where a model's {@link ModelLimits} come from, so a {@link TokenWindowPolicy} can size itself by
 * model id instead of a number typed by hand. {@code agent-cost}'s {@code PricingCatalog}
 * implements it from its model data ({@code TokenWindowPolicy.builder().model("gpt-4o",
 * PricingCatalog.bundled())}); any map or lookup of your own will do too.
 */
@FunctionalInterface
public interface ModelLimitsSource {

  /**
   * @param model a model id, as sent to the provider
   * @return its limits, or empty when this source does not know the model
   */
  Optional<ModelLimits> limits(String model);
}
