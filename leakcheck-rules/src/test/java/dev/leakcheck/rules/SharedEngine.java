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
}
