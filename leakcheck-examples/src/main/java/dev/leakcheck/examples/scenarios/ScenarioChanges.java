package dev.leakcheck.examples.scenarios;

import dev.leakcheck.rules.LeakcheckEngine;
import java.util.ArrayList;
import java.util.List;

/**
 * What an edit of the rules does to the bundled compliance scenarios: each scenario is planned by the
 * rules before and after the edit, and the scenarios whose outcome changes are listed with their
 * {@linkplain PlanChanges changes}. The CLI's {@code validate} and the server's {@code /api/rules/validate}
 * both show this.
 *
 * @param scenarios how many scenarios were planned
 * @param changed   the scenarios whose outcome changed, in name order
 */
public record ScenarioChanges(int scenarios, List<Changed> changed) {

    /**
     * One scenario whose outcome the edit changes.
     *
     * @param name    its path below the scenarios folder
     * @param title   its title
     * @param changes what changed, before and after
     */
    public record Changed(String name, String title, List<PlanChanges.Change> changes) {

        /** Copies the changes. */
        public Changed {
            changes = List.copyOf(changes);
        }
    }

    /** Copies the list. */
    public ScenarioChanges {
        changed = List.copyOf(changed);
    }

    /**
     * Plans every bundled scenario on both engines.
     *
     * @param before the rules in force
     * @param after  the edited rules
     * @return the scenarios whose outcome differs
     */
    public static ScenarioChanges between(LeakcheckEngine before, LeakcheckEngine after) {
        List<ScenarioFiles.Scenario> all = ScenarioFiles.all();
        List<Changed> changed = new ArrayList<>();
        for (ScenarioFiles.Scenario scenario : all) {
            List<PlanChanges.Change> changes = PlanChanges.between(before.plan(scenario.incident()),
                    after.plan(scenario.incident()));
            if (!changes.isEmpty()) {
                changed.add(new Changed(scenario.name(), scenario.title(), changes));
            }
        }
        return new ScenarioChanges(all.size(), changed);
    }
}
