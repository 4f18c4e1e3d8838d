package dev.agentruntime.telemetry.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.UserMessage;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Encodes messages in the GenAI conventions' JSON shapes ({@code gen_ai.input.messages},
 * {@code gen_ai.output.messages}, {@code gen_ai.system_instructions}), passing every piece of
 * content through the redaction hook. Thread-safe.
 */
public final class MessageEncoder {
  /**
   * Loaded on the first encoding only: content capture is off by default, and a runtime built with
   * telemetry should not pay for Jackson's data binding before it is needed (cold start).
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private final UnaryOperator<String> redactor;

  /** @param redactor applied to every text before it is encoded */
  public MessageEncoder(UnaryOperator<String> redactor) {
    this.redactor = redactor;
  }

  /**
   * @param messages the request's messages
   * @return the non-system messages as {@code gen_ai.input.messages} JSON
   */
  public String inputMessages(List<ChatMessage> messages) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (ChatMessage m : messages) {
      if (m instanceof SystemMessage) {
        continue;
      }
      ObjectNode msg = array.addObject();
      msg.put("role", m.role());
      ArrayNode parts = msg.putArray("parts");
      if (m instanceof UserMessage u) {
        text(parts, u.text());
      } else if (m instanceof AssistantMessage a) {
        assistantParts(parts, a);
      } else if (m instanceof ToolResultMessage t) {
        ObjectNode p = parts.addObject();
        p.put("type", "tool_call_response");
        if (t.toolCallId() != null) {
          p.put("id", t.toolCallId());
        }
        p.put("response", redact(t.text()));
      }
    }
    return array.toString();
  }

  /**
   * @param messages the request's messages
   * @return the system messages as {@code gen_ai.system_instructions} JSON, or null when none
   */
  public String systemInstructions(List<ChatMessage> messages) {
    ArrayNode parts = Json.MAPPER.createArrayNode();
    for (ChatMessage m : messages) {
      if (m instanceof SystemMessage s) {
        text(parts, s.text());
      }
    }
    return parts.isEmpty() ? null : parts.toString();
  }

  /**
   * @param answer the model's message
   * @param finishReason why it stopped
   * @return the answer as {@code gen_ai.output.messages} JSON
   */
  public String outputMessages(AssistantMessage answer, FinishReason finishReason) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    ObjectNode msg = array.addObject();
    msg.put("role", "assistant");
    assistantParts(msg.putArray("parts"), answer);
    msg.put("finish_reason", finishReason.wireName());
    return array.toString();
  }

  /**
   * @param text a tool's arguments or result
   * @return the text, redacted
   */
  public String redact(String text) {
    String r = redactor.apply(text);
    if (r == null) {
      throw new IllegalStateException("the redaction hook returned null");
    }
    return r;
  }

  private void assistantParts(ArrayNode parts, AssistantMessage a) {
    if (!a.text().isEmpty()) {
      text(parts, a.text());
    }
    for (ToolCall c : a.toolCalls()) {
      ObjectNode p = parts.addObject();
      p.put("type", "tool_call");
      if (c.id() != null) {
        p.put("id", c.id());
      }
      p.put("name", c.name());
      p.set("arguments", jsonOrText(redact(c.arguments())));
    }
  }

  private void text(ArrayNode parts, String text) {
    ObjectNode p = parts.addObject();
    p.put("type", "text");
    p.put("content", redact(text));
  }

  private static JsonNode jsonOrText(String s) {
    try {
      return Json.MAPPER.readTree(s);
    } catch (Exception e) {
      return Json.MAPPER.getNodeFactory().textNode(s);
    }
  }
}
