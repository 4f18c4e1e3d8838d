package dev.agentruntime.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import java.util.List;

/**
 * Every OpenTelemetry GenAI semantic-convention name this module emits, in one place, as of
 * semantic conventions v1.41. The conventions are still in development and the Java incubating
 * artifact deprecates most of these keys, so we keep our own copy of the strings we emit.
 *
 * <p>Runtime facts the conventions do not cover live in {@link RuntimeAttributes}.
 */
public final class GenAiAttributes {
  private GenAiAttributes() {}

  /** The version of the conventions these names follow. */
  public static final String SEMCONV_VERSION = "1.41.1";

  // ------------------------------------------------------------------ attributes

  /** {@code gen_ai.operation.name}: chat, invoke_agent, execute_tool. */
  public static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("gen_ai.operation.name");
  /** {@code gen_ai.provider.name} (latest conventions). */
  public static final AttributeKey<String> PROVIDER_NAME = AttributeKey.stringKey("gen_ai.provider.name");
  /** {@code gen_ai.system}: the legacy (before v1.37) name of the provider attribute. */
  public static final AttributeKey<String> LEGACY_SYSTEM = AttributeKey.stringKey("gen_ai.system");
  /** {@code gen_ai.request.model}. */
  public static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");
  /** {@code gen_ai.request.temperature}. */
  public static final AttributeKey<Double> REQUEST_TEMPERATURE = AttributeKey.doubleKey("gen_ai.request.temperature");
  /** {@code gen_ai.request.max_tokens}. */
  public static final AttributeKey<Long> REQUEST_MAX_TOKENS = AttributeKey.longKey("gen_ai.request.max_tokens");
  /**
   * {@code gen_ai.request.stream}: {@code true} on the chat span of a streamed call, absent otherwise
   * (the semantic conventions read an absent attribute as a call that did not stream).
   */
  public static final AttributeKey<Boolean> REQUEST_STREAM = AttributeKey.booleanKey("gen_ai.request.stream");
  /** {@code gen_ai.response.model}. */
  public static final AttributeKey<String> RESPONSE_MODEL = AttributeKey.stringKey("gen_ai.response.model");
  /** {@code gen_ai.response.id}. */
  public static final AttributeKey<String> RESPONSE_ID = AttributeKey.stringKey("gen_ai.response.id");
  /** {@code gen_ai.response.finish_reasons}. */
  public static final AttributeKey<List<String>> RESPONSE_FINISH_REASONS =
      AttributeKey.stringArrayKey("gen_ai.response.finish_reasons");
  /**
   * {@code gen_ai.response.time_to_first_chunk}: seconds from sending a streamed request to the
   * first chunk of the answer (chat span of a streamed call; the attempt that answered).
   */
  public static final AttributeKey<Double> RESPONSE_TIME_TO_FIRST_CHUNK =
      AttributeKey.doubleKey("gen_ai.response.time_to_first_chunk");
  /** {@code gen_ai.usage.input_tokens} (includes cached tokens). */
  public static final AttributeKey<Long> USAGE_INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");
  /** {@code gen_ai.usage.output_tokens} (includes reasoning tokens). */
  public static final AttributeKey<Long> USAGE_OUTPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");
  /** {@code gen_ai.usage.cache_read.input_tokens}. */
  public static final AttributeKey<Long> USAGE_CACHE_READ_INPUT_TOKENS =
      AttributeKey.longKey("gen_ai.usage.cache_read.input_tokens");
  /** {@code gen_ai.usage.cache_creation.input_tokens}. */
  public static final AttributeKey<Long> USAGE_CACHE_CREATION_INPUT_TOKENS =
      AttributeKey.longKey("gen_ai.usage.cache_creation.input_tokens");
  /** {@code gen_ai.usage.reasoning.output_tokens}. */
  public static final AttributeKey<Long> USAGE_REASONING_OUTPUT_TOKENS =
      AttributeKey.longKey("gen_ai.usage.reasoning.output_tokens");
  /** {@code gen_ai.agent.name}. */
  public static final AttributeKey<String> AGENT_NAME = AttributeKey.stringKey("gen_ai.agent.name");
  /** {@code gen_ai.conversation.id}: the run's session. */
  public static final AttributeKey<String> CONVERSATION_ID = AttributeKey.stringKey("gen_ai.conversation.id");
  /** {@code gen_ai.tool.name}. */
  public static final AttributeKey<String> TOOL_NAME = AttributeKey.stringKey("gen_ai.tool.name");
  /** {@code gen_ai.tool.call.id}. */
  public static final AttributeKey<String> TOOL_CALL_ID = AttributeKey.stringKey("gen_ai.tool.call.id");
  /** {@code gen_ai.tool.description}. */
  public static final AttributeKey<String> TOOL_DESCRIPTION = AttributeKey.stringKey("gen_ai.tool.description");
  /** {@code gen_ai.tool.type}: always {@code function} for runtime tools. */
  public static final AttributeKey<String> TOOL_TYPE = AttributeKey.stringKey("gen_ai.tool.type");
  /** {@code gen_ai.tool.call.arguments} (opt-in content). */
  public static final AttributeKey<String> TOOL_CALL_ARGUMENTS = AttributeKey.stringKey("gen_ai.tool.call.arguments");
  /** {@code gen_ai.tool.call.result} (opt-in content). */
  public static final AttributeKey<String> TOOL_CALL_RESULT = AttributeKey.stringKey("gen_ai.tool.call.result");
  /** {@code gen_ai.input.messages} (opt-in content, JSON). */
  public static final AttributeKey<String> INPUT_MESSAGES = AttributeKey.stringKey("gen_ai.input.messages");
  /** {@code gen_ai.output.messages} (opt-in content, JSON). */
  public static final AttributeKey<String> OUTPUT_MESSAGES = AttributeKey.stringKey("gen_ai.output.messages");
  /** {@code gen_ai.system_instructions} (opt-in content, JSON). */
  public static final AttributeKey<String> SYSTEM_INSTRUCTIONS = AttributeKey.stringKey("gen_ai.system_instructions");
  /** {@code gen_ai.token.type} on the token-usage metric: {@code input} or {@code output}. */
  public static final AttributeKey<String> TOKEN_TYPE = AttributeKey.stringKey("gen_ai.token.type");
  /** {@code server.address}. */
  public static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  /** {@code server.port}. */
  public static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  /** {@code error.type}: HTTP status of a model failure, else the exception's class name. */
  public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  // ------------------------------------------------------------------ values

  /** {@code gen_ai.operation.name} of a model call. */
  public static final String OPERATION_CHAT = "chat";
  /** {@code gen_ai.operation.name} of a run. */
  public static final String OPERATION_INVOKE_AGENT = "invoke_agent";
  /** {@code gen_ai.operation.name} of a tool call. */
  public static final String OPERATION_EXECUTE_TOOL = "execute_tool";
  /** {@code gen_ai.token.type} for input tokens. */
  public static final String TOKEN_TYPE_INPUT = "input";
  /** {@code gen_ai.token.type} for output tokens. */
  public static final String TOKEN_TYPE_OUTPUT = "output";

  /** Name of the log-based event carrying opt-in message content ("events" capture mode). */
  public static final String EVENT_INFERENCE_DETAILS = "gen_ai.client.inference.operation.details";

  // ------------------------------------------------------------------ metrics

  /**
   * {@code gen_ai.client.token.usage}: histogram of tokens by {@code gen_ai.token.type}. The next
   * conventions release replaces it with counters; change it here.
   */
  public static final String METRIC_TOKEN_USAGE = "gen_ai.client.token.usage";
  /** Unit of {@link #METRIC_TOKEN_USAGE}. */
  public static final String UNIT_TOKEN = "{token}";
  /** {@code gen_ai.client.operation.duration}: histogram in seconds. */
  public static final String METRIC_OPERATION_DURATION = "gen_ai.client.operation.duration";
  /**
   * {@code gen_ai.client.operation.time_to_first_chunk}: histogram in seconds, from sending a
   * streamed request to its first chunk, per attempt that reached the provider; streamed calls
   * only. (The conventions' {@code gen_ai.server.time_to_first_token} is the model server's own
   * metric, not a client's.)
   */
  public static final String METRIC_TIME_TO_FIRST_CHUNK = "gen_ai.client.operation.time_to_first_chunk";
  /** Unit of {@link #METRIC_OPERATION_DURATION}. */
  public static final String UNIT_SECONDS = "s";

  /** Bucket boundaries the conventions recommend for {@link #METRIC_TOKEN_USAGE}: 1, 4, 16, ... 67108864. */
  public static final List<Long> TOKEN_USAGE_BUCKETS =
      List.of(1L, 4L, 16L, 64L, 256L, 1024L, 4096L, 16384L, 65536L, 262144L, 1048576L, 4194304L,
          16777216L, 67108864L);

  /** Bucket boundaries the conventions recommend for {@link #METRIC_OPERATION_DURATION}: 0.01 ... 81.92 s. */
  public static final List<Double> OPERATION_DURATION_BUCKETS =
      List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92);

  /** Bucket boundaries for {@link #METRIC_TIME_TO_FIRST_CHUNK} (the conventions' time-to-first-token buckets): 0.001 ... 10 s. */
  public static final List<Double> TIME_TO_FIRST_CHUNK_BUCKETS =
      List.of(0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);
}
