/**
 * The ledger of priced calls and runs, and reports built from it.
 */
package dev.agentruntime.cost.ledger;
