package dev.agentruntime.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import io.opentelemetry.exporter.prometheus.PrometheusMetricReader;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The metrics exposed in Prometheus text format and checked by Prometheus' own parser, promtool. */
class PrometheusExpositionTest {

  @Test
  void metricsAreValidPrometheusTextAcceptedByPromtool() throws Exception {
    // target_info is the exporter's resource metric and has no HELP line, which promtool's lint
    // rejects; it is not ours, so it is left out and every metric of ours must pass the full lint
    PrometheusMetricReader reader = PrometheusMetricReader.builder().setTargetInfoMetricEnabled(false).build();
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(reader).build()).build();
    try (AgentRuntime runtime = Fixtures.runtime(AgentTelemetry.builder().openTelemetry(sdk).build())
        .interceptor(new Fixtures.FakeCostAndGuardrails()).build()) {
      runtime.run("hi", RunOptions.builder().tenantId("acme").build());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(out, reader.collect(), EscapingScheme.UNDERSCORE_ESCAPING);
    sdk.close();
    String text = out.toString(StandardCharsets.UTF_8);

    assertThat(text)
        .contains("# TYPE gen_ai_client_token_usage histogram")
        .contains("gen_ai_client_token_usage_bucket{gen_ai_operation_name=\"chat\"")
        .contains("le=\"6.7108864E7\"") // the last bucket the conventions recommend
        .contains("# TYPE gen_ai_client_operation_duration_seconds histogram")
        .contains("le=\"81.92\"")
        .contains("agent_runtime_runs_total{")
        .contains("agent_runtime_run_outcome=\"completed\"")
        .contains("agent_runtime_tool_calls_total{")
        .contains("agent_runtime_cost_usd_total{")
        .contains("agent_runtime_guardrail_triggers_total{")
        .contains("agent_runtime_runs_active{");

    File promtool = promtool();
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (promtool == null) {
      if (ci) {
        fail("promtool is required on CI (Debian package 'prometheus', installed by .ci/run)");
      }
      assumeTrue(false, "promtool not installed (apt-get install prometheus); skipping the parser check");
    }
    Process p = new ProcessBuilder(promtool.getPath(), "check", "metrics").redirectErrorStream(true).start();
    p.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String verdict = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("promtool check metrics said:%n%s%nfor:%n%s", verdict, text).isZero();
  }

  private static File promtool() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      File f = new File(dir, "promtool");
      if (f.canExecute()) {
        return f;
      }
    }
    return null;
  }
}
