/**
 * Budgets: spending limits per scope and window, and their alerts.
 */
@NullMarked
package dev.agentruntime.cost.budget;

import org.jspecify.annotations.NullMarked;
