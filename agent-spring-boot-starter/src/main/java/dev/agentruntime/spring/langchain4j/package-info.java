/** LangChain4j {@code ChatModel} and {@code StreamingChatModel} beans decorated with the application's agent runtime. */
package dev.agentruntime.spring.langchain4j;
