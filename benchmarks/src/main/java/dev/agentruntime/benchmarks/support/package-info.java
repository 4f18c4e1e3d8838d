/** Helpers shared by the benchmarks. */
package dev.agentruntime.benchmarks.support;
