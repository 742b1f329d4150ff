/**
 * How to embed the engine in an application: a complete, compiled example of building an engine
 * once and asking it for plans.
 */
package dev.leakcheck.examples;
