package dev.agentruntime.eval;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.model.ChatMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One scenario: an input (or a multi-turn script), optional session state (a session id and
 * earlier conversation), the assertions its run must satisfy, and tags. Immutable; build with
 * {@link #builder(String)}, or load many from a file with {@link Dataset}.
 */
public final class EvalCase {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

  private final String id;
  private final @Nullable String description;
  private final List<String> turns;
  private final @Nullable String sessionId;
  private final List<ChatMessage> history;
  private final Set<String> tags;
  private final Map<String, String> metadata;
  private final List<Assertion> assertions;

  private EvalCase(Builder b) {
    this.id = b.id;
    this.description = b.description;
    this.turns = List.copyOf(b.turns);
    this.sessionId = b.sessionId;
    this.history = List.copyOf(b.history);
    this.tags = Collections.unmodifiableSet(new LinkedHashSet<>(b.tags));
    this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.assertions = List.copyOf(b.assertions);
  }

  /**
   * @param id unique within a dataset: letters, digits, {@code _ . : -}, up to 128 characters
   * @return a builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** @return the id */
  public String id() {
    return id;
  }

  /** @return a human description, or null */
  public @Nullable String description() {
    return description;
  }

  /** @return the user's turns, in order (one for a single-turn case) */
  public List<String> turns() {
    return turns;
  }

  /** @return the first (for single-turn cases: the only) input */
  public String input() {
    return turns.get(0);
  }

  /** @return the session id runs use, or null for one per run */
  public @Nullable String sessionId() {
    return sessionId;
  }

  /** @return earlier conversation put before the first turn */
  public List<ChatMessage> history() {
    return history;
  }

  /** @return tags (for filtering and for reports) */
  public Set<String> tags() {
    return tags;
  }

  /** @return free-form metadata, passed to runs as tags */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** @return what every run of this case must satisfy */
  public List<Assertion> assertions() {
    return assertions;
  }

  @Override
  public String toString() {
    return "EvalCase[" + id + "]";
  }

  /** Builder for {@link EvalCase}; validated at {@link #build()}. */
  public static final class Builder {
    private final String id;
    private @Nullable String description;
    private final List<String> turns = new ArrayList<>();
    private @Nullable String sessionId;
    private final List<ChatMessage> history = new ArrayList<>();
    private final Set<String> tags = new LinkedHashSet<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<Assertion> assertions = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    /**
     * @param value a human description, or null for none
     * @return this
     */
    public Builder description(@Nullable String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets the single input (replacing any turns).
     *
     * @param value the input
     * @return this
     */
    public Builder input(String value) {
      turns.clear();
      turns.add(value);
      return this;
    }

    /**
     * Appends a user turn (a multi-turn script).
     *
     * @param value the turn
     * @return this
     */
    public Builder turn(String value) {
      turns.add(value);
      return this;
    }

    /**
     * @param value the session every run of the case uses, or null for one per run
     * @return this
     */
    public Builder sessionId(@Nullable String value) {
      this.sessionId = value;
      return this;
    }

    /**
     * @param messages earlier conversation
     * @return this
     */
    public Builder history(List<? extends ChatMessage> messages) {
      history.clear();
      history.addAll(messages);
      return this;
    }

    /**
     * @param values tags
     * @return this
     */
    public Builder tags(String... values) {
      tags.addAll(List.of(values));
      return this;
    }

    /**
     * @param key metadata key
     * @param value metadata value
     * @return this
     */
    public Builder metadata(String key, String value) {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("metadata key must not be null or blank");
      }
      if (value == null) {
        throw new IllegalArgumentException("metadata '" + key + "' has no value (null)");
      }
      metadata.put(key, value);
      return this;
    }

    /**
     * @param values assertions every run must satisfy
     * @return this
     */
    public Builder expect(Assertion... values) {
      assertions.addAll(List.of(values));
      return this;
    }

    /**
     * @param values assertions every run must satisfy
     * @return this
     */
    public Builder expect(List<? extends Assertion> values) {
      assertions.addAll(values);
      return this;
    }

    /**
     * @return the case
     * @throws IllegalArgumentException naming what is wrong
     */
    public EvalCase build() {
      if (id == null || !ID.matcher(id).matches()) {
        throw new IllegalArgumentException("case id '" + id
            + "' must be 1-128 letters, digits, '_', '.', ':' or '-' (starting with a letter or digit)");
      }
      if (turns.isEmpty()) {
        throw new IllegalArgumentException("case '" + id + "' has no input");
      }
      for (int i = 0; i < turns.size(); i++) {
        if (turns.get(i) == null || turns.get(i).isBlank()) {
          throw new IllegalArgumentException("case '" + id + "': turn " + (i + 1) + " is blank");
        }
      }
      if (sessionId != null && sessionId.isBlank()) {
        throw new IllegalArgumentException("case '" + id + "': sessionId must not be blank when set");
      }
      history.forEach(m -> Objects.requireNonNull(m, "case '" + id + "': history message"));
      tags.forEach(t -> {
        if (t == null || t.isBlank()) {
          throw new IllegalArgumentException("case '" + id + "': blank tag");
        }
      });
      assertions.forEach(a -> Objects.requireNonNull(a, "case '" + id + "': assertion"));
      return new EvalCase(this);
    }
  }
}
