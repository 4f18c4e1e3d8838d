package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Bug 8: nothing the library prints by default contains text a guardrail redacted. */
class RedactedPrintingTest {
  private static final String EMAIL = "jane.doe@example.com";

  @Test
  void resultsRecordsAndEventsPrintNoConversationText() {
    // a guardrail-like interceptor: the model only ever sees <EMAIL_1>
    AgentInterceptor redact = AgentInterceptor.ofModelCall("pii", chain -> {
      List<ChatMessage> out = new ArrayList<>();
      for (ChatMessage m : chain.request().messages()) {
        out.add(m instanceof UserMessage u ? new UserMessage(u.text().replace(EMAIL, "<EMAIL_1>")) : m);
      }
      return chain.proceed(chain.request().withMessages(out));
    });
    List<AgentEvent> events = new CopyOnWriteArrayList<>();
    try (AgentRuntime rt = AgentRuntime.builder()
        .model(ScriptedModelClient.builder().thenRespond(r -> "Mail sent to " + r.lastMessage().text()).build())
        .interceptor(redact).listener(events::add).build()) {
      AgentResult r = rt.run("Mail " + EMAIL + " the invoice");
      assertThat(r.modelCalls().get(0).request().lastMessage().text()).contains(EMAIL); // kept for the caller
      assertThat(r.toString()).doesNotContain(EMAIL).contains(r.runId());
      assertThat(r.modelCalls().get(0).toString()).doesNotContain(EMAIL);
      assertThat(r.modelCalls().get(0).request().toString()).doesNotContain(EMAIL);
      assertThat(events).allSatisfy(e -> assertThat(e.toString()).doesNotContain(EMAIL));
    }
  }
}
