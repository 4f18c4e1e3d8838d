package dev.agentruntime.cost.budget;

/**
 * The period a {@link Budget} applies to. Calendar windows start at midnight (or the first of the
 * month) in the cost tracker's configured time zone.
 */
public enum BudgetWindow {
  /** A calendar day. */
  DAY,
  /** A calendar month. */
  MONTH,
  /**
   * No window: the budget covers the subject's whole life — a run, a session, or, for a user, a
   * tenant or everyone, a lifetime allowance (a trial credit, a prepaid balance) that never starts
   * again.
   */
  TOTAL
}
