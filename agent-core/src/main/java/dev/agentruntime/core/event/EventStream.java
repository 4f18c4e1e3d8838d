package dev.agentruntime.core.event;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.RunHandle;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The events of one run, consumable while the run goes on: iterate it (blocking until the next
 * event) and the iteration ends after {@link RunCompleted} or {@link RunFailed}. No event is
 * dropped: the buffer is unbounded. When the iteration ends, {@link #result()} is complete.
 * Closing the stream cancels the run if it is still going.
 *
 * <pre>{@code
 * try (EventStream events = runtime.stream("Where is my order 42?")) {
 *   for (AgentEvent e : events) {
 *     if (e instanceof TextDelta d) System.out.print(d.text());
 *   }
 *   AgentResult result = events.result().join();
 * }
 * }</pre>
 */
public final class EventStream implements Iterable<AgentEvent>, AutoCloseable {
  private final BlockingQueue<AgentEvent> queue = new LinkedBlockingQueue<>();
  private volatile RunHandle handle;
  private boolean iterated;

  /** Creates a stream; the runtime attaches it to a run. */
  public EventStream() {}

  /** @return the listener that feeds this stream */
  public AgentEventListener listener() {
    return queue::add;
  }

  /**
   * Attaches the run whose events this stream carries. Called by the runtime.
   *
   * @param runHandle the run
   */
  public void attach(RunHandle runHandle) {
    this.handle = runHandle;
  }

  /** @return the run's handle (cancel it, await its result) */
  public RunHandle handle() {
    return handle;
  }

  /** @return the run's result, completing when the run ends */
  public CompletableFuture<AgentResult> result() {
    return handle.result();
  }

  @Override
  public synchronized Iterator<AgentEvent> iterator() {
    if (iterated) {
      throw new IllegalStateException("an EventStream can be iterated only once");
    }
    iterated = true;
    return new Iterator<>() {
      private AgentEvent next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (done) {
          return false;
        }
        if (next == null) {
          try {
            next = queue.take();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done = true;
            return false;
          }
        }
        return true;
      }

      @Override
      public AgentEvent next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        AgentEvent e = next;
        next = null;
        if (e instanceof RunCompleted || e instanceof RunFailed) {
          done = true;
          RunHandle h = handle;
          if (h != null) {
            // the terminal event is emitted just before the result completes: make the result
            // ready when the iteration ends
            h.result().handle((r, t) -> null).join();
          }
        }
        return e;
      }
    };
  }

  @Override
  public void close() {
    RunHandle h = handle;
    if (h != null) {
      h.cancel("event stream closed"); // does nothing when the run has ended
    }
  }
}
