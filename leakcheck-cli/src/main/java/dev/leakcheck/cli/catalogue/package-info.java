/**
 * The labels people read for codes and fields, taken from the rules' catalogue, for the
 * interview and the report.
 */
package dev.leakcheck.cli.catalogue;
