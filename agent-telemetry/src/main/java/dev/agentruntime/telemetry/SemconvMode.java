package dev.agentruntime.telemetry;

import org.jspecify.annotations.Nullable;
import java.util.Locale;

/**
 * Which names of the GenAI conventions to emit where the latest and the legacy names differ (the
 * provider: {@code gen_ai.provider.name} now, {@code gen_ai.system} before v1.37).
 *
 * <p>Follows the conventions' transition switch: when the comma-separated
 * {@code OTEL_SEMCONV_STABILITY_OPT_IN} environment variable (or the
 * {@code otel.semconv-stability.opt-in} system property) contains
 * {@code gen_ai_latest_experimental}, only the latest names are emitted; otherwise the latest
 * names are emitted <em>and</em> the legacy ones next to them, so dashboards built on the old
 * names keep working.
 */
public enum SemconvMode {
  /** Only the latest names (v1.41): {@code gen_ai.provider.name}. */
  LATEST,
  /** The latest names plus the legacy duplicates: {@code gen_ai.provider.name} and {@code gen_ai.system}. */
  LATEST_AND_LEGACY;

  /** The opt-in token of the conventions' transition plan. */
  public static final String OPT_IN_TOKEN = "gen_ai_latest_experimental";

  /**
   * @return the mode the environment asks for ({@code OTEL_SEMCONV_STABILITY_OPT_IN} or the
   *     {@code otel.semconv-stability.opt-in} system property)
   */
  public static SemconvMode fromEnvironment() {
    String value = System.getProperty("otel.semconv-stability.opt-in");
    if (value == null) {
      value = System.getenv("OTEL_SEMCONV_STABILITY_OPT_IN");
    }
    return fromOptIn(value);
  }

  /**
   * @param optIn the value of {@code OTEL_SEMCONV_STABILITY_OPT_IN}, may be null
   * @return {@link #LATEST} when the value lists {@value #OPT_IN_TOKEN}, else {@link #LATEST_AND_LEGACY}
   */
  public static SemconvMode fromOptIn(@Nullable String optIn) {
    if (optIn != null) {
      for (String token : optIn.split(",")) {
        if (token.trim().toLowerCase(Locale.ROOT).equals(OPT_IN_TOKEN)) {
          return LATEST;
        }
      }
    }
    return LATEST_AND_LEGACY;
  }

  /**
   * @param provider a provider name as in the latest conventions
   * @return the same provider as the legacy {@code gen_ai.system} spelled it
   */
  public static String legacySystemName(String provider) {
    switch (provider) {
      case "azure.ai.inference":
        return "az.ai.inference";
      case "azure.ai.openai":
        return "az.ai.openai";
      default:
        return provider;
    }
  }
}
