package dev.agentruntime.core.idempotency;

import dev.agentruntime.core.model.ToolCall;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The idempotency keys the runtime uses for side-effecting tool calls. */
public final class IdempotencyKeys {
  private IdempotencyKeys() {}

  /**
   * @param runId the run
   * @param call the call
   * @return the caller's key when the call has one ({@code tool:<name>:<key>}), otherwise one
   *     derived from the run and the call id, or the arguments' SHA-256 when there is no call id
   */
  public static String of(String runId, ToolCall call) {
    if (call.idempotencyKey() != null) {
      return "tool:" + call.name() + ":" + call.idempotencyKey();
    }
    String id = call.id() != null ? call.id() : sha256(call.arguments());
    return "tool:" + call.name() + ":" + runId + ":" + id;
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
