package dev.leakcheck.rules;

import dev.leakcheck.model.PpcTrigger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Checks a directory of edited workbooks the way a careful colleague would, before they go live:
 * every problem at once, each with file, sheet and cell, in words staff understand. Then it builds
 * the engine from them, which adds what only the compiler and the self-check can find.
 */
public final class RulesValidator {

    /**
     * The outcome of a validation.
     *
     * @param problems one line each: where, then what is wrong in Japanese and English
     * @param engine   the engine built from the edited rules, when there were no problems
     */
    public record Validation(List<String> problems, Optional<LeakcheckEngine> engine) {

        public Validation {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private static final Pattern TOPIC = Pattern.compile("Fact\\(topic == \"([^\"]+)\", admits\\(\"\\$param\"\\)\\)");
    private static final Pattern FULL_WIDTH = Pattern.compile("[\\uFF01-\\uFF5E\\u3000]");
    private static final Set<String> NECESSITIES = Set.of("必須", "必要に応じて", "REQUIRED", "AS_NEEDED");
    private static final Set<String> YES_NO_WORDS = Set.of("はい", "いいえ", "YES", "NO");

    private final RuleSources bundled = RuleSources.bundled();
    private final List<String> problems = new ArrayList<>();

    private RulesValidator() {
    }

    /** Validates the workbooks of {@code directory} as replacements of the bundled ones. */
    public static Validation validate(Path directory, boolean trustCode) {
        return new RulesValidator().run(directory, trustCode);
    }

    private Validation run(Path directory, boolean trustCode) {
        Map<String, byte[]> edited = readDirectory(directory);
        Set<String> codes = actionCodes(edited);
        edited.forEach((name, bytes) -> check(name, bytes, codes, trustCode));
        if (!problems.isEmpty()) {
            return new Validation(problems, Optional.empty());
        }
        try {
            return new Validation(List.of(), Optional.of(LeakcheckEngine.fromDirectory(directory, trustCode)));
        } catch (RulesDefinitionException e) {
            return new Validation(e.problems(), Optional.empty());
        }
    }

    private Map<String, byte[]> readDirectory(Path directory) {
        Map<String, byte[]> edited = new java.util.TreeMap<>();
        if (!Files.isDirectory(directory)) {
            problems.add(directory + ": フォルダがありません / not a directory");
            return edited;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path path : files.filter(p -> p.getFileName().toString().endsWith(".xlsx"))
                    .filter(p -> !p.getFileName().toString().startsWith("~$")).sorted().toList()) {
                String name = path.getFileName().toString();
                if (bundled.file(name) == null) {
                    problems.add(name + ": leakcheck のブックではありません。使えるファイル名は "
                            + String.join(", ", RuleSources.RULE_FILES) + ", " + String.join(", ", RuleSources.DATA_FILES)
                            + " / not one of leakcheck's workbooks");
                } else {
                    edited.put(name, Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            problems.add(directory + ": フォルダを読めません / cannot read the directory");
        }
        return edited;
    }

    /** The catalogue's codes: from the edited catalogue when it is readable, else the bundled one. */
    private Set<String> actionCodes(Map<String, byte[]> edited) {
        byte[] catalogue = edited.getOrDefault(Catalogue.FILE, bundled.file(Catalogue.FILE));
        try {
            WorkbookGuard.check(Catalogue.FILE, catalogue);
            return Catalogue.read(catalogue).actionCodes();
        } catch (RulesDefinitionException e) {
            return Catalogue.read(bundled.file(Catalogue.FILE)).actionCodes();
        }
    }

    private void check(String name, byte[] bytes, Set<String> codes, boolean trustCode) {
        try {
            WorkbookGuard.check(name, bytes);
            if (RuleSources.RULE_FILES.contains(name)) {
                RuleTableSheet sheet = RuleTableSheet.read(name, bytes);
                problems.addAll(CodeRowLock.problems(RuleTableSheet.read(name, bundled.file(name)), sheet, trustCode));
                checkLayout(sheet);
                sheet.tables.forEach(table -> checkTable(sheet, table, codes));
            } else if (name.equals(Catalogue.FILE)) {
                Catalogue.read(bytes);
            } else {
                AdministrativeCalendar.read(bytes);
            }
        } catch (RulesDefinitionException e) {
            problems.addAll(e.problems());
        }
    }

    private void checkLayout(RuleTableSheet sheet) {
        for (String hidden : sheet.hiddenSheets) {
            problems.add(sheet.file + " ＞ " + hidden + ": 非表示のシートがあります。表示に戻してください（見えない変更を防ぐため）"
                    + " / a hidden sheet: unhide it, so that no change goes unseen");
        }
        for (CellRangeAddress merged : sheet.mergedRegions) {
            for (RuleTableSheet.Table table : sheet.tables) {
                int last = table.rows().isEmpty() ? table.firstDataRow() : table.rows().get(table.rows().size() - 1).rowIndex();
                if (merged.getLastRow() >= table.firstDataRow() - 5 && merged.getFirstRow() <= last) {
                    problems.add(sheet.file + " ＞ " + sheet.sheetName + " ＞ " + merged.formatAsString()
                            + ": 表の中に結合されたセルがあります。結合を解除してください / merged cells inside the table: unmerge them");
                }
            }
        }
    }

    private void checkTable(RuleTableSheet sheet, RuleTableSheet.Table table, Set<String> codes) {
        Map<List<String>, Integer> seen = new HashMap<>();
        for (RuleTableSheet.DataRow row : table.rows()) {
            Integer twin = seen.putIfAbsent(row.cells(), row.rowIndex());
            if (twin != null) {
                problems.add(sheet.where(row.rowIndex(), table.columns().get(0).index()) + ": " + (twin + 1)
                        + "行目と同じ行です。重複を削除してください / the same as row " + (twin + 1) + ": remove the duplicate");
            }
            for (RuleTableSheet.Column column : table.columns()) {
                checkCell(sheet, row, column, codes);
            }
        }
    }

    private void checkCell(RuleTableSheet sheet, RuleTableSheet.DataRow row, RuleTableSheet.Column column,
            Set<String> codes) {
        String value = row.cell(column.index());
        String where = sheet.where(row.rowIndex(), column.index());
        String label = column.label().isEmpty() ? column.snippet() : column.label().replace('\n', ' ');
        if (CodeRowLock.unquotedParam(column.snippet())) {
            return; // a number cell: the code-row lock checks it
        }
        if (FULL_WIDTH.matcher(value).find() && !column.snippet().contains("Ja(") && !column.snippet().contains("En(")) {
            problems.add(where + ": 全角の英数字や全角スペースが含まれています。半角で書いてください（「" + label + "」）: '" + value
                    + "' / full-width letters, digits or spaces: use half-width");
            return;
        }
        Matcher topic = TOPIC.matcher(column.snippet());
        if (topic.matches()) {
            if (topic.group(1).equals("type") && value.isEmpty() && sheet.file.startsWith("checklist-")) {
                // A checklist row belongs to its section; rows of the legal tables may apply to every type.
                problems.add(where + ": 「" + label + "」が空です。この行がどの種別の行か書いてください / the type is empty");
            } else if (!value.isEmpty()) {
                Topics.allowed(topic.group(1)).ifPresent(allowed -> values(where, label, value,
                        allowed.equals(Topics.YES_NO) ? YES_NO_WORDS : allowed));
            }
        } else if (column.snippet().contains("out.propose(") || column.snippet().contains("out.deadline(")) {
            required(where, label, value);
            values(where, label, value, codes);
        } else if (column.snippet().contains("out.trigger(")) {
            required(where, label, value);
            values(where, label, value, Arrays.stream(PpcTrigger.values()).map(Enum::name).collect(Collectors.toSet()));
        } else if (column.snippet().contains("necessity(") && !value.isEmpty()) {
            values(where, label, value, NECESSITIES);
        } else if (column.snippet().contains("rollOver(") && !value.isEmpty()) {
            values(where, label, value, YES_NO_WORDS);
        }
    }

    private void required(String where, String label, String value) {
        if (value.isEmpty()) {
            problems.add(where + ": 「" + label + "」が空です。値を入れてください / '" + label + "' is empty");
        }
    }

    private void values(String where, String label, String value, Set<String> allowed) {
        if (value.isEmpty()) {
            return;
        }
        for (String word : Fact.cellValuesInOrder(value)) {
            String normalised = Fact.cellValues(word).iterator().next();
            if (!allowed.contains(word) && !allowed.contains(normalised)) {
                problems.add(where + ": 「" + label + "」に「" + word + "」は使えません。使えるのは "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")) + " / '" + word
                        + "' is not allowed here");
                return;
            }
        }
    }
}
