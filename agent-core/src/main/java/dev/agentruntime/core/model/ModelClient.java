package dev.agentruntime.core.model;

import java.util.function.Consumer;

/**
 * The model port: one chat completion per call.
 *
 * <p>Adapters (LangChain4j, a scripted model for tests, your own HTTP client) implement
 * {@link #chat(ModelRequest)}; streaming-capable adapters also override
 * {@link #chatStreaming(ModelRequest, Consumer)}. Implementations must be thread-safe: one client
 * serves many concurrent runs. Failures should be thrown as
 * {@link dev.agentruntime.core.error.ModelCallException} carrying a classification so retries
 * and circuit breakers behave correctly; other exceptions are classified by the runtime's
 * {@link dev.agentruntime.core.error.ErrorClassifier}.
 */
@FunctionalInterface
public interface ModelClient {

  /**
   * Sends one request and returns the complete response.
   *
   * @param request the request, never null
   * @return the response, never null
   * @throws Exception when the call fails
   */
  ModelResponse chat(ModelRequest request) throws Exception;

  /**
   * Sends one request, reporting text as it is generated. The default calls
   * {@link #chat(ModelRequest)} and reports the whole text as a single delta.
   *
   * @param request the request, never null
   * @param onTextDelta receives each chunk of generated text, in order, on the calling thread or
   *     the client's I/O thread
   * @return the complete response, whose text is the concatenation of the deltas
   * @throws Exception when the call fails
   */
  default ModelResponse chatStreaming(ModelRequest request, Consumer<String> onTextDelta)
      throws Exception {
    ModelResponse response = chat(request);
    String text = response.text();
    if (!text.isEmpty()) {
      onTextDelta.accept(text);
    }
    return response;
  }

  /**
   * Describes the model behind this client (provider, model name, server), used for telemetry,
   * pricing and per-model circuit breakers.
   *
   * @return the description; {@link ModelInfo#UNKNOWN} by default
   */
  default ModelInfo info() {
    return ModelInfo.UNKNOWN;
  }
}
