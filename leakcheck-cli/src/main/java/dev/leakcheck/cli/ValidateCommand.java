package dev.leakcheck.cli;

import dev.leakcheck.examples.scenarios.PlanChanges;
import dev.leakcheck.examples.scenarios.ScenarioFiles;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Text;
import dev.leakcheck.rules.LeakcheckEngine;
import dev.leakcheck.rules.RulesValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code leakcheck validate DIR}: checks edited workbooks before they go live. Every problem is
 * listed at once with its cell; when there is none, the bundled compliance scenarios are run on
 * the bundled and on the edited rules, and every outcome that the edit changes is listed, so that
 * staff see what their edit does.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "編集したブックを検査し、同梱の検証シナリオで変更前後の結果を比べます。",
            "Checks edited workbooks and shows how they change the outcomes of the bundled scenarios."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = {"編集したブックのフォルダ", "Directory of edited workbooks."})
    private Path directory;

    @Option(names = "--trust-code", description = {"プログラムの行の変更を許可します",
        "Accept changed program rows (only for changes a developer reviewed)."})
    private boolean trustCode;

    @Mixin(name = LanguageOption.MIXIN_NAME)
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Language lang = language.language();
        RulesValidator.Validation validation = RulesValidator.validate(directory, trustCode);
        if (!validation.valid()) {
            new ErrorReporter(spec.commandLine().getErr()).rulesProblems(validation.problems(), lang);
            return ExitStatus.INPUT_ERROR;
        }
        out.println(Text.of("ブックに誤りはありません。", "No problems in the workbooks.").in(lang));
        compare(LeakcheckEngine.bundled(), validation.engine().orElseThrow(), out, lang);
        return ExitStatus.DONE;
    }

    private static void compare(LeakcheckEngine before, LeakcheckEngine after, PrintWriter out, Language lang) {
        List<ScenarioFiles.Scenario> scenarios = ScenarioFiles.all();
        int changed = 0;
        for (ScenarioFiles.Scenario scenario : scenarios) {
            List<PlanChanges.Change> changes = PlanChanges.between(before.plan(scenario.incident()),
                    after.plan(scenario.incident()));
            if (changes.isEmpty()) {
                continue;
            }
            changed++;
            out.println(scenario.name() + "  " + scenario.title());
            changes.forEach(c -> out.println("  " + c.subject() + ": " + c.before() + " → " + c.after()));
        }
        out.println(Text.of(
                "検証シナリオ " + scenarios.size() + " 件のうち、結果が変わったもの: " + changed + " 件",
                changed + " of " + scenarios.size() + " scenarios changed their outcome").in(lang));
    }
}
