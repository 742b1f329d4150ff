package dev.leakcheck.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Checks a directory of edited workbooks the way a careful colleague would, before they go live:
 * every problem at once, each with file, sheet and cell, in words staff understand. It runs exactly
 * the checks every other way of loading edited workbooks runs ({@link LeakcheckEngine#fromDirectory},
 * {@link ReloadableEngine}), then builds the engine, which adds what only the compiler and the
 * self-check can find: what this refuses, no engine loads, and the other way round.
 */
public final class RulesValidator {

    /**
     * The outcome of a validation.
     *
     * @param problems one line each: where, then what is wrong in Japanese and English
     * @param engine   the engine built from the edited rules, when there were no problems
     */
    public record Validation(List<String> problems, Optional<LeakcheckEngine> engine) {

        /**
         * Copies the problems.
         *
         * @param problems one line each: where, then what is wrong
         * @param engine the engine built, when there were no problems
         */
        public Validation {
            problems = List.copyOf(problems);
        }

        /**
         * Whether the workbooks can be used.
         *
         * @return {@code true} when there were no problems
         */
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private RulesValidator() {
    }

    /**
     * Validates the workbooks of {@code directory} as replacements of the bundled ones.
     *
     * @param directory the folder of edited workbooks
     * @param trustCode whether the program rows of the decision tables may differ from the bundled ones
     * @return the problems, or the engine built when there are none
     */
    public static Validation validate(Path directory, boolean trustCode) {
        try {
            return new Validation(List.of(), Optional.of(LeakcheckEngine.fromDirectory(directory, trustCode)));
        } catch (RulesDefinitionException e) {
            return new Validation(e.problems(), Optional.empty());
        }
    }
}
