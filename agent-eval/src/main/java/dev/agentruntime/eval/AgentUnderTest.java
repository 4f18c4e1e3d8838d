package dev.agentruntime.eval;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.RunOptions;

/**
 * The agent an eval runs: one call per turn of a case. {@code runtime::run} fits, as does a lambda
 * that builds a fresh runtime per case. The eval passes options carrying the case's session,
 * history and tags and a listener that records the run's events (keep it: the report's timeline
 * is drawn from them).
 */
@FunctionalInterface
public interface AgentUnderTest {
  /**
   * @param input the turn's input
   * @param options per-run options prepared by the eval
   * @return the run's result
   * @throws Exception when the run fails (an {@link dev.agentruntime.core.error.AgentRuntimeException}
   *     keeps its partial result for the assertions)
   */
  AgentResult run(String input, RunOptions options) throws Exception;
}
