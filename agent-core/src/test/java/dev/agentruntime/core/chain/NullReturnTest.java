package dev.agentruntime.core.chain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.testing.ScriptedModelClient;
import org.junit.jupiter.api.Test;

/** Bug 13: an interceptor returning null must be named, not an anonymous NullPointerException. */
class NullReturnTest {

  static final class ForgetfulInterceptor implements AgentInterceptor {
    @Override
    public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
      chain.proceed(chain.request());
      return null; // forgot to return the response
    }

    @Override
    public String toString() {
      return "ForgetfulInterceptor";
    }
  }

  @Test
  void nullFromAnInterceptorNamesTheInterceptor() {
    try (AgentRuntime rt = AgentRuntime.builder()
        .model(ScriptedModelClient.builder().thenRespond("hi").build())
        .interceptor(new ForgetfulInterceptor())
        .build()) {
      assertThatThrownBy(() -> rt.run("hello"))
          .hasStackTraceContaining("ForgetfulInterceptor")
          .hasStackTraceContaining("aroundModelCall returned null");
    }
  }
}
