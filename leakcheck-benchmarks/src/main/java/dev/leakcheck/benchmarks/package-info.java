/**
 * JMH benchmarks of the engine: building it, evaluating incidents on one and two threads, the
 * floor of an empty rule base and the stages of one plan; run by hand (docs/PERFORMANCE.md).
 */
package dev.leakcheck.benchmarks;
