package dev.agentruntime.core;

import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.AgentEventListener;
import dev.agentruntime.core.tool.Tool;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** Shared test fixtures. */
final class TestTools {
  private TestTools() {}

  static final String ID_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"}},\"required\":[\"id\"]}";

  static Tool lookupOrder(AtomicInteger calls) {
    return Tool.builder("lookup_order")
        .description("Looks up an order by id")
        .parameters(ID_SCHEMA)
        .handler(inv -> {
          calls.incrementAndGet();
          return "order " + inv.arguments().getLong("id") + " shipped";
        })
        .build();
  }

  static Tool echo() {
    return Tool.builder("echo").description("Echoes its text")
        .parameters("{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"}}}")
        .handler(inv -> inv.arguments().getString("text", ""))
        .build();
  }

  /** Records every event. */
  static final class Recorder implements AgentEventListener {
    final List<AgentEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(AgentEvent event) {
      events.add(event);
    }

    <T extends AgentEvent> List<T> of(Class<T> type) {
      return events.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    List<String> types() {
      return events.stream().map(AgentEvent::type).collect(Collectors.toList());
    }
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
