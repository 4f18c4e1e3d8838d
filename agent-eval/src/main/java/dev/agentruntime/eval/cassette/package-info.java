/**
 * Record and replay (like VCR): a {@link dev.agentruntime.eval.cassette.Cassette} records every
 * model and tool call of a run once — against a real endpoint or WireMock — and replays it later
 * with no network and no key, failing with a {@link
 * dev.agentruntime.eval.cassette.CassetteMissException} when the agent asks something the cassette
 * does not hold.
 */
@NullMarked
package dev.agentruntime.eval.cassette;

import org.jspecify.annotations.NullMarked;
