package dev.agentruntime.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.UserMessage;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A streamed call the caller abandons closes its HTTP connection (the provider stops generating). */
class StreamCancelConnectionTest {
  private ServerSocket server;
  private final CountDownLatch connectionClosed = new CountDownLatch(1);
  private final CountDownLatch answered = new CountDownLatch(1);

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  /** Answers one request with SSE headers and the given chunks, then stalls; notes when the client hangs up. */
  private String serve(String... events) throws Exception {
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    Thread t = new Thread(() -> {
      try (Socket s = server.accept()) {
        InputStream in = s.getInputStream();
        OutputStream out = s.getOutputStream();
        // read the request head and body (Content-Length)
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
          int b = in.read();
          if (b < 0) {
            return;
          }
          head.append((char) b);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
          if (line.toLowerCase().startsWith("content-length:")) {
            length = Integer.parseInt(line.substring(15).trim());
          }
        }
        in.readNBytes(length);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        for (String e : events) {
          byte[] data = ("data: " + e + "\n\n").getBytes(StandardCharsets.UTF_8);
          out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(data);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
        answered.countDown();
        // stall: the model thinks; read until the client closes the connection
        while (in.read() >= 0) {
          // nothing more is expected
        }
        connectionClosed.countDown();
      } catch (Exception e) {
        connectionClosed.countDown(); // reset by the client: closed too
      }
    }, "sse-stub");
    t.setDaemon(true);
    t.start();
    return "http://127.0.0.1:" + server.getLocalPort() + "/v1";
  }

  private static String chunk(String deltaJson) {
    return "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"gpt-4o-mini\","
        + "\"choices\":[{\"index\":0,\"delta\":" + deltaJson + ",\"finish_reason\":null}]}";
  }

  private static LangChain4jModelClient client(String baseUrl) {
    return LangChain4jModelClient.of(OpenAiStreamingChatModel.builder()
        .baseUrl(baseUrl).apiKey("k").modelName("gpt-4o-mini")
        .timeout(Duration.ofSeconds(30))
        .httpClientBuilder(JdkHttpClient.builder().httpClientBuilder(RetryAfterCapture.httpClientBuilder()))
        .build());
  }

  private void abandonAfter(LangChain4jModelClient client, CountDownLatch ready) throws Exception {
    CompletableFuture<Thread> caller = new CompletableFuture<>();
    CompletableFuture<Throwable> ended = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      caller.complete(Thread.currentThread());
      try {
        client.chatStreaming(ModelRequest.of(new UserMessage("q")), d -> ready.countDown());
        ended.complete(null);
      } catch (Throwable e) {
        ended.complete(e);
      }
    });
    t.start();
    // the stream's first chunk (or the server's answer) has come: the precondition, not what the
    // test is about; a cold JVM on a 2-CPU host under heavy load once took more than 10 s to get here
    assertThat(ready.await(60, TimeUnit.SECONDS)).as("the stream is under way").isTrue();
    caller.get().interrupt(); // cancel / deadline / attempt timeout
    assertThat(ended.get(5, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
    assertThat(connectionClosed.await(5, TimeUnit.SECONDS))
        .as("the HTTP connection is closed when the call is abandoned").isTrue();
  }

  @Test
  void abandonedAfterTheFirstTokenTheConnectionIsClosed() throws Exception {
    String url = serve(chunk("{\"role\":\"assistant\",\"content\":\"\"}"), chunk("{\"content\":\"Hel\"}"));
    abandonAfter(client(url), new CountDownLatch(1));
  }

  @Test
  void abandonedWhileTheModelIsStillThinkingTheConnectionIsClosed() throws Exception {
    // a reasoning model: the stream is open, no token yet
    String url = serve(chunk("{\"role\":\"assistant\",\"content\":\"\"}"));
    abandonAfter(client(url), answered);
  }
}
