package dev.leakcheck.json;

import dev.leakcheck.model.Language;
import dev.leakcheck.model.Plan;

/**
 * Writes a plan as the plan of docs/json-contract.md, with its texts in one language: Jackson writes the
 * model's records as they are, in their components' order, with the few differences {@link JsonStyle} sets.
 * The output is deterministic: the same plan always gives the same bytes, so that plans can be compared
 * and stored.
 */
public final class PlanJson {

    private PlanJson() {
    }

    /** The plan as pretty JSON, ending with a newline. */
    public static String write(Plan plan, Language language) {
        return JsonStyle.write(plan, language);
    }
}
