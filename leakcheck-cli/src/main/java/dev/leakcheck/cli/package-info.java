/**
 * The {@code leakcheck} command line: its commands (plan, report, interview, validate, dump-drl),
 * their options, exit statuses and error messages.
 */
package dev.leakcheck.cli;
