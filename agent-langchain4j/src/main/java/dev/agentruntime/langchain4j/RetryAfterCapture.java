package dev.agentruntime.langchain4j;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * Makes the server's {@code Retry-After} header visible to agent-runtime. LangChain4j's HTTP
 * errors carry the status and body but not the headers, so install this JDK HTTP client builder in
 * the LangChain4j model:
 *
 * <pre>{@code
 * OpenAiChatModel.builder()
 *     .httpClientBuilder(JdkHttpClient.builder().httpClientBuilder(RetryAfterCapture.httpClientBuilder()))
 *     ...
 * }</pre>
 *
 * <p>The client records {@code retry-after-ms} or {@code Retry-After} (seconds or an HTTP date) of
 * every failed response on the thread that receives it; {@link LangChain4jModelClient} reads it
 * when it classifies the failure. Without it, the wait is read from the error text when the
 * provider states one.
 *
 * <p>It also lets {@link LangChain4jModelClient} end a streamed call that is abandoned (cancel,
 * deadline, attempt timeout) before its first chunk — while a reasoning model thinks, say — at
 * once: LangChain4j hands out a stream's handle only with its first chunk, so without this client
 * the connection stays open, and the provider generating, until that chunk arrives.
 */
public final class RetryAfterCapture {

  private static final ThreadLocal<Duration> LAST = new ThreadLocal<>();
  /** The exchanges this thread starts while a streaming call watches (see {@link #watchExchanges()}). */
  private static final ThreadLocal<List<CompletableFuture<? extends HttpResponse<?>>>> STARTED = new ThreadLocal<>();

  private RetryAfterCapture() {}

  /** @return a JDK HTTP client builder whose clients capture Retry-After headers */
  public static HttpClient.Builder httpClientBuilder() {
    return httpClientBuilder(HttpClient.newBuilder());
  }

  /**
   * @param delegate a configured JDK builder
   * @return a builder whose clients behave like the delegate's and capture Retry-After headers
   */
  public static HttpClient.Builder httpClientBuilder(HttpClient.Builder delegate) {
    return new CapturingBuilder(Objects.requireNonNull(delegate, "delegate"));
  }

  /** Starts noting the exchanges this thread starts (a streaming call, before it asks LangChain4j). */
  static void watchExchanges() {
    STARTED.set(new ArrayList<>(1));
  }

  /** @return the exchanges this thread started since {@link #watchExchanges()}; stops noting them */
  static List<CompletableFuture<? extends HttpResponse<?>>> takeExchanges() {
    List<CompletableFuture<? extends HttpResponse<?>>> started = STARTED.get();
    STARTED.remove();
    return started == null ? List.of() : started;
  }

  /**
   * Ends an exchange a caller gave up on: its response, if it has come, is closed (a streamed body
   * stops, the connection with it), else the request is cancelled.
   *
   * @param exchange an exchange from {@link #takeExchanges()}
   */
  static void abort(CompletableFuture<? extends HttpResponse<?>> exchange) {
    exchange.cancel(true);
    exchange.thenAccept(r -> {
      if (r.body() instanceof java.io.Closeable body) {
        try {
          body.close();
        } catch (IOException ignored) {
          // closing is all we can do
        }
      }
    });
  }

  /** Forgets what this thread captured (called before each model call). */
  static void clear() {
    LAST.remove();
  }

  /** @return and forget what this thread captured last, or null */
  static @Nullable Duration take() {
    Duration d = LAST.get();
    LAST.remove();
    return d;
  }

  /**
   * @param headers response headers
   * @return the wait the server asked for, or null
   */
  static @Nullable Duration parse(HttpHeaders headers) {
    Optional<String> ms = headers.firstValue("retry-after-ms");
    if (ms.isPresent()) {
      try {
        return Duration.ofNanos((long) (Double.parseDouble(ms.get().trim()) * 1_000_000d));
      } catch (NumberFormatException ignored) {
        // fall through to Retry-After
      }
    }
    Optional<String> ra = headers.firstValue("retry-after");
    if (ra.isEmpty()) {
      return null;
    }
    String v = ra.get().trim();
    try {
      return Duration.ofNanos((long) (Double.parseDouble(v) * 1_000_000_000d));
    } catch (NumberFormatException e) {
      try {
        Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static void record(HttpResponse<?> response) {
    int s = response.statusCode();
    if (s < 200 || s >= 300) {
      Duration d = parse(response.headers());
      if (d != null) {
        LAST.set(d);
      } else {
        LAST.remove();
      }
    } else {
      LAST.remove();
    }
  }

  private static final class CapturingBuilder implements HttpClient.Builder {
    private final HttpClient.Builder d;

    CapturingBuilder(HttpClient.Builder d) {
      this.d = d;
    }

    @Override
    public HttpClient.Builder cookieHandler(CookieHandler v) {
      d.cookieHandler(v);
      return this;
    }

    @Override
    public HttpClient.Builder connectTimeout(Duration v) {
      d.connectTimeout(v);
      return this;
    }

    @Override
    public HttpClient.Builder sslContext(SSLContext v) {
      d.sslContext(v);
      return this;
    }

    @Override
    public HttpClient.Builder sslParameters(SSLParameters v) {
      d.sslParameters(v);
      return this;
    }

    @Override
    public HttpClient.Builder executor(Executor v) {
      d.executor(v);
      return this;
    }

    @Override
    public HttpClient.Builder followRedirects(HttpClient.Redirect v) {
      d.followRedirects(v);
      return this;
    }

    @Override
    public HttpClient.Builder version(HttpClient.Version v) {
      d.version(v);
      return this;
    }

    @Override
    public HttpClient.Builder priority(int v) {
      d.priority(v);
      return this;
    }

    @Override
    public HttpClient.Builder proxy(ProxySelector v) {
      d.proxy(v);
      return this;
    }

    @Override
    public HttpClient.Builder authenticator(Authenticator v) {
      d.authenticator(v);
      return this;
    }

    @Override
    public HttpClient build() {
      return new CapturingClient(d.build());
    }
  }

  private static final class CapturingClient extends HttpClient {
    private final HttpClient d;

    CapturingClient(HttpClient d) {
      this.d = d;
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
      return d.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
      return d.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
      return d.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
      return d.proxy();
    }

    @Override
    public SSLContext sslContext() {
      return d.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
      return d.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
      return d.authenticator();
    }

    @Override
    public Version version() {
      return d.version();
    }

    @Override
    public Optional<Executor> executor() {
      return d.executor();
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
        throws IOException, InterruptedException {
      HttpResponse<T> r = d.send(request, handler);
      record(r);
      return r;
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
        HttpRequest request, HttpResponse.BodyHandler<T> handler) {
      CompletableFuture<HttpResponse<T>> exchange = d.sendAsync(request, handler);
      List<CompletableFuture<? extends HttpResponse<?>>> watching = STARTED.get();
      if (watching != null) {
        watching.add(exchange);
      }
      return exchange.thenApply(r -> {
        record(r);
        return r;
      });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
        HttpRequest request,
        HttpResponse.BodyHandler<T> handler,
        HttpResponse.PushPromiseHandler<T> push) {
      return d.sendAsync(request, handler, push).thenApply(r -> {
        record(r);
        return r;
      });
    }
  }
}
