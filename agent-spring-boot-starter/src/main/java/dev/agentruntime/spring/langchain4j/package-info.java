/** LangChain4j {@code ChatModel} and {@code StreamingChatModel} beans decorated with the application's agent runtime. */
@NullMarked
package dev.agentruntime.spring.langchain4j;

import org.jspecify.annotations.NullMarked;
