package dev.agentruntime.telemetry;

/**
 * Whether prompt and completion content is recorded. {@link #NONE} by default: content is
 * recorded only when asked for, and always passes through the redaction hook first.
 */
public enum ContentCapture {
  /** Record no content (the default). */
  NONE,
  /**
   * As span attributes: {@code gen_ai.input.messages}, {@code gen_ai.output.messages},
   * {@code gen_ai.system_instructions} on chat spans; {@code gen_ai.tool.call.arguments} and
   * {@code gen_ai.tool.call.result} on tool spans.
   */
  SPAN_ATTRIBUTES,
  /**
   * As the conventions' log-based event {@code gen_ai.client.inference.operation.details}
   * (through the OpenTelemetry Logs API, correlated with the chat span), carrying the same
   * message attributes; tool arguments and results as span attributes.
   */
  EVENTS,
  /** Both {@link #SPAN_ATTRIBUTES} and {@link #EVENTS}. */
  SPAN_ATTRIBUTES_AND_EVENTS;

  /** @return whether content goes on spans */
  public boolean onSpans() {
    return this == SPAN_ATTRIBUTES || this == SPAN_ATTRIBUTES_AND_EVENTS;
  }

  /** @return whether content goes into log events */
  public boolean asEvents() {
    return this == EVENTS || this == SPAN_ATTRIBUTES_AND_EVENTS;
  }
}
