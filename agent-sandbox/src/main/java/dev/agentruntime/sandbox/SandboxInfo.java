package dev.agentruntime.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bubblewrap's report of the sandbox it started ({@code --info-fd}, pointed at stderr): {@code
 * {"child-pid": N, ...namespace ids}} and a closing {@code \n}\n}. The outer process writes it
 * before it lets its child (PID 1 inside) go on, so it precedes anything the code can write: the
 * code cannot forge it, and it is taken off the front of stderr before the code's output.
 */
final class SandboxInfo {
  /** Longer than any report bubblewrap writes; past it, stderr is taken as the code's own. */
  static final int MAX_BYTES = 4096;
  private static final byte[] END = "\n}\n".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern CHILD = Pattern.compile("\"child-pid\"\\s*:\\s*(\\d+)");

  private final ByteArrayOutputStream head = new ByteArrayOutputStream();
  private boolean done;
  private long child = -1;

  /**
   * Feeds the front of stderr.
   *
   * @param b bytes read
   * @param off where they start
   * @param len how many
   * @return how many of them belong to the report (the rest is the code's), or -1 when no report
   *     is there: then everything read so far, these bytes included ({@link #unclaimed()}), is
   *     the code's
   */
  int accept(byte[] b, int off, int len) {
    if (done) {
      return 0;
    }
    int before = head.size();
    head.write(b, off, len);
    if (before == 0 && len > 0 && b[off] != '{') {
      done = true;
      return -1;
    }
    byte[] all = head.toByteArray();
    int end = indexOf(all, END);
    if (end >= 0) {
      done = true;
      Matcher m = CHILD.matcher(new String(all, 0, end, StandardCharsets.US_ASCII));
      if (!m.find()) {
        return -1;
      }
      child = Long.parseLong(m.group(1));
      return end + END.length - before;
    }
    if (all.length > MAX_BYTES) {
      done = true;
      return -1;
    }
    return len;
  }

  /** @return whether the report is complete, or known to be absent */
  boolean done() {
    return done;
  }

  /** @return the sandbox's main process as the report gave it, or -1 */
  long child() {
    return child;
  }

  /**
   * @return everything read so far when there turned out to be no report, or when the stream
   *     ended before the report did: the code's stderr (or bubblewrap's own error)
   */
  byte[] unclaimed() {
    return child < 0 ? head.toByteArray() : new byte[0];
  }

  /**
   * Reads the report off the front of a stream that is known to start with one (a pooled sandbox
   * whose code has not run yet).
   *
   * @param in stderr of the sandbox
   * @return the reported main process, or -1
   * @throws IOException when reading fails
   */
  static long read(InputStream in) throws IOException {
    SandboxInfo info = new SandboxInfo();
    byte[] one = new byte[1];
    while (!info.done()) {
      int c = in.read();
      if (c < 0) {
        return -1;
      }
      one[0] = (byte) c;
      if (info.accept(one, 0, 1) < 0) {
        return -1;
      }
    }
    return info.child();
  }

  private static int indexOf(byte[] a, byte[] p) {
    outer:
    for (int i = 0; i + p.length <= a.length; i++) {
      for (int j = 0; j < p.length; j++) {
        if (a[i + j] != p[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
