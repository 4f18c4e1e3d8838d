package dev.agentruntime.langchain4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a LangChain4j {@code @Tool} method that changes the world (creates a ticket, sends an
 * e-mail, charges a card). agent-runtime then runs it at most once per idempotency key: a retried
 * call returns the stored result instead of acting twice. See
 * {@link dev.agentruntime.core.tool.Tool#sideEffecting()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SideEffecting {}
