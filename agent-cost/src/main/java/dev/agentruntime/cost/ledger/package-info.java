/**
 * The ledger of priced calls and runs, and reports built from it.
 */
@NullMarked
package dev.agentruntime.cost.ledger;

import org.jspecify.annotations.NullMarked;
