package dev.agentruntime.cost.plan;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.RunView;
import dev.agentruntime.cost.store.CostKeys;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which {@link UsagePlan} applies to a run, and to which entity its limits are counted. The entity
 * is found from the run (by default its user id; or a tag such as {@code team} or
 * {@code service}) and is always counted <em>within its tenant</em>: user {@code alice} of tenant
 * {@code acme} and of tenant {@code globex} have separate limits. Which plan applies is looked up
 * in this order: the entity's assignment within its tenant ({@link Builder#assign(String, String,
 * UsagePlan)}), the id's assignment in every tenant ({@link Builder#assign(String, UsagePlan)}), the
 * tenant's plan ({@link Builder#assignTenant}), the default plan. Immutable.
 */
public final class UsagePlans {
  private final Function<RunView, String> entity;
  private final String entityKind;
  private final Map<String, UsagePlan> byEntity;
  /** Per tenant, its entities' own assignments. */
  private final Map<String, Map<String, UsagePlan>> byTenantEntity;
  private final Map<String, UsagePlan> byTenant;
  private final UsagePlan defaultPlan;

  private UsagePlans(Builder b) {
    this.entity = b.entity;
    this.entityKind = b.entityKind;
    this.byEntity = Map.copyOf(b.byEntity);
    Map<String, Map<String, UsagePlan>> scoped = new HashMap<>();
    b.byTenantEntity.forEach((tenant, plans) -> scoped.put(tenant, Map.copyOf(plans)));
    this.byTenantEntity = Map.copyOf(scoped);
    this.byTenant = Map.copyOf(b.byTenant);
    this.defaultPlan = b.defaultPlan;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The plan binding for a run.
   *
   * @param ctx the run
   * @return the plan and the entity it is counted for, or null when no plan applies
   */
  public @Nullable Binding resolve(RunView ctx) {
    return bind(entityId(ctx), ctx.tenantId());
  }

  /**
   * The id of the entity a run's limits are counted for (what {@link #resolve} binds).
   *
   * @param ctx the run
   * @return the entity's id, or null when the run has none
   */
  public @Nullable String entityId(RunView ctx) {
    return entity.apply(ctx);
  }

  /**
   * The plan binding for an entity of a tenant; {@code resolve(ctx)} is
   * {@code bind(entityId(ctx), ctx.tenantId())}.
   *
   * @param id the entity's id, or null
   * @param tenant the tenant, or null
   * @return the plan and the entity it is counted for, or null when no plan applies
   */
  public @Nullable Binding bind(@Nullable String id, @Nullable String tenant) {
    UsagePlan plan = null;
    if (id != null) {
      Map<String, UsagePlan> own = tenant == null ? null : byTenantEntity.get(tenant);
      plan = own == null ? null : own.get(id);
      if (plan == null) {
        plan = byEntity.get(id);
      }
    }
    if (plan == null && tenant != null) {
      plan = byTenant.get(tenant);
    }
    if (plan == null) {
      plan = defaultPlan;
    }
    if (plan == null) {
      return null;
    }
    String who = id == null ? "anonymous" : id;
    String display = entityKind + " " + who + (tenant == null ? "" : " of tenant " + tenant);
    return new Binding(plan, entityKey(tenant, id), display);
  }

  /**
   * {@code tenant/kind:id}, {@code -} for no tenant and {@code anonymous} for no id; the tenant's
   * {@code %} and {@code /}, the id's {@code %} and {@code :} are percent-encoded, as are a tenant
   * {@code -} and an id {@code anonymous}, so two entities never share a key (ordinary ids are as
   * they are).
   */
  private String entityKey(@Nullable String tenant, @Nullable String id) {
    String t = tenant == null ? "-" : tenant.equals("-") ? "%2D" : CostKeys.encode(tenant, "/");
    String who = id == null ? "anonymous" : id.equals("anonymous") ? "%61nonymous" : CostKeys.encode(id, ":");
    return t + "/" + entityKind + ":" + who;
  }

  /**
   * A plan bound to the entity it counts for.
   *
   * @param plan the plan
   * @param entityKey the entity's key in the store ({@code tenant/kind:id}, special characters
   *     percent-encoded: see {@code CostKeys})
   * @param entityDisplay a readable description ({@code user alice of tenant acme})
   */
  public record Binding(UsagePlan plan, String entityKey, String entityDisplay) {}

  /** Builder for {@link UsagePlans}. */
  public static final class Builder {
    private Function<RunView, String> entity = RunView::userId;
    private String entityKind = "user";
    private final Map<String, UsagePlan> byEntity = new HashMap<>();
    private final Map<String, Map<String, UsagePlan>> byTenantEntity = new HashMap<>();
    private final Map<String, UsagePlan> byTenant = new HashMap<>();
    private UsagePlan defaultPlan;

    private Builder() {}

    /**
     * Counts plans per value of a run tag (e.g. {@code team} or {@code service}) instead of per
     * user.
     *
     * @param tag the tag's name
     * @return this
     */
    public Builder entityFromTag(String tag) {
      if (tag == null || tag.isBlank()) {
        throw new IllegalArgumentException("UsagePlans.entityFromTag: tag must not be blank");
      }
      this.entity = ctx -> ctx.tags().get(tag);
      this.entityKind = tag;
      return this;
    }

    /**
     * @param kind what the entity is called in errors ({@code service})
     * @param resolver finds the entity's id in a run (null: the run has none)
     * @return this
     */
    public Builder entity(String kind, @Nullable Function<RunView, String> resolver) {
      if (kind == null || kind.isBlank()) {
        throw new IllegalArgumentException("UsagePlans.entity: kind must not be blank");
      }
      this.entity = Objects.requireNonNull(resolver, "resolver");
      this.entityKind = kind;
      return this;
    }

    /**
     * Assigns a plan to an entity id <em>in every tenant</em> (and in runs without a tenant): for
     * ids unique across tenants, such as global user ids. Where ids are only unique within a tenant
     * (user {@code admin} of each customer), use {@link #assign(String, String, UsagePlan)}, or
     * every tenant's {@code admin} gets this plan.
     *
     * @param entityId an entity id
     * @param plan its plan
     * @return this
     */
    public Builder assign(String entityId, UsagePlan plan) {
      byEntity.put(Objects.requireNonNull(entityId, "entityId"), Objects.requireNonNull(plan, "plan"));
      return this;
    }

    /**
     * Assigns a plan to one tenant's entity: the entity with this id in other tenants (or in runs
     * without a tenant) is not affected. Takes precedence over {@link #assign(String, UsagePlan)}
     * for the same id.
     *
     * @param tenantId the tenant
     * @param entityId the entity's id within that tenant
     * @param plan its plan
     * @return this
     */
    public Builder assign(String tenantId, String entityId, UsagePlan plan) {
      Objects.requireNonNull(tenantId, "tenantId");
      Objects.requireNonNull(entityId, "entityId");
      Objects.requireNonNull(plan, "plan");
      byTenantEntity.computeIfAbsent(tenantId, t -> new HashMap<>()).put(entityId, plan);
      return this;
    }

    /**
     * @param tenantId a tenant
     * @param plan the plan for that tenant's entities without an assignment of their own
     * @return this
     */
    public Builder assignTenant(String tenantId, UsagePlan plan) {
      byTenant.put(Objects.requireNonNull(tenantId, "tenantId"), Objects.requireNonNull(plan, "plan"));
      return this;
    }

    /**
     * @param plan the plan for entities without an assignment (runs without an entity id are
     *     counted together as {@code anonymous} within their tenant); none: they are not limited
     * @return this
     */
    public Builder defaultPlan(UsagePlan plan) {
      this.defaultPlan = Objects.requireNonNull(plan, "plan");
      return this;
    }

    /** @return the plans */
    public UsagePlans build() {
      return new UsagePlans(this);
    }
  }
}
