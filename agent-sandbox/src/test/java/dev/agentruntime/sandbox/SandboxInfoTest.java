package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** bubblewrap's report of its child is taken off the front of stderr, and only a well-formed one. */
class SandboxInfoTest {
  private static final String REPORT = "{\n    \"child-pid\": 4242,\n    \"cgroup-namespace\": 4026532301,\n"
      + "    \"mnt-namespace\": 4026532299\n}\n";

  /** Feeds a stream in chunks of {@code size} bytes, as the stderr reader does; returns what is kept. */
  private static String feed(SandboxInfo info, String stream, int size) {
    byte[] all = stream.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    for (int at = 0; at < all.length; at += size) {
      int n = Math.min(size, all.length - at);
      byte[] chunk = java.util.Arrays.copyOfRange(all, at, at + n);
      if (info.done()) {
        kept.write(chunk, 0, n);
        continue;
      }
      int claimed = info.accept(chunk, 0, n);
      if (claimed < 0) {
        byte[] mine = info.unclaimed();
        kept.write(mine, 0, mine.length);
      } else if (claimed < n) {
        kept.write(chunk, claimed, n - claimed);
      }
    }
    if (!info.done()) {
      byte[] mine = info.unclaimed();
      kept.write(mine, 0, mine.length);
    }
    return kept.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theReportIsTakenOffWhateverTheChunksAndTheCodesOutputIsKept() {
    for (int size : new int[] {1, 2, 3, 7, 64, 8192}) {
      SandboxInfo info = new SandboxInfo();
      assertThat(feed(info, REPORT + "Traceback {\n}\n", size)).as("chunks of %d", size).isEqualTo("Traceback {\n}\n");
      assertThat(info.child()).isEqualTo(4242);
    }
  }

  @Test
  void withoutAReportEverythingIsTheCodes() {
    SandboxInfo info = new SandboxInfo();
    assertThat(feed(info, "bwrap: Can't mount proc\n", 5)).isEqualTo("bwrap: Can't mount proc\n");
    assertThat(info.child()).isEqualTo(-1);
    SandboxInfo noPid = new SandboxInfo();
    assertThat(feed(noPid, "{\n  \"x\": 1\n}\nmore", 4)).isEqualTo("{\n  \"x\": 1\n}\nmore");
    assertThat(noPid.child()).isEqualTo(-1);
    SandboxInfo cut = new SandboxInfo();
    assertThat(feed(cut, "{\n    \"child-pid\": 12", 3)).as("ended inside the report").isEqualTo("{\n    \"child-pid\": 12");
    SandboxInfo endless = new SandboxInfo();
    String big = "{" + "x".repeat(SandboxInfo.MAX_BYTES + 10) + "\n}\n";
    assertThat(feed(endless, big, 1000)).isEqualTo(big);
    assertThat(endless.child()).isEqualTo(-1);
  }

  @Test
  void aPooledSandboxsReportIsReadOffItsStream() throws Exception {
    ByteArrayInputStream in = new ByteArrayInputStream((REPORT + "later").getBytes(StandardCharsets.UTF_8));
    assertThat(SandboxInfo.read(in)).isEqualTo(4242);
    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("later");
    assertThat(SandboxInfo.read(new ByteArrayInputStream("oops".getBytes(StandardCharsets.UTF_8)))).isEqualTo(-1);
  }
}
