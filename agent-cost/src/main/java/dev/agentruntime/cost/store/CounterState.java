package dev.agentruntime.cost.store;

/**
 * What a spending counter holds in one window.
 *
 * @param window the window label ({@code 2026-03-10}, {@code 2026-03} or {@code total})
 * @param usedNanos settled spending in nano-dollars
 * @param reservedNanos reservations neither settled nor expired, in nano-dollars
 */
public record CounterState(String window, long usedNanos, long reservedNanos) {}
