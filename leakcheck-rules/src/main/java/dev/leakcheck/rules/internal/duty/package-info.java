/**
 * Internal, not API: the report duty to the PPC (APPI art. 26, Rule 7). The report-duty table's
 * rows that apply ({@code TriggerFinding}) and the incident's exemptions decide whether a report is
 * due, not due or not yet known ({@code ReportDuty}); {@code ReportDraft} lists what the report must
 * say and what is still missing.
 */
package dev.leakcheck.rules.internal.duty;
