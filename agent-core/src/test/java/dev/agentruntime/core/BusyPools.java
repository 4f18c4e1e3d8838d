package dev.agentruntime.core;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Executors with no queue and one thread held busy: the runtime's work is rejected or dropped. */
final class BusyPools {
  private BusyPools() {}

  /**
   * @param threads the pool's threads, none queued
   * @param whenFull what the pool does with work when every thread is busy
   * @param hold the latch the held thread waits on (count it down, and shut the pool down, at the end)
   * @return the pool, one of whose threads is held until {@code hold} is counted down
   */
  static ThreadPoolExecutor oneThreadHeld(int threads, RejectedExecutionHandler whenFull, CountDownLatch hold) {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new SynchronousQueue<>(),
        whenFull);
    pool.execute(() -> {
      try {
        hold.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    return pool;
  }
}
