/**
 * The printable report of a plan, as HTML or Markdown: what to do now, the deadlines, the
 * questions still open and the PPC report.
 */
package dev.leakcheck.cli.report;
