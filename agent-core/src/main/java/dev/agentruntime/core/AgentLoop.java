package dev.agentruntime.core;

/**
 * An agent loop: anything that turns an input into a final answer by calling the model and tools
 * <em>through the run context</em>, so every call is traced, guarded, budgeted and limited.
 *
 * <pre>{@code
 * runtime.run("Summarise ticket 42", (input, ctx) -> {
 *   ModelResponse r = ctx.model().chat(ModelRequest.of(new UserMessage(input)));
 *   return r.text();
 * });
 * }</pre>
 */
@FunctionalInterface
public interface AgentLoop {
  /**
   * @param input the run's input (possibly rewritten by run interceptors)
   * @param context the run: its model, tools, events and limits
   * @return the final answer
   * @throws Exception to fail the run
   */
  String run(String input, RunContext context) throws Exception;
}
