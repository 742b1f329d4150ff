package dev.leakcheck.rules;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Organisation;
import dev.leakcheck.model.Plan;
import dev.leakcheck.rules.internal.drools.Engine;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The entry point: turns an incident into its response plan.
 *
 * <pre>{@code
 * LeakcheckEngine engine = LeakcheckEngine.bundled();   // once, at start-up
 * Plan plan = engine.plan(incident);                    // from any thread, as often as needed
 * }</pre>
 *
 * <p>The rule base is built once, when the engine is built: the bundled tables from the form the
 * build precompiled them into, other tables compiled then (only their conditions and codes: what a
 * row says, its texts and day counts, is read from the row, never compiled). Either way the rules
 * are checked by evaluating an incident of every type before an engine of them is handed out (for
 * the bundled tables, when the jar was built). An engine is immutable and safe to share between
 * threads. Each call evaluates the incident in a session of its own, which no other call sees until
 * it has been reset: sessions are pooled, because creating one and the memories of its nodes costs
 * about as much as the rules themselves. docs/PERFORMANCE.md has the figures.
 *
 * <p>The organisation's profile (which regimes it answers to) is set once for an engine with
 * {@link #withOrganisation(Organisation)}; an incident may carry a profile of its own, whose set parts
 * win. The plans flag a deadline already past when they are made as overdue, by the engine's clock
 * ({@link #withClock(Clock)}; the system clock unless set).
 */
public final class LeakcheckEngine {

    private final Engine engine;
    private final Engine.Context context;

    private LeakcheckEngine(Engine engine) {
        this(engine, Engine.Context.DEFAULT);
    }

    private LeakcheckEngine(Engine engine, Engine.Context context) {
        this.engine = engine;
        this.context = context;
    }

    /**
     * This engine for an organisation of this profile: the same rules, shared.
     *
     * @param organisation the organisation's profile; an incident's own set parts win over it
     * @return the engine
     */
    public LeakcheckEngine withOrganisation(Organisation organisation) {
        return new LeakcheckEngine(engine, new Engine.Context(organisation, context.clock()));
    }

    /**
     * This engine with another clock for "now" (a deadline before it is overdue): the same rules, shared.
     *
     * @param clock the clock
     * @return the engine
     */
    public LeakcheckEngine withClock(Clock clock) {
        return new LeakcheckEngine(engine, new Engine.Context(context.organisation(), clock));
    }

    /**
     * The organisation's profile this engine plans for.
     *
     * @return the profile; {@link Organisation#UNKNOWN} unless set
     */
    public Organisation organisation() {
        return context.organisation();
    }

    /**
     * An engine built from the rules and tables bundled in this jar.
     *
     * @return the engine
     * @throws RulesDefinitionException if a table has a mistake (never with the bundled tables)
     */
    public static LeakcheckEngine bundled() {
        return new LeakcheckEngine(Engine.build(RuleSources.bundled()));
    }

    /**
     * An engine built from the bundled rules with the edited workbooks of {@code directory} in their
     * place, file by file (a file named like a bundled one replaces it). Workbooks whose program rows
     * differ from the bundled ones are refused.
     *
     * @param directory the folder of edited workbooks
     * @return the engine
     * @throws RulesDefinitionException naming file, sheet and cell of every problem; nothing is built
     */
    public static LeakcheckEngine fromDirectory(Path directory) {
        return fromDirectory(directory, false);
    }

    /**
     * As {@link #fromDirectory(Path)}; with {@code trustCode} the program rows of the decision tables
     * may differ from the bundled ones. Only for changes a developer has reviewed: Drools compiles
     * those cells as Java.
     *
     * @param directory the folder of edited workbooks
     * @param trustCode whether the program rows may differ from the bundled ones
     * @return the engine
     * @throws RulesDefinitionException naming file, sheet and cell of every problem; nothing is built
     */
    public static LeakcheckEngine fromDirectory(Path directory, boolean trustCode) {
        RuleSources sources = RuleSources.bundled().overriddenBy(directory, trustCode);
        try {
            return new LeakcheckEngine(Engine.build(sources));
        } catch (RulesDefinitionException e) {
            throw e;
        } catch (RuntimeException e) {
            // Drools' own refusal of developer-edited program rows (only --trust-code lets them differ).
            throw new RulesDefinitionException(directory.getFileName() + ": ルールを組み立てられませんでした（プログラムの行を確かめてください）"
                    + " / the rules could not be built; check the program rows (" + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
        }
    }

    /**
     * The plan for this incident. The same incident always gives the same plan.
     *
     * @param incident the incident, as far as it is known
     * @return its response plan
     */
    public Plan plan(Incident incident) {
        return engine.plan(incident, context);
    }

    /**
     * The labels of this engine's catalogue (the edited one, for an engine of edited workbooks), for
     * tools that show codes and fields to people in the words the plans use.
     *
     * @return the labels of codes and fields
     */
    public Labels labels() {
        return Labels.of(engine.catalogue(), engine.regimes());
    }

    /**
     * The action codes of the catalogue, in catalogue order: every code a plan can contain.
     *
     * @return the action codes
     */
    public List<String> actionCodes() {
        return List.copyOf(engine.catalogue().actionCodes());
    }

    /** The engine's core, for the tests of its stages. */
    Engine core() {
        return engine;
    }
}
