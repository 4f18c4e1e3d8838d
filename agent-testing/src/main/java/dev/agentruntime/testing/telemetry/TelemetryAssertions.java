package dev.agentruntime.testing.telemetry;

/**
 * Entry point of the AssertJ-style assertions on an {@link InMemoryTelemetry}. Needs AssertJ on
 * the test classpath.
 *
 * <pre>{@code
 * import static dev.agentruntime.testing.telemetry.TelemetryAssertions.assertThat;
 *
 * assertThat(telemetry).hasSpan("execute_tool create_ticket")
 *     .withAttribute("gen_ai.tool.call.id", "call_1")
 *     .withParent("invoke_agent support");
 * assertThat(telemetry).hasMetric("gen_ai.client.token.usage")
 *     .withCount(2, "gen_ai.token.type", "input");
 * }</pre>
 */
public final class TelemetryAssertions {
  private TelemetryAssertions() {}

  /**
   * @param telemetry the in-memory telemetry to check
   * @return an assertion on it
   */
  public static TelemetryAssert assertThat(InMemoryTelemetry telemetry) {
    return new TelemetryAssert(telemetry);
  }
}
