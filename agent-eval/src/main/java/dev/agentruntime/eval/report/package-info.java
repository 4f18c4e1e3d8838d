/**
 * Reports a person wants to look at: a self-contained HTML report of an eval ({@link
 * dev.agentruntime.eval.report.EvalReport}) or of a single run ({@link
 * dev.agentruntime.eval.report.RunReport}) with each run's {@link
 * dev.agentruntime.eval.report.Timeline} drawn as a waterfall, plus JSON and JUnit XML.
 */
@NullMarked
package dev.agentruntime.eval.report;

import org.jspecify.annotations.NullMarked;
