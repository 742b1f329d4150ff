/**
 * The data the engine reads and writes: an {@link dev.leakcheck.model.Incident} as the person
 * handling a leak describes it (every answer may still be unknown) and the
 * {@link dev.leakcheck.model.Plan} the engine makes of it, with its actions, deadlines, questions and
 * PPC report. Immutable values with builders, and no dependency beyond the JDK, so that an
 * application can hold incidents and plans without the rules on its class path. Every type here is
 * public API.
 */
package dev.leakcheck.model;
