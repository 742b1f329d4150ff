package dev.leakcheck.spring;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Plan;
import dev.leakcheck.rules.LeakcheckEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules serving now. An application plans with {@link #plan} (or takes {@link #current()} once per
 * request): whoever changes the rules (a reload of the rules directory, a publication on the server)
 * {@linkplain #swap swaps} a complete, checked engine in at once, and plans already running finish on
 * the engine they started with. Only engines that were built and passed the self-check are ever swapped
 * in, so a broken edit never replaces working rules.
 */
public final class LeakcheckRules {

    private static final Logger LOG = LoggerFactory.getLogger(LeakcheckRules.class);

    private final AtomicReference<RulesSnapshot> current;
    private final Clock clock;
    private final dev.leakcheck.model.Organisation organisation;
    private volatile List<String> lastProblems = List.of();

    /**
     * Rules serving from the start with this snapshot, for an organisation not described.
     *
     * @param first the rules to serve
     * @param clock the clock for the loading times
     */
    public LeakcheckRules(RulesSnapshot first, Clock clock) {
        this(first, clock, dev.leakcheck.model.Organisation.UNKNOWN);
    }

    /**
     * Rules serving from the start with this snapshot, every engine planning for this organisation
     * (an incident's own answers win).
     *
     * @param first        the rules to serve
     * @param clock        the clock for the loading times
     * @param organisation the organisation's profile ({@code leakcheck.organisation.*})
     */
    public LeakcheckRules(RulesSnapshot first, Clock clock, dev.leakcheck.model.Organisation organisation) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.current = new AtomicReference<>(organised(Objects.requireNonNull(first, "first")));
        this.clock = clock;
        LOG.info("rules serving: {} ({})", first.version(), first.source());
    }

    /**
     * The snapshot with its engine planning for this application's organisation: what every snapshot serves.
     * An edit being checked takes the profile from the engine in force ({@code RulesCheck}).
     */
    private RulesSnapshot organised(RulesSnapshot snapshot) {
        return new RulesSnapshot(snapshot.engine().withOrganisation(organisation), snapshot.version(), snapshot.source(),
                snapshot.workbooks(), snapshot.loadedAt());
    }

    /**
     * The bundled rules, built now (a second or two).
     *
     * @param clock the clock for the loading time
     * @return the snapshot of the bundled rules
     */
    public static RulesSnapshot bundled(Clock clock) {
        return new RulesSnapshot(LeakcheckEngine.bundled(), "bundled-" + projectVersion(), "bundled",
                Workbooks.bundled(), clock.instant());
    }

    /**
     * The version of leakcheck this starter belongs to.
     *
     * @return such as {@code 0.1.0-SNAPSHOT}
     */
    public static String projectVersion() {
        try (InputStream in = LeakcheckRules.class.getResourceAsStream("leakcheck-starter.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rules serving now.
     *
     * @return the snapshot
     */
    public RulesSnapshot current() {
        return current.get();
    }

    /**
     * The plan, by the rules serving now.
     *
     * @param incident the incident, as far as it is known
     * @return its plan
     */
    public Plan plan(Incident incident) {
        return current.get().engine().plan(incident);
    }

    /**
     * Serves other rules from now on, at once.
     *
     * @param next the rules, built and checked
     * @return the rules that were serving
     */
    public RulesSnapshot swap(RulesSnapshot next) {
        RulesSnapshot previous = current.getAndSet(organised(Objects.requireNonNull(next, "next")));
        lastProblems = List.of();
        LOG.info("rules serving: {} ({}), in place of {}", next.version(), next.source(), previous.version());
        return previous;
    }

    /**
     * Records that new rules were refused and the current ones keep serving.
     *
     * @param problems why, one line each
     */
    public void refused(List<String> problems) {
        lastProblems = List.copyOf(problems);
        LOG.warn("rules refused: {} problem(s); {} keeps serving", problems.size(), current.get().version());
    }

    /**
     * The problems of the last refused change since the rules last changed, for health checks.
     *
     * @return the problems; empty when the last attempt succeeded
     */
    public List<String> lastProblems() {
        return lastProblems;
    }

    /** @return the clock the loading times are read from */
    public Clock clock() {
        return clock;
    }
}
