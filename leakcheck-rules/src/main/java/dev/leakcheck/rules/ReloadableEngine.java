package dev.leakcheck.rules;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An engine over a directory of edited workbooks that can be reloaded while the application runs.
 *
 * <p>{@link #reload()} builds a complete new engine from the directory and swaps it in only when it
 * compiled and passed the self-check; a failed reload leaves the old rules serving and says why.
 * Evaluations already running finish on the engine they started with. The old engine holds no
 * resources beyond memory, so it is collected once the last evaluation on it returns.
 */
public final class ReloadableEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadableEngine.class);

    /**
     * The outcome of a reload.
     *
     * @param reloaded whether the new rules are now serving
     * @param problems why not, one line each, with file, sheet and cell
     */
    public record Reload(boolean reloaded, List<String> problems) {

        /**
         * Copies the problems.
         *
         * @param reloaded whether the new rules are now serving
         * @param problems why not, one line each
         */
        public Reload {
            problems = List.copyOf(problems);
        }
    }

    private final Path directory;
    private final boolean trustCode;
    private final dev.leakcheck.model.Organisation organisation;
    private final AtomicReference<LeakcheckEngine> current;

    private ReloadableEngine(Path directory, boolean trustCode, dev.leakcheck.model.Organisation organisation) {
        this.directory = directory;
        this.trustCode = trustCode;
        this.organisation = organisation;
        this.current = new AtomicReference<>(build());
    }

    private LeakcheckEngine build() {
        return LeakcheckEngine.fromDirectory(directory, trustCode).withOrganisation(organisation);
    }

    /**
     * As {@link #over(Path, boolean)}, every engine (the first and each reloaded one) planning for an
     * organisation of this profile.
     *
     * @param directory    the folder of edited workbooks
     * @param trustCode    whether the program rows of the decision tables may differ from the bundled ones
     * @param organisation the organisation's profile; an incident's own set parts win over it
     * @return the engine
     * @throws RulesDefinitionException when the directory's workbooks cannot be used
     */
    public static ReloadableEngine over(Path directory, boolean trustCode, dev.leakcheck.model.Organisation organisation) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(organisation, "organisation");
        return new ReloadableEngine(directory, trustCode, organisation);
    }

    /**
     * Builds the first engine from the directory (see {@link LeakcheckEngine#fromDirectory(Path, boolean)}).
     *
     * @throws RulesDefinitionException when the directory's workbooks cannot be used
     * @param directory the folder of edited workbooks
     * @param trustCode whether the program rows of the decision tables may differ from the bundled ones
     * @return the engine
     */
    public static ReloadableEngine over(Path directory, boolean trustCode) {
        return over(directory, trustCode, dev.leakcheck.model.Organisation.UNKNOWN);
    }

    /**
     * The plan, by the rules serving now.
     *
     * @param incident the incident, as far as it is known
     * @return its response plan
     */
    public Plan plan(Incident incident) {
        return current.get().plan(incident);
    }

    /**
     * The engine serving now.
     *
     * @return the engine
     */
    public LeakcheckEngine current() {
        return current.get();
    }

    /**
     * Rebuilds from the directory; one reload at a time.
     *
     * @return whether the new rules serve, and if not, why
     */
    public synchronized Reload reload() {
        try {
            LeakcheckEngine next = build();
            current.set(next);
            LOG.info("rules reloaded");
            return new Reload(true, List.of());
        } catch (RulesDefinitionException e) {
            LOG.warn("rules not reloaded: {} problem(s); the previous rules keep serving", e.problems().size());
            return new Reload(false, e.problems());
        } catch (OutOfMemoryError | StackOverflowError e) {
            // The workbooks are bounded before they are read, so this is the caller's heap running short;
            // whatever the attempt held is garbage now, and the rules serving are untouched.
            LOG.warn("rules not reloaded: {}; the previous rules keep serving", e.getClass().getSimpleName());
            return new Reload(false, List.of(directory.getFileName() + ": メモリが足りず、ルールを組み立てられませんでした。今のルールのまま動いています"
                    + " / not enough memory to build the rules; the previous rules keep serving"));
        }
    }
}
