/**
 * Budgets: spending limits per scope and window, and their alerts.
 */
package dev.agentruntime.cost.budget;
