package dev.leakcheck.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the code of a decision table where the library put it. Drools compiles a spreadsheet's
 * cells into Java: the rows of the RuleSet area (Import, Variables, Functions…) and the header of
 * each RuleTable (its name, the CONDITION/ACTION row, the object and snippet rows) are program
 * code, part of the library. Staff edit the data rows only. An edited workbook whose code rows
 * differ from the bundled one is refused, naming the first cell that differs, unless the caller
 * explicitly trusts it.
 *
 * <p>A data cell is code too where a snippet puts it outside quotes ({@code d.targetDays($param)}):
 * such cells must hold a plain whole number, so that no data row can smuggle in a statement.
 */
final class CodeRowLock {

    static final String TRUST_HINT = "。開発者が確認した変更なら --trust-code で読み込めます"
            + " / if a developer reviewed the change, load it with --trust-code";

    private CodeRowLock() {
    }

    /**
     * @throws RulesDefinitionException when the code rows differ (and {@code trusted} is false), or
     *                                  when a number cell holds something else than a number
     */
    static void check(String file, byte[] bundled, byte[] edited, boolean trusted) {
        List<String> problems = problems(RuleTableSheet.read(file, bundled), RuleTableSheet.read(file, edited), trusted);
        if (!problems.isEmpty()) {
            throw new RulesDefinitionException(problems);
        }
    }

    static List<String> problems(RuleTableSheet original, RuleTableSheet changed, boolean trusted) {
        List<String> problems = new ArrayList<>();
        if (!trusted) {
            compare(original, changed, problems);
        }
        numberCells(changed, problems);
        return problems;
    }

    private static void compare(RuleTableSheet original, RuleTableSheet changed, List<String> problems) {
        List<RuleTableSheet.CodeRow> before = original.codeRows;
        List<RuleTableSheet.CodeRow> after = changed.codeRows;
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            if (i >= before.size() || i >= after.size()) {
                problems.add(changed.file + " ＞ " + changed.sheetName + ": プログラムの行（RuleSet・Import・RuleTable の見出しなど）"
                        + "の数が変わっています / the number of program rows changed" + TRUST_HINT);
                return;
            }
            List<String> was = before.get(i).cells();
            List<String> is = after.get(i).cells();
            for (int c = 0; c < Math.max(was.size(), is.size()); c++) {
                String wasText = c < was.size() ? was.get(c) : "";
                String isText = c < is.size() ? is.get(c) : "";
                if (!wasText.equals(isText)) {
                    problems.add(changed.where(after.get(i).rowIndex(), c) + ": この行はプログラムの一部で、変更できません（元は「"
                            + wasText + "」） / this row is program code and must not change (was '" + wasText + "')"
                            + TRUST_HINT);
                    return;
                }
            }
        }
    }

    /** A snippet that puts {@code $param} outside quotes makes its column's cells code: numbers only. */
    private static void numberCells(RuleTableSheet sheet, List<String> problems) {
        for (RuleTableSheet.Table table : sheet.tables) {
            for (RuleTableSheet.Column column : table.columns()) {
                if (!unquotedParam(column.snippet())) {
                    continue;
                }
                for (RuleTableSheet.DataRow row : table.rows()) {
                    String value = row.cell(column.index());
                    if (!value.isEmpty() && !value.matches("[0-9]+")) {
                        problems.add(sheet.where(row.rowIndex(), column.index()) + ": 半角数字だけで書いてください（例: 30。"
                                + "カンマ・全角数字・空白は使えません）: '" + value + "' / write a whole number in ASCII digits");
                    }
                }
            }
        }
    }

    static boolean unquotedParam(String snippet) {
        int at = snippet.indexOf("$param");
        return at >= 0 && (at == 0 || snippet.charAt(at - 1) != '"');
    }
}
