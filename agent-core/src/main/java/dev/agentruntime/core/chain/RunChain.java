package dev.agentruntime.core.chain;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.RunView;

/** The rest of the chain around a run, as one interceptor sees it. */
public interface RunChain {
  /** @return the run's input */
  String input();

  /** @return the run */
  RunView context();

  /**
   * Passes the run on to the next interceptor (and finally the loop).
   *
   * @param input the input to pass on (possibly rewritten)
   * @return the result
   * @throws Exception when the run fails
   */
  AgentResult proceed(String input) throws Exception;
}
