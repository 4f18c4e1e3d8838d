package dev.agentruntime.core.event;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Encodes events as Server-Sent Events frames ({@code text/event-stream}): the event's
 * {@linkplain AgentEvent#type() type} as the SSE event name and the event as one line of JSON.
 * Instants are ISO-8601 strings; durations are whole milliseconds; amounts ({@code BigDecimal}) are
 * plain JSON numbers, never in exponent notation ({@code 0.00000015}, not {@code 1.5E-7}).
 * Thread-safe.
 *
 * <pre>{@code
 * event: tool_call_started
 * id: 7
 * data: {"runId":"...","timestamp":"2026-11-23T10:00:00Z","step":1,"toolName":"search",...}
 * }</pre>
 */
public final class SseEncoder {

  /** The content type to send with an SSE response. */
  public static final String CONTENT_TYPE = "text/event-stream";

  private final ObjectMapper mapper;

  /** Creates an encoder. */
  public SseEncoder() {
    SimpleModule time = new SimpleModule("agent-runtime-time");
    time.addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
      @Override
      public void serialize(Instant v, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeString(v.toString());
      }
    });
    time.addSerializer(Duration.class, new StdSerializer<>(Duration.class) {
      @Override
      public void serialize(Duration v, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeNumber(v.toMillis());
      }
    });
    this.mapper = JsonMapper.builder().addModule(time)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  }

  /**
   * @param event the event
   * @return the event as one line of JSON
   */
  public String toJson(AgentEvent event) {
    try {
      return mapper.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot encode event " + event.type(), e);
    }
  }

  /**
   * @param event the event
   * @param id the SSE event id (for reconnection with {@code Last-Event-ID}), or null for none
   * @return one complete SSE frame, ending with a blank line
   */
  public String encode(AgentEvent event, @Nullable String id) {
    StringBuilder sb = new StringBuilder(256);
    sb.append("event: ").append(event.type()).append('\n');
    if (id != null) {
      if (id.indexOf('\n') >= 0 || id.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("SSE id must not contain line breaks: " + id);
      }
      sb.append("id: ").append(id).append('\n');
    }
    sb.append("data: ").append(toJson(event)).append("\n\n");
    return sb.toString();
  }

  /**
   * @param event the event
   * @return one complete SSE frame without an id
   */
  public String encode(AgentEvent event) {
    return encode(event, null);
  }
}
