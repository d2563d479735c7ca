/**
 * Version numbers a research report carries (docs/report-format.md), in one place so the
 * builder, the schema and the researcher CLI agree.
 */

/** The report's `schema` value: names the format, never a place (no slash, no URL). */
export const REPORT_SCHEMA_ID = 'glass-customer-research-report';

/** Bumped when a field changes meaning or is removed (docs/report.schema.json follows it). */
export const REPORT_SCHEMA_VERSION = 1;

/**
 * Version of the consent text the user agreed to before building a report. Bumped whenever the
 * text or what a report may contain changes, so researchers can tell under which terms a report
 * was given.
 */
export const CONSENT_VERSION = 1;

/**
 * Version of the detector rules (phrases, hosts, heuristics) whose findings a report summarises.
 * Bumped when a detector starts or stops reporting something, so researchers do not compare
 * findings of different rule sets as if they were one.
 */
export const DETECTOR_RULESET_VERSION = 1;

/** At most this many shops are named in one report (signals.md §7: cap the sites per report). */
export const MAX_SHOPS_PER_REPORT = 10;
