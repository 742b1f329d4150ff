package dev.leakcheck.cli;

import dev.leakcheck.rules.Labels;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Organisation;
import dev.leakcheck.model.Plan;
import dev.leakcheck.rules.LeakcheckEngine;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/** Makes the plan for an incident: the engine, or a stand-in where a test needs one. */
@FunctionalInterface
interface Planner {

    Plan plan(Incident incident);

    /** A hint that a plan will be asked for soon: a planner may start getting ready. */
    default void prepare() {
    }

    /** The labels of the catalogue the plans are made with, to show codes and fields in the same words. */
    default Labels labels() {
        return Labels.bundled();
    }

    /**
     * This planner with an organisation profile: each incident is planned with the profile, its own
     * known parts of {@code organisation} winning ({@link Incident#organisationUnder}).
     */
    default Planner withOrganisation(Organisation profile) {
        Planner planner = this;
        return new Planner() {
            @Override
            public Plan plan(Incident incident) {
                return planner.plan(incident.withOrganisation(incident.organisationUnder(profile)));
            }

            @Override
            public void prepare() {
                planner.prepare();
            }

            @Override
            public Labels labels() {
                return planner.labels();
            }
        };
    }

    /** The engine of the bundled rules, built on first use (building it takes a while). */
    static Planner bundled() {
        return BundledEngine.INSTANCE;
    }

    /** An engine of edited workbooks, with the labels of its own catalogue. */
    static Planner of(LeakcheckEngine engine) {
        return new OfEngine(engine, engine.labels());
    }

    /** An engine and the labels of its catalogue. */
    record OfEngine(LeakcheckEngine engine, Labels labels) implements Planner {
        @Override
        public Plan plan(Incident incident) {
            return engine.plan(incident);
        }
    }

    /** Holds the one engine of this JVM; an engine is thread-safe and meant to be shared. */
    final class BundledEngine implements Planner {

        private static final BundledEngine INSTANCE = new BundledEngine();

        private final FutureTask<LeakcheckEngine> engine = new FutureTask<>(LeakcheckEngine::bundled);
        private final AtomicBoolean started = new AtomicBoolean();

        private BundledEngine() {
        }

        /**
         * Starts building the engine on a thread of its own, so that it is built while the tool reads
         * its input; a daemon thread, so that a wrong input ends the tool without waiting for it.
         */
        @Override
        public void prepare() {
            if (started.compareAndSet(false, true)) {
                Thread builder = new Thread(engine, "leakcheck-engine");
                builder.setDaemon(true);
                builder.start();
            }
        }

        @Override
        public Plan plan(Incident incident) {
            return engine().plan(incident);
        }

        private LeakcheckEngine engine() {
            if (started.compareAndSet(false, true)) {
                engine.run();
            }
            try {
                return engine.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the rule engine was being built", e);
            } catch (ExecutionException e) {
                // The build's own failure, as if it had been built on this thread.
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
