package dev.agentruntime.cost.pricing;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.agentruntime.core.context.ModelLimits;
import dev.agentruntime.core.context.ModelLimitsSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Prices of models, looked up by model id. Immutable and thread-safe; build one with
 * {@link #builder()} or take the {@linkplain #bundled() bundled catalog}.
 *
 * <p>Look-ups are forgiving the way model ids are written in practice: case is ignored, a
 * provider prefix ({@code openai/gpt-4o}, {@code models/gemini-2.5-pro},
 * {@code anthropic.claude-...}) is dropped, and dated or versioned snapshots resolve to their base
 * model ({@code gpt-4o-2024-08-06} → {@code gpt-4o}, {@code claude-sonnet-4-20250514} →
 * {@code claude-sonnet-4}, {@code mistral-large-2411} → {@code mistral-large},
 * {@code gemini-1.5-pro-002} → {@code gemini-1.5-pro}, {@code ...-latest}, {@code ...@20241022},
 * {@code ...-v1:0}) unless the snapshot has a price of its own.
 *
 * <p>Two file formats are read: this library's own (the bundled resource's; USD per million
 * tokens, see {@link Builder#loadJson(InputStream, String)}) and LiteLLM's
 * {@code model_prices_and_context_window.json} (USD per token, see
 * {@link Builder#loadLiteLlm(InputStream, String)}).
 *
 * <p>Entries may also carry the model's {@link ModelLimits} (context window and maximum output):
 * the catalog is a {@link ModelLimitsSource}, so a context policy can size itself by model id:
 * {@code TokenWindowPolicy.builder().model("gpt-4o-mini", PricingCatalog.bundled())}.
 */
public final class PricingCatalog implements ModelLimitsSource {

  /** Class-path location of the bundled catalog. */
  public static final String BUNDLED_RESOURCE = "/dev/agentruntime/cost/pricing/catalog.json";

  /**
   * Jackson's data binding, for LiteLLM's file only: the bundled catalog and files in our format are
   * read with the streaming parser ({@link OwnFormat}), so a cost tracker's first run does not load
   * and initialise the data-binding classes (cold start).
   */
  private static final class LiteLlmJson {
    static final ObjectMapper JSON =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  private static final Pattern[] SUFFIXES = {
    Pattern.compile("@.*$"),
    Pattern.compile("-v\\d+(:\\d+)?$"),
    Pattern.compile("-\\d{4}-\\d{2}-\\d{2}$"),
    Pattern.compile("-\\d{8}$"),
    Pattern.compile("-latest$"),
    Pattern.compile("-\\d{4}$"),
    Pattern.compile("-\\d{3}$"),
    Pattern.compile("-preview-\\d{2}-\\d{2}$"),
    Pattern.compile("-exp-\\d{2}-\\d{2}$"),
  };

  private static final class BundledHolder {
    static final PricingCatalog INSTANCE = builder().includeBundled().build();
  }

  private final Map<String, ModelPrice> byId;
  private final Map<String, List<ModelPrice>> index;
  private final Cache<String, Optional<ModelPrice>> resolved =
      Caffeine.newBuilder().maximumSize(10_000).build();

  private PricingCatalog(Map<String, ModelPrice> byId) {
    this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    // rank 0: exact id, 1: alias, 2: id without provider prefix; later entries win within a rank
    Map<String, List<ModelPrice>> idx = new HashMap<>();
    List<ModelPrice> all = new ArrayList<>(byId.values());
    Collections.reverse(all);
    for (int rank = 0; rank < 3; rank++) {
      for (ModelPrice p : all) {
        for (String name : names(p, rank)) {
          idx.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
        }
      }
    }
    idx.replaceAll((k, v) -> List.copyOf(v));
    this.index = idx;
  }

  private static List<String> names(ModelPrice p, int rank) {
    switch (rank) {
      case 0:
        return List.of(norm(p.model()));
      case 1:
        List<String> a = new ArrayList<>();
        p.aliases().forEach(x -> a.add(norm(x)));
        return a;
      default:
        String id = norm(p.model());
        int slash = id.lastIndexOf('/');
        return slash >= 0 ? List.of(id.substring(slash + 1)) : List.of();
    }
  }

  private static String norm(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }

  /** @return a builder for an empty catalog (add {@link Builder#includeBundled()} for ours) */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The catalog bundled with the library: current OpenAI, Anthropic, Google Gemini, Mistral and
   * DeepSeek models, each with the date its prices were taken and their source.
   *
   * @return the bundled catalog (one shared immutable instance)
   */
  public static PricingCatalog bundled() {
    return BundledHolder.INSTANCE;
  }

  /** @return every price, by canonical id, in the order added */
  public Collection<ModelPrice> prices() {
    return byId.values();
  }

  /** @return how many models have a price */
  public int size() {
    return byId.size();
  }

  /**
   * The model's context window and maximum output, looked up like {@link #find(String)} (dated
   * snapshots and provider prefixes resolve to their base model).
   *
   * @param model a model id
   * @return its limits, or empty when the catalog does not know the model or has no limits for it
   */
  @Override
  public Optional<ModelLimits> limits(String model) {
    return find(model).map(ModelPrice::limits);
  }

  @Override
  public String toString() {
    return "PricingCatalog(" + byId.size() + " models)";
  }

  /**
   * @param model a model id as a request or response names it
   * @return its price, if the catalog knows the model
   */
  public Optional<ModelPrice> find(String model) {
    return find(null, model);
  }

  /**
   * @param provider the provider the call goes to (prefers that provider's price when several
   *     providers sell a model under one name), or null
   * @param model a model id as a request or response names it
   * @return its price, if the catalog knows the model
   */
  public Optional<ModelPrice> find(@Nullable String provider, String model) {
    if (model == null || model.isBlank()) {
      return Optional.empty();
    }
    String key = provider == null ? model : provider + '\u0000' + model;
    return resolved.get(key, k -> resolve(provider, model));
  }

  private Optional<ModelPrice> resolve(String provider, String model) {
    String name = norm(model);
    ModelPrice hit = lookup(provider, name);
    if (hit != null) {
      return Optional.of(hit);
    }
    List<String> candidates = new ArrayList<>();
    int slash = name.lastIndexOf('/');
    if (slash >= 0) {
      candidates.add(name.substring(slash + 1));
    }
    // Bedrock-style ids: anthropic.claude-..., us.anthropic.claude-...
    int dot = name.lastIndexOf('.', name.indexOf('-') < 0 ? name.length() : name.indexOf('-'));
    if (dot >= 0 && dot < name.length() - 1 && !Character.isDigit(name.charAt(dot + 1))) {
      candidates.add(name.substring(dot + 1));
    }
    candidates.add(name);
    for (String c : candidates) {
      String cur = c;
      boolean changed = true;
      while (changed) {
        hit = lookup(provider, cur);
        if (hit != null) {
          return Optional.of(hit);
        }
        changed = false;
        for (Pattern p : SUFFIXES) {
          String next = p.matcher(cur).replaceFirst("");
          if (!next.equals(cur) && !next.isEmpty()) {
            cur = next;
            changed = true;
            break;
          }
        }
      }
    }
    return Optional.empty();
  }

  private ModelPrice lookup(String provider, String name) {
    List<ModelPrice> c = index.get(name);
    if (c == null) {
      return null;
    }
    if (provider != null) {
      for (ModelPrice p : c) {
        if (p.provider().equalsIgnoreCase(provider)) {
          return p;
        }
      }
    }
    return c.get(0);
  }

  /**
   * Maps a LiteLLM {@code litellm_provider} to the provider name of the OpenTelemetry GenAI
   * conventions.
   *
   * @param litellmProvider LiteLLM's provider name
   * @return the conventions' name (or the input when there is no mapping)
   */
  public static String providerFromLiteLlm(String litellmProvider) {
    if (litellmProvider == null) {
      return "unknown";
    }
    String p = litellmProvider.toLowerCase(Locale.ROOT);
    if (p.equals("gemini")) {
      return "gcp.gemini";
    }
    if (p.startsWith("vertex_ai")) {
      return "gcp.vertex_ai";
    }
    if (p.equals("mistral")) {
      return "mistral_ai";
    }
    if (p.equals("bedrock") || p.equals("bedrock_converse")) {
      return "aws.bedrock";
    }
    if (p.equals("azure") || p.equals("azure_ai")) {
      return "azure.ai.openai";
    }
    if (p.equals("text-completion-openai")) {
      return "openai";
    }
    return p;
  }

  /** Builder for {@link PricingCatalog}. A price added later replaces an earlier one of the same id. */
  public static final class Builder {
    private final Map<String, ModelPrice> byId = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds (or replaces, by model id) one price.
     *
     * @param price the price
     * @return this
     */
    public Builder add(ModelPrice price) {
      Objects.requireNonNull(price, "price");
      String id = norm(price.model());
      byId.remove(id); // keep the later one last so it wins ties
      byId.put(id, price);
      return this;
    }

    /**
     * @param catalog prices to add (replacing same ids)
     * @return this
     */
    public Builder addAll(PricingCatalog catalog) {
      Objects.requireNonNull(catalog, "catalog").prices().forEach(this::add);
      return this;
    }

    /** @return this, with the bundled catalog's prices added */
    public Builder includeBundled() {
      try (InputStream in = PricingCatalog.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled pricing catalog missing: " + BUNDLED_RESOURCE);
        }
        return loadJson(in, BUNDLED_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
      }
    }

    /**
     * @param file a catalog in this library's format
     * @return this
     * @see #loadJson(InputStream, String)
     */
    public Builder loadJson(Path file) {
      Objects.requireNonNull(file, "file");
      try (InputStream in = Files.newInputStream(file)) {
        return loadJson(in, file.toString());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read pricing file " + file, e);
      }
    }

    /**
     * Reads prices in this library's format (the bundled catalog's):
     *
     * <pre>{@code
     * {"models": [
     *   {"model": "gpt-4o", "provider": "openai",
     *    "input": 2.50, "output": 10.00, "cached_input": 1.25, "cache_write": null,
     *    "aliases": ["gpt-4o-2024-08-06"], "as_of": "2025-11-20",
     *    "source": "https://openai.com/api/pricing/",
     *    "context_window": 128000, "max_output_tokens": 16384}]}
     * }</pre>
     *
     * Prices are USD per million tokens, numbers or strings, at most 6 decimals. The limits are
     * optional ({@code max_output_tokens} only with {@code context_window}). Top-level
     * {@code as_of} and {@code source} are defaults for entries without their own.
     *
     * @param in the JSON
     * @param name the file's name, for error messages
     * @return this
     * @throws IllegalArgumentException naming the file, the entry and the field when an entry is
     *     malformed (nothing of the file is added then)
     */
    public Builder loadJson(InputStream in, String name) {
      Objects.requireNonNull(in, "in");
      Object root = OwnFormat.read(in, name);
      Object models = OwnFormat.get(root, "models");
      if (!(models instanceof List)) {
        throw new IllegalArgumentException(name + ": expected a top-level \"models\" array");
      }
      String defSource = OwnFormat.text(root, "source");
      LocalDate defAsOf = date(name + " (top level)", OwnFormat.text(root, "as_of"));
      List<ModelPrice> read = new ArrayList<>();
      int i = 0;
      for (Object m : (List<?>) models) {
        String where = name + " models[" + i++ + "]";
        String model = OwnFormat.text(m, "model");
        if (model == null || model.isBlank()) {
          throw new IllegalArgumentException(where + ": \"model\" is required");
        }
        where = where + " (" + model + ")";
        String provider = OwnFormat.text(m, "provider");
        if (provider == null || provider.isBlank()) {
          throw new IllegalArgumentException(where + ": \"provider\" is required");
        }
        List<String> aliases = new ArrayList<>();
        for (Object a : OwnFormat.elements(OwnFormat.get(m, "aliases"))) {
          aliases.add(OwnFormat.asText(a));
        }
        String asOf = OwnFormat.text(m, "as_of");
        String source = OwnFormat.text(m, "source");
        LocalDate entryAsOf = asOf == null ? defAsOf : date(where, asOf);
        try {
          read.add(
              new ModelPrice(
                  model,
                  provider,
                  OwnFormat.decimal(m, "input", true),
                  OwnFormat.decimal(m, "output", true),
                  OwnFormat.decimal(m, "cached_input", false),
                  OwnFormat.decimal(m, "cache_write", false),
                  aliases,
                  entryAsOf,
                  source == null ? defSource : source,
                  OwnFormat.limits(m, "context_window", "max_output_tokens")));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
      }
      read.forEach(this::add);
      return this;
    }

    /**
     * @param file LiteLLM's {@code model_prices_and_context_window.json}
     * @return this
     * @see #loadLiteLlm(InputStream, String)
     */
    public Builder loadLiteLlm(Path file) {
      Objects.requireNonNull(file, "file");
      try (InputStream in = Files.newInputStream(file)) {
        return loadLiteLlm(in, file.toString());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read LiteLLM price file " + file, e);
      }
    }

    /**
     * Reads LiteLLM's {@code model_prices_and_context_window.json}: every entry whose
     * {@code mode} is {@code chat} or {@code responses} (or absent) and that has
     * {@code input_cost_per_token} and {@code output_cost_per_token}. Cache rates come from
     * {@code cache_read_input_token_cost} and {@code cache_creation_input_token_cost}. Per-token
     * figures are converted to per-million prices rounded to whole pico-dollars per token, which
     * removes the noise of LiteLLM's binary floats. The entry's key is the model id (keys with a
     * provider prefix such as {@code gemini/gemini-2.5-pro} also answer to the bare name). The
     * model's limits come from {@code max_input_tokens} (taken as the context window: for models
     * with a separate input limit, such as gpt-5, that is less than the whole window, so budgets
     * sized from it err on the safe side) and {@code max_output_tokens}.
     *
     * @param in the JSON
     * @param name the file's name, for error messages and as the prices' source
     * @return this
     * @throws IllegalArgumentException when the file is not a JSON object or a price is malformed
     */
    public Builder loadLiteLlm(InputStream in, String name) {
      Objects.requireNonNull(in, "in");
      JsonNode root = readTree(in, name);
      if (!root.isObject()) {
        throw new IllegalArgumentException(name + ": expected a JSON object keyed by model id");
      }
      List<ModelPrice> read = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        ModelPrice p = fromLiteLlm(e.getKey(), e.getValue(), name);
        if (p != null) {
          read.add(p);
        }
      }
      read.forEach(this::add);
      return this;
    }

    /**
     * @return the catalog
     */
    public PricingCatalog build() {
      return new PricingCatalog(byId);
    }
  }

  /**
   * Converts one LiteLLM entry.
   *
   * @param key the entry's key (model id)
   * @param v the entry
   * @param source the file name
   * @return the price, or null when the entry is not a priced chat model
   */
  static @Nullable ModelPrice fromLiteLlm(String key, JsonNode v, String source) {
    if (!v.isObject() || key.equals("sample_spec")) {
      return null;
    }
    String mode = text(v, "mode");
    if (mode != null && !mode.equals("chat") && !mode.equals("responses")) {
      return null;
    }
    JsonNode in = v.get("input_cost_per_token");
    JsonNode out = v.get("output_cost_per_token");
    if (in == null || out == null || !in.isNumber() || !out.isNumber()) {
      return null;
    }
    String where = source + " [" + key + "]";
    try {
      return new ModelPrice(
          key,
          providerFromLiteLlm(text(v, "litellm_provider")),
          ModelPrice.perMillionFromPerToken(in.decimalValue()),
          ModelPrice.perMillionFromPerToken(out.decimalValue()),
          perToken(v, "cache_read_input_token_cost"),
          perToken(v, "cache_creation_input_token_cost"),
          List.of(),
          null,
          source,
          limits(v, "max_input_tokens", "max_output_tokens", false));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  /**
   * @param strict fail on malformed limits (our format) rather than leave them out (LiteLLM's,
   *     whose limits are a by-product of the prices read from it)
   */
  private static ModelLimits limits(JsonNode v, String windowField, String outputField, boolean strict) {
    JsonNode w = v.get(windowField);
    if (w == null || w.isNull()) {
      return null;
    }
    JsonNode o = v.get(outputField);
    boolean outOk = o == null || o.isNull() || o.isIntegralNumber() && o.canConvertToLong();
    try {
      if (!w.isIntegralNumber() || !w.canConvertToLong() || !outOk) {
        throw new IllegalArgumentException("\"" + windowField + "\" and \"" + outputField
            + "\" must be whole numbers of tokens, were " + w + " and " + o);
      }
      return new ModelLimits(w.asLong(), o == null || o.isNull() ? 0 : o.asLong());
    } catch (IllegalArgumentException e) {
      if (strict) {
        throw e; // the caller names the file and the entry
      }
      return null;
    }
  }

  private static BigDecimal perToken(JsonNode v, String field) {
    JsonNode n = v.get(field);
    return n == null || !n.isNumber() ? null : ModelPrice.perMillionFromPerToken(n.decimalValue());
  }

  private static JsonNode readTree(InputStream in, String name) {
    try {
      return LiteLlmJson.JSON.readTree(in);
    } catch (IOException e) {
      throw new IllegalArgumentException(name + ": not valid JSON: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** @param where the file, and the entry when there is one */
  private static LocalDate date(String where, String s) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          where + ": \"as_of\" must be an ISO date (2025-11-20), was '" + s + "'", e);
    }
  }

  /**
   * Our catalog format read with Jackson's streaming parser into plain values (maps, lists,
   * strings, booleans, null; numbers as {@link BigDecimal} the way the data binding's
   * {@code USE_BIG_DECIMAL_FOR_FLOATS} tree gives them: decimals without trailing zeros, integers
   * exact), and the accessors {@code loadJson} needs, with the data binding's semantics.
   */
  static final class OwnFormat {
    private static final JsonFactory FACTORY = new JsonFactory();

    private OwnFormat() {}

    /** @return the first JSON value of the stream (null when it is empty or JSON null) */
    static @Nullable Object read(InputStream in, String name) {
      try (JsonParser p = FACTORY.createParser(in)) {
        JsonToken t = p.nextToken();
        return t == null ? null : value(p, t);
      } catch (IOException e) {
        throw new IllegalArgumentException(name + ": not valid JSON: " + e.getMessage(), e);
      }
    }

    private static @Nullable Object value(JsonParser p, JsonToken t) throws IOException {
      switch (t) {
        case START_OBJECT: {
          Map<String, @Nullable Object> map = new LinkedHashMap<>();
          for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            map.put(field, value(p, p.nextToken()));
          }
          return map;
        }
        case START_ARRAY: {
          List<@Nullable Object> list = new ArrayList<>();
          for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            list.add(value(p, e));
          }
          return list;
        }
        case VALUE_STRING:
          return p.getText();
        case VALUE_NUMBER_INT:
          return new BigDecimal(p.getBigIntegerValue());
        case VALUE_NUMBER_FLOAT:
          BigDecimal d = p.getDecimalValue();
          return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        case VALUE_TRUE:
          return Boolean.TRUE;
        case VALUE_FALSE:
          return Boolean.FALSE;
        case VALUE_NULL:
          return null;
        default:
          throw new JsonParseException(p, "Unexpected token " + t);
      }
    }

    /** @return the field of an object, or null when the value is not an object or lacks it */
    static @Nullable Object get(@Nullable Object node, String field) {
      return node instanceof Map<?, ?> m ? m.get(field) : null;
    }

    /** @return an array's elements or an object's values (what iterating a JSON tree node gives) */
    static java.util.Collection<?> elements(@Nullable Object node) {
      if (node instanceof List<?> l) {
        return l;
      }
      if (node instanceof Map<?, ?> m) {
        return m.values();
      }
      return List.of();
    }

    /** @return the value's text as a tree node's {@code asText()} gives it (empty for containers) */
    static String asText(@Nullable Object v) {
      if (v == null) {
        return "null";
      }
      if (v instanceof Map || v instanceof List) {
        return "";
      }
      return v.toString();
    }

    /** @return the field's text, or null when it is absent or JSON null */
    static @Nullable String text(@Nullable Object node, String field) {
      Object v = get(node, field);
      return v == null ? null : asText(v);
    }

    /** @throws IllegalArgumentException naming the field (the caller names the file and the entry) */
    static @Nullable BigDecimal decimal(Object node, String field, boolean required) {
      Object v = get(node, field);
      if (v == null) {
        if (required) {
          throw new IllegalArgumentException("\"" + field + "\" is required");
        }
        return null;
      }
      if (v instanceof BigDecimal d) {
        return d;
      }
      if (v instanceof String s) {
        try {
          return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "\"" + field + "\" is not a number: '" + s + "'", e);
        }
      }
      throw new IllegalArgumentException("\"" + field + "\" must be a number, was " + json(v));
    }

    static @Nullable ModelLimits limits(Object node, String windowField, String outputField) {
      Object w = get(node, windowField);
      if (w == null) {
        return null;
      }
      Object o = get(node, outputField);
      if (!wholeLong(w) || !(o == null || wholeLong(o))) {
        throw new IllegalArgumentException("\"" + windowField + "\" and \"" + outputField
            + "\" must be whole numbers of tokens, were " + json(w) + " and " + json(o));
      }
      return new ModelLimits(((BigDecimal) w).longValueExact(), o == null ? 0 : ((BigDecimal) o).longValueExact());
    }

    /** an integer token (never a decimal, as in the tree) that fits a long */
    private static boolean wholeLong(Object v) {
      if (!(v instanceof BigDecimal d) || d.scale() != 0) {
        return false;
      }
      return d.unscaledValue().bitLength() < 64;
    }

    /** @return the value as JSON text, as a tree node prints itself in messages */
    static String json(@Nullable Object v) {
      StringWriter out = new StringWriter();
      try (JsonGenerator g = FACTORY.createGenerator(out)) {
        write(g, v);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringWriter does not fail
      }
      return out.toString();
    }

    private static void write(JsonGenerator g, @Nullable Object v) throws IOException {
      if (v instanceof Map<?, ?> m) {
        g.writeStartObject();
        for (Map.Entry<?, ?> e : m.entrySet()) {
          g.writeFieldName(String.valueOf(e.getKey()));
          write(g, e.getValue());
        }
        g.writeEndObject();
      } else if (v instanceof List<?> l) {
        g.writeStartArray();
        for (Object e : l) {
          write(g, e);
        }
        g.writeEndArray();
      } else if (v instanceof BigDecimal d) {
        g.writeNumber(d);
      } else if (v instanceof Boolean b) {
        g.writeBoolean(b);
      } else if (v == null) {
        g.writeNull();
      } else {
        g.writeString(v.toString());
      }
    }
  }
}
