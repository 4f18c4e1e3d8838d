/**
 * An OpenAI-compatible chat-completions server for tests
 * ({@link dev.agentruntime.testing.openai.OpenAiMockServer}): scripted answers, tool calls and
 * streams, and the faults real providers produce (429 with Retry-After, 500, truncated streams,
 * reset connections).
 */
@NullMarked
package dev.agentruntime.testing.openai;

import org.jspecify.annotations.NullMarked;
