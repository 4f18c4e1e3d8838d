/** The agent HTTP API's overhead per run, and how many concurrent SSE streams one instance holds. */
package dev.agentruntime.benchmarks.serving;
