package dev.agentruntime.cost.plan;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.error.PolicyRefusal;
import java.util.List;

/** A usage plan does not allow the requested model; refused before any request was sent. */
public class ModelNotAllowedException extends AgentRuntimeException implements PolicyRefusal {
  private static final long serialVersionUID = 1L;

  /** The plan's name. */
  private final String plan;
  /** The refused model. */
  private final String model;

  /**
   * @param runId the run, or null
   * @param plan the plan's name
   * @param entity who the plan applies to
   * @param model the refused model
   * @param allowed the models the plan allows
   */
  public ModelNotAllowedException(
      @Nullable String runId, String plan, String entity, String model, List<String> allowed) {
    super(
        runId,
        "model '" + model + "' is not allowed by plan '" + plan + "' of " + entity
            + "; allowed: " + allowed);
    this.plan = plan;
    this.model = model;
  }

  /** @return the plan's name */
  public String plan() {
    return plan;
  }

  /** @return the refused model */
  public String model() {
    return model;
  }

  /** @return {@code model_not_allowed}: a usage plan does not allow the model */
  @Override
  public String errorType() {
    return "model_not_allowed";
  }

  /** @return {@code usage_plan} */
  @Override
  public String policy() {
    return "usage_plan";
  }
}
