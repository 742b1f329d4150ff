package dev.leakcheck.rules;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Plan;

/**
 * The entry point: turns an incident into its response plan.
 *
 * <pre>{@code
 * LeakcheckEngine engine = LeakcheckEngine.bundled();   // once, at start-up
 * Plan plan = engine.plan(incident);                    // from any thread, as often as needed
 * }</pre>
 *
 * <p>The rule base is compiled once, when the engine is built; an engine is immutable and safe
 * to share between threads. Each call evaluates the incident in a session of its own, which is
 * disposed before the call returns.
 */
public final class LeakcheckEngine {

    private LeakcheckEngine() {
    }

    /** An engine built from the rules and tables bundled in this jar. */
    public static LeakcheckEngine bundled() {
        throw new UnsupportedOperationException("in progress");
    }

    /** The plan for this incident. The same incident always gives the same plan. */
    public Plan plan(Incident incident) {
        throw new UnsupportedOperationException("in progress");
    }
}
