package dev.agentruntime.store.redis;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.error.AgentRuntimeException;

/** A run, model call or tool call refused because an operator switched its tenant, model or tool off. */
public class KillSwitchedException extends AgentRuntimeException {
  private static final long serialVersionUID = 1L;

  /** What was switched off: a tenant, a model or a tool. */
  private final KillSwitches.Target target;
  /** The id of the tenant, model or tool that was switched off. */
  private final String id;

  /**
   * @param runId the run, or null outside a run
   * @param target what kind of thing is switched off
   * @param id its id
   * @param reason the operator's reason, or null
   */
  public KillSwitchedException(@Nullable String runId, KillSwitches.Target target, String id,
      @Nullable String reason) {
    super(runId, target.name().toLowerCase(java.util.Locale.ROOT) + " '" + id + "' is switched off"
        + (reason == null || reason.isBlank() ? "" : ": " + reason));
    this.target = target;
    this.id = id;
  }

  /** @return what kind of thing is switched off */
  public KillSwitches.Target target() {
    return target;
  }

  /** @return its id */
  public String id() {
    return id;
  }
}
