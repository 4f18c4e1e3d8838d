/**
 * LangChain4j adapters, both ways.
 *
 * <ul>
 *   <li>LangChain4j models as agent-runtime model clients: {@link
 *       dev.agentruntime.langchain4j.LangChain4jModelClient}, with {@link
 *       dev.agentruntime.langchain4j.LangChain4jMapper} converting values and {@link
 *       dev.agentruntime.langchain4j.LangChain4jErrors} classifying failures.
 *   <li>{@code @Tool} objects and tool specifications as agent-runtime tools: {@link
 *       dev.agentruntime.langchain4j.LangChain4jTools}.
 *   <li>The other way round, an existing {@code AiServices} agent run through the runtime's chain
 *       by wrapping only its model and tools: {@link
 *       dev.agentruntime.langchain4j.LangChain4jRuntime}.
 * </ul>
 */
@NullMarked
package dev.agentruntime.langchain4j;

import org.jspecify.annotations.NullMarked;
