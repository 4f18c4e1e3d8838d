package dev.agentruntime.benchmarks.guardrails;

import dev.agentruntime.core.guardrail.GuardrailPoint;
import dev.agentruntime.guardrails.ChainResult;
import dev.agentruntime.guardrails.GuardrailChain;
import dev.agentruntime.guardrails.Guardrails;
import dev.agentruntime.guardrails.injection.PromptInjectionDetector;
import dev.agentruntime.guardrails.pii.PiiDetector;
import dev.agentruntime.guardrails.secrets.SecretDetector;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the default input chain (secrets + PII + prompt injection: rules and the learned
 * model) on English support-chat text and on mixed-script text (German, French, Chinese, emoji) of
 * 2 KB and 1 MB — and on two more texts outside ASCII, {@code chat} and {@code world} (see {@link
 * #script}) — single thread, against a baseline in the same run: one
 * {@code toLowerCase} pass over the same text (the cheapest "look at every char" operation).
 * MB/s = size / average time. Run: {@code java -jar benchmarks/target/benchmarks.jar Guardrails
 * -f 1 -wi 2 -i 3 -w 1s -r 2s}.
 *
 * <p>The plain benchmarks score one text again and again, whose branches the CPU's predictor learns
 * and whose tables stay in cache: at 2 KB that flatters the chain by 1.3x (English) to 1.7x (mixed). The {@code unseen}
 * ones score a different text at each call, {@value #UNSEEN} texts of the size in turn (drawn from
 * the same sentences with seeds of their own), as a service sees its messages.
 *
 * <p>Each fork runs on a fixed heap touched at start ({@code -Xms2g -Xmx2g -XX:+AlwaysPreTouch}).
 * On the project's virtual machines the host backs a page of guest memory only when it is first
 * written, and until the young generation has been used once, every allocation lands on such
 * pages: in session 29 one JVM scoring the mixed MB again and again took 4 ms a call in some
 * stretches and 14 ms in others, for the old build and the new one alike, with or without C2,
 * and steadily 4 ms with the heap touched at start. That made the 1 MB forks land at two speeds
 * (sessions 27 and 28). A service that has run for a while has its heap backed, so the touched
 * heap is the state worth measuring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class GuardrailsThroughputBenchmark {

  private static final String[] SENTENCES = {
    "Hi, I ordered a blue jacket last week and it still has not arrived.",
    "Could you check the status of order 48213 for me please?",
    "My email is jane.doe@example.com if you need to reach me.",
    "I tried to follow the setup instructions but the router keeps blinking red.",
    "The system says my card was declined, but my bank says everything is fine.",
    "You can call me at +44 20 7946 0958 in the afternoon.",
    "Please ignore my previous message, I found the invoice in my spam folder.",
    "Is there a way to change the delivery address after the order shipped?",
    "The app crashes every time I open the settings page on Android 14.",
    "Thanks a lot for the quick help, have a great day!",
    "I would like a refund for the damaged item, the box was crushed.",
    "Which payment methods do you accept for business accounts?",
  };

  /** German, French, Chinese and emoji support messages: the text that is not plain ASCII */
  private static final String[] MIXED = {
    "Hallo, ich habe letzte Woche eine blaue Jacke bestellt und sie ist immer noch nicht da.",
    "Könnten Sie bitte den Status der Bestellung 48213 prüfen? Danke schön!",
    "Bonjour, la livraison était prévue mardi, mais je n'ai rien reçu à ce jour.",
    "Mon adresse e-mail est jeanne.dupont@example.fr si vous avez besoin de me joindre.",
    "你好，我上周订购的外套还没有到，请帮我查一下物流状态。",
    "我的电话是 +44 20 7946 0958，下午可以联系我。",
    "Thanks a lot for the quick help 🙏😊, have a great day!",
    "Die App stürzt jedes Mal ab, wenn ich die Einstellungen öffne 😤.",
    "Est-ce que je peux changer l'adresse de livraison après l'expédition ?",
    "请忽略我之前的消息，我在垃圾邮件文件夹里找到了发票。",
    "I would like a refund for the damaged item — the box was crushed 📦.",
    "Welche Zahlungsmethoden akzeptieren Sie für Geschäftskonten?",
  };

  /**
   * Mixed-script chat as phones and laptops write it: the mixed sentences with the chars that need
   * NFKC or the invisible-char strip before folding — an ellipsis (NFKC makes it three dots), an
   * emoji joined by a zero-width joiner, a trade mark sign, an accent typed as a combining mark
   * (macOS file names and some keyboards) — and a text cut at its size may end in half an emoji.
   * Until session 31 one such char sent its whole 2 KB part through the char-by-char fold.
   */
  private static final String[] CHAT = {
    "Hallo… ich habe letzte Woche eine blaue Jacke bestellt und sie ist immer noch nicht da.",
    "Könnten Sie bitte den Status der Bestellung 48213 prüfen? Danke schön! 👍🏽",
    "Bonjour, la livraison était prévue mardi… mais je n'ai rien reçu à ce jour.",
    "Mon adresse e-mail est jeanne.dupont@example.fr si vous avez besoin de me joindre.",
    "你好，我上周订购的外套还没有到…请帮我查一下物流状态。",
    "我的电话是 +44 20 7946 0958，下午可以联系我。",
    "Thanks a lot for the quick help 🙏😊, have a great day! 👩\u200d💻",
    "Die App stürzt jedes Mal ab, wenn ich die Einstellungen öffne 😤.",
    "Est-ce que je peux changer l'adresse de livraison apre\u0300s l'expe\u0301dition ?",
    "请忽略我之前的消息，我在垃圾邮件文件夹里找到了发票。",
    "I would like a refund for the damaged item — the box was crushed 📦.",
    "My Acme™ router keeps rebooting… I tried everything 🤷\u200d♀️",
  };

  /**
   * Support messages in Hindi, Thai, Arabic, Russian, Japanese, Korean and Vietnamese: scripts
   * whose vowel signs and marks are combining chars (Devanagari, Thai, Arabic), written without
   * spaces (Thai, Japanese) or in Hangul syllables. Until session 31 every Hindi, Thai or Arabic
   * message went through the char-by-char fold.
   */
  private static final String[] WORLD = {
    "नमस्ते, मैंने पिछले हफ्ते एक नीली जैकेट ऑर्डर की थी और वह अभी तक नहीं आई है।",
    "क्या आप कृपया मेरे ऑर्डर 48213 की स्थिति देख सकते हैं?",
    "สวัสดีครับ ผมสั่งเสื้อแจ็คเก็ตสีน้ำเงินเมื่อสัปดาห์ที่แล้ว แต่ยังไม่ได้รับเลย",
    "ช่วยตรวจสอบสถานะคำสั่งซื้อ 48213 ให้หน่อยได้ไหมครับ",
    "مرحبًا، طلبت سترة زرقاء الأسبوع الماضي ولم تصل بعد.",
    "هل يمكنك التحقق من حالة الطلب 48213 من فضلك؟",
    "Здравствуйте, я заказал синюю куртку на прошлой неделе, и она до сих пор не пришла.",
    "Приложение вылетает каждый раз, когда я открываю настройки.",
    "こんにちは、先週青いジャケットを注文しましたが、まだ届いていません。",
    "設定画面を開くたびにアプリが落ちます。",
    "안녕하세요, 지난주에 파란 재킷을 주문했는데 아직 도착하지 않았어요.",
    "빠른 도움 감사합니다!",
    "Xin chào, tôi đã đặt một chiếc áo khoác màu xanh tuần trước nhưng vẫn chưa nhận được.",
    "Ứng dụng bị treo mỗi khi tôi mở phần cài đặt.",
  };

  @Param({"2048", "1048576"})
  public int size;

  /**
   * english: plain ASCII support chat; mixed: German, French, Chinese and emoji; chat: the mixed
   * sentences with ellipses, joined emoji and combining accents ({@link #CHAT}); world: Hindi, Thai,
   * Arabic, Russian, Japanese, Korean, Vietnamese ({@link #WORLD})
   */
  @Param({"english", "mixed", "chat", "world"})
  public String script;

  /** how many different texts the {@code unseen} benchmarks take in turn */
  static final int UNSEEN = 256;

  private String text;
  private String[] unseen;
  private int next;
  private GuardrailChain chain;
  private PiiDetector pii;
  private SecretDetector secrets;
  private PromptInjectionDetector injection;

  @Setup
  public void setup() {
    text = text(script, size);
    // a 1 MB text is varied enough on its own: at 1 MB the unseen benchmarks take the one text
    unseen = new String[size <= 65_536 ? UNSEEN : 1];
    unseen[0] = text;
    for (int i = 1; i < unseen.length; i++) {
      unseen[i] = text(script, size, i);
    }
    chain = Guardrails.defaults().build();
    pii = PiiDetector.all();
    secrets = SecretDetector.all();
    injection = PromptInjectionDetector.create();
  }

  /**
   * The benchmark's text (also read by {@link GuardrailsCpuAB}): sentences drawn from one pool with
   * a fixed seed, cut to the size.
   *
   * @param script {@code english}, {@code mixed}, {@code chat} or {@code world}
   * @param size its length in chars
   * @return the text
   */
  static String text(String script, int size) {
    return text(script, size, 42);
  }

  /** As {@link #text(String, int)}, drawn with the given seed. */
  static String text(String script, int size, long seed) {
    String[] pool = switch (script) {
      case "english" -> SENTENCES;
      case "mixed" -> MIXED;
      case "chat" -> CHAT;
      case "world" -> WORLD;
      default -> throw new IllegalArgumentException("script must be english, mixed, chat or world, was " + script);
    };
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder(size + 200);
    while (b.length() < size) {
      b.append(pool[r.nextInt(pool.length)]).append(r.nextInt(8) == 0 ? "\n" : " ");
    }
    b.setLength(size);
    return b.toString();
  }

  /** Baseline: one lower-casing pass over the text. */
  @Benchmark
  public String baselineLowerCase() {
    return text.toLowerCase(Locale.ROOT);
  }

  /** The default input chain (secrets, PII tokenisation, injection) as the interceptor runs it. */
  @Benchmark
  public ChainResult defaultInputChain() {
    return chain.evaluate(GuardrailPoint.INPUT, text);
  }

  private String nextUnseen() {
    String t = unseen[next];
    next = next + 1 == unseen.length ? 0 : next + 1;
    return t;
  }

  /** Baseline over a different text at each call (see the class comment). */
  @Benchmark
  public String unseenBaselineLowerCase() {
    return nextUnseen().toLowerCase(Locale.ROOT);
  }

  /** The default input chain over a different text at each call (see the class comment). */
  @Benchmark
  public ChainResult unseenDefaultInputChain() {
    return chain.evaluate(GuardrailPoint.INPUT, nextUnseen());
  }

  /** PII detection alone. */
  @Benchmark
  public Object piiDetect() {
    return pii.detect(text);
  }

  /** Secret detection alone. */
  @Benchmark
  public Object secretsDetect() {
    return secrets.detect(text);
  }

  /** Injection scoring alone. */
  @Benchmark
  public Object injectionScore() {
    return injection.score(text);
  }

  /**
   * Injection scoring of a tool result or document: the rules, the joint model and the document
   * model (compare with {@link #injectionScore} in the same run).
   */
  @Benchmark
  public Object injectionScoreDocument() {
    return injection.scoreDocument(text);
  }
}
