package dev.agentruntime.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionsAndResumeExampleTest {

  @Test
  void secondTurnSeesTheFirstAndTheResumedRunOpensOneTicket(@TempDir Path dir) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int tickets;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      tickets = SessionsAndResumeExample.run(out, dir);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(tickets).isEqualTo(1);
    assertThat(out)
        .contains("agent:    Order 1042 (noise-cancelling headphones) shipped on Monday")
        .contains("agent:    You asked about order 1042")
        .contains("session chat-7 holds 6 messages (seq 0..5)")
        .contains("!! power cut (simulated) — tickets opened so far: 1")
        .contains("unfinished runs: [run-neighbour-1042]")
        .contains("agent:    I opened a ticket for order 1042")
        .contains("2 model calls (1 replayed from the checkpoint), tokens in 780 out 55; tickets opened: 1;"
            + " model requests sent in all: 5")
        // gpt-4o-mini ($0.15 in, $0.075 cached, $0.60 out per million): 104 + 256 cached + 30 out,
        // then 164 + 256 cached + 25 out
        .contains("cost of the whole run: $0.0001116 (the replayed call included")
        .contains("session chat-7 now holds 10 messages");
  }
}
