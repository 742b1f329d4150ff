package dev.leakcheck.rules;

import dev.leakcheck.rules.internal.workbook.RuleSources;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * The DRL that Drools generates from the decision tables: what a reviewer reads to see exactly
 * what an edit of a table changes in the rules.
 */
public final class GeneratedDrl {

    private GeneratedDrl() {
    }

    /**
     * The DRL of the bundled tables.
     *
     * @return the DRL, one section per decision table
     */
    public static String bundled() {
        return of(RuleSources.bundled());
    }

    /**
     * The DRL of the bundled tables with the edited workbooks of {@code directory} in their place.
     *
     * @param directory the folder of edited workbooks
     * @param trustCode whether the program rows of the decision tables may differ from the bundled ones
     * @return the DRL, one section per decision table
     * @throws RulesDefinitionException naming file, sheet and cell of every problem of the edited workbooks
     */
    public static String withEdits(Path directory, boolean trustCode) {
        return of(RuleSources.bundled().overriddenBy(directory, trustCode));
    }

    private static String of(RuleSources sources) {
        StringBuilder drl = new StringBuilder();
        SpreadsheetCompiler compiler = new SpreadsheetCompiler();
        sources.ruleFiles().forEach((name, bytes) -> drl.append("// ===== ").append(name).append(" =====\n")
                .append(compiler.compile(new ByteArrayInputStream(bytes), InputType.XLS)).append('\n'));
        return drl.toString();
    }
}
