package dev.leakcheck.rules;

/**
 * The engine of the bundled rules, built once for all the scenario tests of this JVM: an engine
 * is immutable and thread-safe, and building one compiles every table.
 */
public final class SharedEngine {

    private static final LeakcheckEngine ENGINE = LeakcheckEngine.bundled();

    private SharedEngine() {
    }

    public static LeakcheckEngine get() {
        return ENGINE;
    }

    /** Its core, for the tests of one stage: the report duty's properties plan without the what-if. */
    public static dev.leakcheck.rules.internal.drools.Engine core() {
        return ENGINE.core();
    }
}
