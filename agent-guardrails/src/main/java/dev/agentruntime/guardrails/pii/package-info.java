/**
 * Personal data: detection (e-mail, phone, cards, IBAN, US SSN, IP), redaction styles and the per-run token vault for reversible tokenisation.
 */
@NullMarked
package dev.agentruntime.guardrails.pii;

import org.jspecify.annotations.NullMarked;
