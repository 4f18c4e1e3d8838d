package dev.agentruntime.cost;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.ToolSpec;
import java.util.Locale;

/**
 * Counts input tokens with jtokkit: {@code o200k_base} for OpenAI's GPT-4o, GPT-4.1, GPT-5 and
 * o-series models, {@code cl100k_base} for the rest, plus OpenAI's per-message framing (4 tokens
 * a message, 3 to prime the answer) and the tool definitions. Other providers' tokenizers differ
 * (Claude's typically counts 10–30% more), so a {@code safetyFactor} above 1 can be set for them.
 *
 * <p>A request may carry its own estimate (for example a provider's count-tokens answer) as a
 * number in its metadata under {@link #ESTIMATE_METADATA_KEY}; it is used as is.
 *
 * <p>Token counts are cached per counted text by value (bounded by the characters they hold):
 * a conversation that grows turn by turn counts each message once, also when an adapter rebuilds
 * the message objects for every call (as a decorated LangChain4j model does), and texts that
 * recur across runs (system prompts, tool names and arguments, common questions and tool
 * results) are counted once. Tokenising is far dearer than the lookup: several microseconds for
 * even a short text.
 */
public final class JtokkitTokenEstimator implements TokenEstimator {

  /** Request metadata key for a caller-supplied input-token estimate (a {@link Number}). */
  public static final String ESTIMATE_METADATA_KEY = "agent_runtime.cost.input_tokens_estimate";

  private static final int PER_MESSAGE = 4;
  private static final int PRIMING = 3;

  /**
   * The vocabularies (several MB each, a second or more to load) load lazily, once per JVM, on
   * the first count that needs them: the holder idiom, so every later use is a plain field read.
   */
  private static final class Vocabularies {
    static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();
  }

  private static final class O200k {
    static final Encoding ENCODING = Vocabularies.REGISTRY.getEncoding(EncodingType.O200K_BASE);
  }

  private static final class Cl100k {
    static final Encoding ENCODING = Vocabularies.REGISTRY.getEncoding(EncodingType.CL100K_BASE);
  }
  private final double safetyFactor;
  /** At most about this many characters of message text are kept by each message cache. */
  private static final long CACHED_CHARS = 4_000_000;

  private final Cache<String, Integer> o200kCounts = textCache();
  private final Cache<String, Integer> cl100kCounts = textCache();

  // tool specs are few and re-sent with every call (often as fresh but equal objects): by value
  private final Cache<ToolSpec, Integer> o200kToolCounts =
      Caffeine.newBuilder().executor(Runnable::run).maximumSize(10_000).build();
  private final Cache<ToolSpec, Integer> cl100kToolCounts =
      Caffeine.newBuilder().executor(Runnable::run).maximumSize(10_000).build();

  private record ModelEncoding(String model, boolean o200k) {}

  /** The last model's encoding choice (models rarely change between calls). */
  private volatile ModelEncoding lastModel;

  /** An estimator with a safety factor of 1. */
  public JtokkitTokenEstimator() {
    this(1.0);
  }

  /**
   * @param safetyFactor multiplies every count (e.g. 1.3 for Claude models); at least 1
   */
  public JtokkitTokenEstimator(double safetyFactor) {
    if (!(safetyFactor >= 1.0) || Double.isInfinite(safetyFactor)) {
      throw new IllegalArgumentException("safetyFactor must be a finite number >= 1, was " + safetyFactor);
    }
    this.safetyFactor = safetyFactor;
  }

  @Override
  public long estimateInputTokens(ModelRequest request, String model) {
    Object given = request.metadata().get(ESTIMATE_METADATA_KEY);
    if (given instanceof Number) {
      return Math.max(0, ((Number) given).longValue());
    }
    ModelEncoding last = lastModel;
    boolean o;
    if (last != null && java.util.Objects.equals(last.model, model)) {
      o = last.o200k;
    } else {
      o = usesO200k(model);
      lastModel = new ModelEncoding(model, o);
    }
    Encoding enc = o ? O200k.ENCODING : Cl100k.ENCODING;
    Cache<String, Integer> cache = o ? o200kCounts : cl100kCounts;
    long n = PRIMING;
    for (ChatMessage m : request.messages()) {
      n += PER_MESSAGE + count(enc, cache, m);
    }
    Cache<ToolSpec, Integer> toolCache = o ? o200kToolCounts : cl100kToolCounts;
    for (ToolSpec t : request.tools()) {
      n += toolCache.get(t, k -> 8 + enc.countTokensOrdinary(k.name())
          + (k.description() == null ? 0 : enc.countTokensOrdinary(k.description()))
          + (k.parametersSchema() == null ? 0 : enc.countTokensOrdinary(k.parametersSchema())));
    }
    return safetyFactor == 1.0 ? n : (long) Math.ceil(n * safetyFactor);
  }

  /** Counts the text with the model's tokenizer (uncached: a partial answer is seen once). */
  @Override
  public long estimateOutputTokens(String text, String model) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    Encoding enc = usesO200k(model) ? O200k.ENCODING : Cl100k.ENCODING;
    long n = enc.countTokensOrdinary(text);
    return safetyFactor == 1.0 ? n : (long) Math.ceil(n * safetyFactor);
  }

  /**
   * By value, not by identity: adapters rebuild equal messages for every call, and hashing a
   * text (strings cache their hash) costs far less than tokenising it again.
   */
  private static Cache<String, Integer> textCache() {
    return Caffeine.newBuilder()
        .executor(Runnable::run)
        .maximumWeight(CACHED_CHARS)
        .weigher((String text, Integer count) -> 32 + text.length())
        .build();
  }

  private static int count(Encoding enc, Cache<String, Integer> cache, ChatMessage m) {
    int n = count(enc, cache, m.text());
    if (m instanceof AssistantMessage) {
      for (ToolCall c : ((AssistantMessage) m).toolCalls()) {
        n += 3 + count(enc, cache, c.name()) + count(enc, cache, c.arguments());
      }
    } else if (m instanceof ToolResultMessage) {
      n += count(enc, cache, ((ToolResultMessage) m).toolName());
    }
    return n;
  }

  private static int count(Encoding enc, Cache<String, Integer> cache, String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    return cache.get(text, enc::countTokensOrdinary);
  }

  static boolean usesO200k(String model) {
    if (model == null) {
      return false;
    }
    String m = model.toLowerCase(Locale.ROOT);
    int slash = m.lastIndexOf('/');
    if (slash >= 0) {
      m = m.substring(slash + 1);
    }
    return m.startsWith("gpt-4o")
        || m.startsWith("gpt-4.1")
        || m.startsWith("gpt-5")
        || m.startsWith("chatgpt-4o")
        || m.startsWith("o1")
        || m.startsWith("o3")
        || m.startsWith("o4");
  }
}
