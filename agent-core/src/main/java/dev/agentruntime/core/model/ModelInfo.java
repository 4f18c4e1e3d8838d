package dev.agentruntime.core.model;

import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * What a {@link ModelClient} talks to.
 *
 * @param provider provider name as in the OpenTelemetry GenAI conventions ({@code openai},
 *     {@code anthropic}, {@code gcp.gemini}, ...), never null
 * @param model the model the client uses when a request names none, never null
 * @param serverAddress host of the endpoint, or null when not a network client
 * @param serverPort port of the endpoint, or -1 when unknown
 */
public record ModelInfo(String provider, String model, @Nullable String serverAddress, int serverPort) {

  /** Used when a client says nothing about itself. */
  public static final ModelInfo UNKNOWN = new ModelInfo("unknown", "unknown", null, -1);

  /**
   * Validates the description.
   *
   * @param provider provider name as in the OpenTelemetry GenAI conventions ({@code openai},
   *     {@code anthropic}, {@code gcp.gemini}, ...), never null
   * @param model the model the client uses when a request names none, never null
   * @param serverAddress host of the endpoint, or null when not a network client
   * @param serverPort port of the endpoint, or -1 when unknown
   */
  public ModelInfo {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(model, "model");
  }

  /**
   * A description without a network endpoint.
   *
   * @param provider provider name
   * @param model model name
   * @return the description
   */
  public static ModelInfo of(String provider, String model) {
    return new ModelInfo(provider, model, null, -1);
  }

  /** @return {@code provider/model}, the key used for per-model circuit breakers */
  public String key() {
    return provider + "/" + model;
  }

  /**
   * Component-wise, as a record's own; written out because the generated one is bootstrapped
   * through method handles on its first call (telemetry keys its metric attributes by model).
   *
   * @param o another object
   * @return whether it describes the same provider, model, server address and port
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return this == o || o instanceof ModelInfo m && serverPort == m.serverPort && provider.equals(m.provider)
        && model.equals(m.model) && Objects.equals(serverAddress, m.serverAddress);
  }

  /** @return the hash of the components, combined as a record's own */
  @Override
  public int hashCode() {
    return ((31 * provider.hashCode() + model.hashCode()) * 31 + Objects.hashCode(serverAddress)) * 31
        + Integer.hashCode(serverPort);
  }
}
