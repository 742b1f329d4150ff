/**
 * The compliance scenarios bundled with the tool (an incident and the outcome an auditor expects,
 * each quoting its source) and how a plan's changes between versions are shown.
 */
package dev.leakcheck.examples.scenarios;
