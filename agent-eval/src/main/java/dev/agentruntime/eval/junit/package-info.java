/**
 * JUnit 5: {@link dev.agentruntime.eval.junit.EvalTests} turns an eval into dynamic tests — one
 * per case and repeat — so Surefire's XML and every IDE show evals like tests.
 */
@NullMarked
package dev.agentruntime.eval.junit;

import org.jspecify.annotations.NullMarked;
