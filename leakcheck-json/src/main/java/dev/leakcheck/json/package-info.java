/**
 * The JSON contract: incidents read from and written to JSON, and plans written as JSON, with
 * bounded input and error messages that name the field and its place in the file.
 */
package dev.leakcheck.json;
