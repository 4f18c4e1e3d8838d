package dev.agentruntime.core.tool;

import dev.agentruntime.core.model.ToolSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * The tools a runtime offers, with a kill switch per tool: {@link #disable(String, String)} takes
 * a misbehaving tool away from every run at once (the model no longer sees it; a call already
 * requested gets a clear error), {@link #enable(String)} brings it back. Thread-safe.
 */
public final class ToolRegistry {

  private record Entry(Tool tool, String disabledReason) {}

  private final ConcurrentMap<String, Entry> tools = new ConcurrentHashMap<>();

  /** Creates an empty registry. */
  public ToolRegistry() {}

  /**
   * @param all tools to register
   * @return a registry holding them
   */
  public static ToolRegistry of(Collection<? extends Tool> all) {
    ToolRegistry r = new ToolRegistry();
    all.forEach(r::register);
    return r;
  }

  /**
   * @param tool the tool to add
   * @return this
   * @throws IllegalArgumentException when a tool of the same name is registered
   */
  public ToolRegistry register(Tool tool) {
    Objects.requireNonNull(tool, "tool");
    ToolSpec spec = Objects.requireNonNull(tool.spec(), "tool.spec()");
    if (tools.putIfAbsent(spec.name(), new Entry(tool, null)) != null) {
      throw new IllegalArgumentException("a tool named '" + spec.name() + "' is already registered");
    }
    return this;
  }

  /**
   * @param name the tool to remove
   * @return whether it was registered
   */
  public boolean unregister(String name) {
    return tools.remove(name) != null;
  }

  /**
   * Takes a tool away from every run until {@link #enable(String)}.
   *
   * @param name the tool
   * @param reason why (told to the model if it still calls the tool)
   * @throws IllegalArgumentException when no such tool is registered
   */
  public void disable(String name, String reason) {
    Entry e =
        tools.computeIfPresent(
            name, (k, v) -> new Entry(v.tool(), reason == null || reason.isBlank() ? "disabled" : reason));
    if (e == null) {
      throw new IllegalArgumentException("no tool named '" + name + "' is registered");
    }
  }

  /**
   * @param name the tool to bring back
   * @throws IllegalArgumentException when no such tool is registered
   */
  public void enable(String name) {
    if (tools.computeIfPresent(name, (k, v) -> new Entry(v.tool(), null)) == null) {
      throw new IllegalArgumentException("no tool named '" + name + "' is registered");
    }
  }

  /**
   * @param name a tool name
   * @return whether it is registered and enabled
   */
  public boolean isEnabled(String name) {
    Entry e = tools.get(name);
    return e != null && e.disabledReason() == null;
  }

  /**
   * @param name a tool name
   * @return the reason it is disabled, if it is registered and disabled
   */
  public Optional<String> disabledReason(String name) {
    Entry e = tools.get(name);
    return e == null ? Optional.empty() : Optional.ofNullable(e.disabledReason());
  }

  /**
   * @param name a tool name
   * @return the tool, enabled or not
   */
  public Optional<Tool> find(String name) {
    Entry e = tools.get(name);
    return e == null ? Optional.empty() : Optional.of(e.tool());
  }

  /** @return the specs of the enabled tools, sorted by name (stable prompts cache better) */
  public List<ToolSpec> enabledSpecs() {
    List<ToolSpec> specs = new ArrayList<>();
    tools.values().forEach(e -> {
      if (e.disabledReason() == null) {
        specs.add(e.tool().spec());
      }
    });
    specs.sort((a, b) -> a.name().compareTo(b.name()));
    return specs;
  }

  /** @return the names of every registered tool */
  public Set<String> names() {
    return tools.keySet().stream().collect(Collectors.toUnmodifiableSet());
  }

  /** @return whether no tool is registered */
  public boolean isEmpty() {
    return tools.isEmpty();
  }
}
