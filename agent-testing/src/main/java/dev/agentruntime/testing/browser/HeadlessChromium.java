package dev.agentruntime.testing.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real headless Chromium driven over the Chrome DevTools Protocol (the JDK's HttpClient
 * WebSocket): loads a page, types and clicks with real input events, waits for and evaluates
 * JavaScript against the rendered DOM, collects console errors and uncaught exceptions, and takes
 * screenshots. Each instance is a fresh browser (its own profile directory, no background network
 * services); {@link #close()} stops it and every process it started, and deletes the profile.
 *
 * <pre>{@code
 * Optional<Path> binary = HeadlessChromium.find();
 * assumeTrue(binary.isPresent(), "chromium is not installed");
 * try (HeadlessChromium browser = HeadlessChromium.start(binary.get(), tempDir)) {
 *   assertThat(browser.open("http://127.0.0.1:" + port + "/").errors()).isEmpty();
 *   browser.click("#input");
 *   browser.type("Where is order 1042?");
 *   browser.pressEnter();
 *   browser.waitFor("document.querySelector('.answer')", Duration.ofSeconds(60));
 *   assertThat(browser.eval("document.querySelector('.answer').textContent").asText()).contains("1042");
 * }
 * }</pre>
 *
 * <p>Not thread-safe: drive one browser from one thread.
 */
public final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A bound for a browser that never answers, not a speed target. */
  private static final long STARTUP_SECONDS = 60;

  private final Process process;
  private final Path userDataDir;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = Collections.synchronizedList(new ArrayList<>());

  /**
   * Finds a Chromium (or Chrome) binary: {@code $CHROMIUM} if set, else {@code chromium},
   * {@code chromium-browser}, {@code google-chrome} or {@code google-chrome-stable} on the
   * {@code PATH}.
   *
   * @return the binary, if this machine has one (skip the test when it has not)
   */
  public static Optional<Path> find() {
    String env = System.getenv("CHROMIUM");
    if (env != null && Files.isExecutable(Path.of(env))) {
      return Optional.of(Path.of(env));
    }
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Starts a browser with one blank page.
   *
   * @param binary the Chromium binary ({@link #find()})
   * @param workDir a directory for the browser's profile and its log ({@code chromium.log})
   * @return the running browser; close it
   * @throws IOException when the browser cannot be started
   * @throws IllegalStateException when it does not offer a page to drive within a minute
   * @throws Exception when connecting to it fails or is interrupted
   */
  public static HeadlessChromium start(Path binary, Path workDir) throws Exception {
    Objects.requireNonNull(binary, "binary");
    Objects.requireNonNull(workDir, "workDir");
    if (!Files.isExecutable(binary)) {
      throw new IllegalArgumentException("binary is not an executable file: " + binary);
    }
    return new HeadlessChromium(binary, workDir);
  }

  private HeadlessChromium(Path binary, Path workDir) throws Exception {
    Files.createDirectories(workDir);
    userDataDir = Files.createTempDirectory(workDir, "chromium-profile");
    Path log = workDir.resolve("chromium.log");
    process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + userDataDir,
        "--remote-debugging-port=0", "--window-size=1400,1000", "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    try {
      Path portFile = userDataDir.resolve("DevToolsActivePort");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_SECONDS);
      while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException("chromium did not start (see " + log + ")");
        }
        Thread.sleep(50);
      }
      int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
      HttpClient http = HttpClient.newHttpClient();
      String pageUrl = null;
      while (pageUrl == null) {
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode t : targets) {
          if ("page".equals(t.path("type").asText())) {
            pageUrl = t.path("webSocketDebuggerUrl").asText();
          }
        }
        if (pageUrl == null) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("chromium has no page target (see " + log + ")");
          }
          Thread.sleep(50);
        }
      }
      socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20))
          .buildAsync(URI.create(pageUrl), new Listener()).get(30, TimeUnit.SECONDS);
      call("Runtime.enable", JSON.createObjectNode());
      call("Log.enable", JSON.createObjectNode());
      call("Page.enable", JSON.createObjectNode());
    } catch (Exception | Error e) {
      stopBrowser();
      try {
        deleteProfile();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * What a page did while loading.
   *
   * @param errors console errors, uncaught exceptions and failed loads seen while it loaded
   */
  public record Load(List<String> errors) {
    /**
     * Copies.
     *
     * @param errors console errors, uncaught exceptions and failed loads seen while it loaded
     */
    public Load {
      errors = List.copyOf(errors);
    }
  }

  /**
   * Opens a page and waits for its load event.
   *
   * @param url the page's address
   * @return what happened while it loaded
   * @throws IllegalStateException when it does not load within 30 seconds
   * @throws Exception when the browser fails or the wait is interrupted
   */
  public Load open(String url) throws Exception {
    Objects.requireNonNull(url, "url");
    events.clear();
    call("Page.navigate", JSON.createObjectNode().put("url", url));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (snapshot().stream().noneMatch(e -> "Page.loadEventFired".equals(e.path("method").asText()))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("page did not load: " + url);
      }
      Thread.sleep(20);
    }
    Thread.sleep(100); // let late console messages arrive
    return new Load(errors());
  }

  /**
   * Opens a local file and waits for its load event.
   *
   * @param file an HTML file
   * @return what happened while it loaded
   * @throws Exception as {@link #open(String)}
   */
  public Load open(Path file) throws Exception {
    return open(Objects.requireNonNull(file, "file").toAbsolutePath().toUri().toString());
  }

  /** @return console errors, uncaught exceptions and failed loads seen since the page was opened */
  public List<String> errors() {
    List<String> errors = new ArrayList<>();
    for (JsonNode e : snapshot()) {
      String m = e.path("method").asText();
      JsonNode params = e.path("params");
      if (m.equals("Runtime.exceptionThrown")) {
        errors.add("exception: " + params.path("exceptionDetails").path("exception").path("description")
            .asText(params.path("exceptionDetails").path("text").asText()));
      } else if (m.equals("Runtime.consoleAPICalled")
          && List.of("error", "assert").contains(params.path("type").asText())) {
        errors.add("console." + params.path("type").asText() + ": " + params.path("args").toString());
      } else if (m.equals("Log.entryAdded") && "error".equals(params.path("entry").path("level").asText())) {
        errors.add("log: " + params.path("entry").path("text").asText() + " " + params.path("entry").path("url").asText());
      }
    }
    return errors;
  }

  /**
   * Clicks the centre of the first element matching a selector, with real mouse events.
   *
   * @param selector a CSS selector
   * @throws IllegalStateException when no element matches
   * @throws Exception when the browser fails
   */
  public void click(String selector) throws Exception {
    JsonNode box = eval("(() => { const e = document.querySelector(" + JSON.writeValueAsString(selector) + ");"
        + " if (!e) return null; e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
        + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
    if (box.isNull() || box.isMissingNode()) {
      throw new IllegalStateException("no element matches " + selector);
    }
    for (String type : List.of("mousePressed", "mouseReleased")) {
      call("Input.dispatchMouseEvent", JSON.createObjectNode().put("type", type)
          .put("x", box.path("x").asDouble()).put("y", box.path("y").asDouble())
          .put("button", "left").put("clickCount", 1));
    }
  }

  /**
   * Types text into the focused element, as a keyboard would insert it.
   *
   * @param text the text
   * @throws Exception when the browser fails
   */
  public void type(String text) throws Exception {
    call("Input.insertText", JSON.createObjectNode().put("text", Objects.requireNonNull(text, "text")));
  }

  /**
   * Presses Enter in the focused element.
   *
   * @throws Exception when the browser fails
   */
  public void pressEnter() throws Exception {
    for (String type : List.of("keyDown", "keyUp")) {
      ObjectNode p = JSON.createObjectNode().put("type", type).put("key", "Enter").put("code", "Enter")
          .put("windowsVirtualKeyCode", 13).put("nativeVirtualKeyCode", 13);
      if (type.equals("keyDown")) {
        p.put("text", "\r");
      }
      call("Input.dispatchKeyEvent", p);
    }
  }

  /**
   * Waits until a JavaScript condition holds.
   *
   * @param condition a JavaScript expression
   * @param timeout how long to wait at most (generous: a bound for a page that never gets there)
   * @throws IllegalStateException naming the condition and the page's text when it did not hold in time
   * @throws Exception when the browser fails or the wait is interrupted
   */
  public void waitFor(String condition, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!eval("!!(" + condition + ")").asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out waiting for " + condition + "; page text: "
            + eval("document.body.innerText").asText());
      }
      Thread.sleep(50);
    }
  }

  /**
   * Evaluates JavaScript in the page.
   *
   * @param expression JavaScript returning a JSON-serialisable value
   * @return the value (a missing node for {@code undefined})
   * @throws IllegalStateException when the expression throws
   * @throws Exception when the browser fails
   */
  public JsonNode eval(String expression) throws Exception {
    JsonNode r = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
        .put("returnByValue", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("evaluation failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /**
   * Takes a screenshot of the whole page (up to 16,000 pixels high) as PNG.
   *
   * @param png where to write it (parent directories are created)
   * @param width the viewport width in pixels
   * @throws Exception when the browser fails or the file cannot be written
   */
  public void screenshot(Path png, int width) throws Exception {
    if (width <= 0) {
      throw new IllegalArgumentException("width must be positive, was " + width);
    }
    // measure the page at a small height, so a short page is not padded to the window's height
    call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width)
        .put("height", 600).put("deviceScaleFactor", 1).put("mobile", false));
    int height = eval("Math.ceil(document.documentElement.scrollHeight)").asInt();
    call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width)
        .put("height", Math.min(height, 16000)).put("deviceScaleFactor", 1).put("mobile", false));
    // let the page lay out and paint at the new size (two frames) before capturing it
    call("Runtime.evaluate", JSON.createObjectNode().put("awaitPromise", true).put("returnByValue", true)
        .put("expression", "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(0))))"));
    JsonNode shot = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
    Path parent = png.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
  }

  private List<JsonNode> snapshot() {
    synchronized (events) {
      return new ArrayList<>(events);
    }
  }

  private JsonNode call(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
    msg.set("params", params);
    try {
      socket.sendText(msg.toString(), true).get(10, TimeUnit.SECONDS);
      JsonNode reply = f.get(30, TimeUnit.SECONDS);
      if (reply.has("error")) {
        throw new IllegalStateException(method + " failed: " + reply.get("error"));
      }
      return reply.path("result");
    } finally {
      pending.remove(id);
    }
  }

  /**
   * Stops the browser and every process it started (renderers, GPU and utility processes) and
   * deletes its profile.
   *
   * @throws IOException when the profile cannot be deleted
   */
  @Override
  public void close() throws IOException {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception ignored) {
      // the browser goes down anyway
    }
    stopBrowser();
    deleteProfile();
  }

  private void stopBrowser() {
    List<ProcessHandle> children = process.descendants().toList(); // before they lose their parent
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (ProcessHandle child : children) {
      if (child.isAlive()) {
        child.destroyForcibly();
      }
    }
  }

  private void deleteProfile() throws IOException {
    try (Stream<Path> files = Files.walk(userDataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        try {
          JsonNode n = JSON.readTree(buffer.toString());
          if (n.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(n.get("id").asInt());
            if (f != null) {
              f.complete(n);
            }
          } else {
            events.add(n);
          }
        } catch (IOException e) {
          // not JSON: ignore
        }
        buffer.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
