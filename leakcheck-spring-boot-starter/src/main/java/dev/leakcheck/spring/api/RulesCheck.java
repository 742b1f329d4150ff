package dev.leakcheck.spring.api;

import dev.leakcheck.examples.scenarios.ScenarioChanges;
import dev.leakcheck.rules.LeakcheckEngine;
import dev.leakcheck.rules.RulesValidator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks edited workbooks as the CLI's {@code validate} does ({@link RulesValidator}: every problem with
 * its cell), and when there is none, which bundled scenarios the edit changes against the rules in force.
 */
public final class RulesCheck {

    /** {@code file ＞ sheet ＞ B3: text}, as the rules name a cell. */
    private static final Pattern CELL = Pattern.compile("^(\\S+?\\.xlsx) ＞ (.+?) ＞ ([A-Z]{1,3}[0-9]{1,7}): (.*)$");
    private static final Pattern FILE = Pattern.compile("^(\\S+?\\.xlsx)\\b.*$");

    /**
     * One problem, with its cell when it has one.
     *
     * @param text  the whole line: where, then what is wrong in Japanese and English
     * @param file  the workbook, when the line names one
     * @param sheet the sheet, when the line names a cell
     * @param cell  the cell, such as {@code B3}, when the line names one
     */
    public record Problem(String text, String file, String sheet, String cell) {

        static Problem of(String line) {
            Matcher cell = CELL.matcher(line);
            if (cell.matches()) {
                return new Problem(line, cell.group(1), cell.group(2), cell.group(3));
            }
            Matcher file = FILE.matcher(line);
            return new Problem(line, file.matches() ? file.group(1) : null, null, null);
        }
    }

    /**
     * The outcome.
     *
     * @param valid    whether the workbooks can be used
     * @param problems every problem, when not
     * @param changes  the scenarios the edit changes, when valid
     * @param engine   the engine built, when valid
     */
    public record Result(boolean valid, List<Problem> problems, Optional<ScenarioChanges> changes,
                         Optional<LeakcheckEngine> engine) {
    }

    private RulesCheck() {
    }

    /**
     * Checks the workbooks of a folder against the rules in force.
     *
     * @param workbooks the uploaded workbooks
     * @param inForce   the engine serving now, to compare the scenarios with
     * @return the problems, or the scenario changes and the engine
     */
    public static Result check(UploadedWorkbooks workbooks, LeakcheckEngine inForce) {
        RulesValidator.Validation validation = RulesValidator.validate(workbooks.directory(), false);
        if (!validation.valid()) {
            return new Result(false, validation.problems().stream().map(Problem::of).toList(), Optional.empty(),
                    Optional.empty());
        }
        // For the same organisation as the rules in force, so that only the edit makes a difference.
        LeakcheckEngine edited = validation.engine().orElseThrow().withOrganisation(inForce.organisation());
        return new Result(true, List.of(), Optional.of(ScenarioChanges.between(inForce, edited)), Optional.of(edited));
    }
}
