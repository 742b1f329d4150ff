/**
 * The interview: asks the person handling a leak the questions a plan leaves open, one field at
 * a time, and writes the answers into the incident.
 */
package dev.leakcheck.cli.interview;
