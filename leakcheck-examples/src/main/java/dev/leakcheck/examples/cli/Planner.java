package dev.leakcheck.examples.cli;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Plan;
import dev.leakcheck.rules.LeakcheckEngine;

/** Makes the plan for an incident: the engine, or a stand-in where a test needs one. */
@FunctionalInterface
interface Planner {

    Plan plan(Incident incident);

    /** The engine of the bundled rules, built on first use (compiling the rules takes a while). */
    static Planner bundled() {
        return BundledEngine.INSTANCE;
    }

    /** Holds the one engine of this JVM; an engine is thread-safe and meant to be shared. */
    final class BundledEngine implements Planner {

        private static final BundledEngine INSTANCE = new BundledEngine();

        private LeakcheckEngine engine;

        private BundledEngine() {
        }

        @Override
        public Plan plan(Incident incident) {
            return engine().plan(incident);
        }

        private synchronized LeakcheckEngine engine() {
            if (engine == null) {
                engine = LeakcheckEngine.bundled();
            }
            return engine;
        }
    }
}
