package dev.leakcheck.cli;

import dev.leakcheck.examples.scenarios.ScenarioChanges;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Text;
import dev.leakcheck.rules.LeakcheckEngine;
import dev.leakcheck.rules.RulesValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
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
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", descriptionKey = "directory")
    private Path directory;

    @Option(names = "--trust-code")
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
            new ErrorReporter(spec.commandLine().getErr(), lang).rulesProblems(validation.problems(), lang);
            return ExitStatus.INPUT_ERROR;
        }
        out.println(Text.of("ブックに誤りはありません。", "No problems in the workbooks.").in(lang));
        compare(LeakcheckEngine.bundled(), validation.engine().orElseThrow(), out, lang);
        return ExitStatus.DONE;
    }

    private static void compare(LeakcheckEngine before, LeakcheckEngine after, PrintWriter out, Language lang) {
        ScenarioChanges result = ScenarioChanges.between(before, after);
        for (ScenarioChanges.Changed scenario : result.changed()) {
            out.println(scenario.name() + "  " + scenario.title());
            scenario.changes().forEach(c -> out.println("  " + c.subject() + ": " + c.before() + " → " + c.after()));
        }
        int changed = result.changed().size();
        out.println(Text.of(
                "検証シナリオ " + result.scenarios() + " 件のうち、結果が変わったもの: " + changed + " 件",
                changed + " of " + result.scenarios() + " scenarios changed their outcome").in(lang));
    }
}
