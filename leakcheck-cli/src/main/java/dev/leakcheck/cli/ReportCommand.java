package dev.leakcheck.cli;

import dev.leakcheck.json.IncidentJson;
import dev.leakcheck.cli.report.PlanReport;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.Text;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leakcheck report INCIDENT.json --format html|md [--lang ja|en] [--output FILE] [--rules DIR
 * [--trust-code]]}: the printable report of the incident's plan (page 1: what to do now and the
 * deadlines), by the bundled or the edited rules.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INCIDENT.json", descriptionKey = "incident")
    private Path incidentFile;

    @Option(names = "--format", paramLabel = "html|md", converter = FormatConverter.class, defaultValue = "html")
    private PlanReport.Format format = PlanReport.Format.HTML;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    private Path output;

    @Mixin(name = LanguageOption.MIXIN_NAME)
    private LanguageOption language;

    @Mixin
    private RulesOption rules;

    @Mixin
    private OrganisationOption organisation;

    @Spec
    private CommandSpec spec;

    private final Planner planner;

    ReportCommand(Planner planner) {
        this.planner = planner;
    }

    @Override
    public Integer call() {
        if (output != null) {
            checkOutput();
        }
        Incident incident = IncidentJson.read(incidentFile);
        Planner rulesPlanner = organisation.applyTo(rules.planner(planner));
        Plan plan = rulesPlanner.plan(incident);
        String report = PlanReport.write(plan, format, language.language(), rulesPlanner.labels());
        if (output == null) {
            spec.commandLine().getOut().print(report);
            return ExitStatus.DONE;
        }
        try {
            AtomicSave.write(output, report);
        } catch (IOException e) {
            throw new CommandProblem(Text.of(output + " に書き出せません（" + e.getClass().getSimpleName() + "）",
                    "cannot write " + output + " (" + e.getClass().getSimpleName() + ")"), e);
        }
        return ExitStatus.DONE;
    }

    /** The output must not be the incident itself (a slip of the shell's history), nor a link or a folder. */
    private void checkOutput() {
        if (AtomicSave.sameFile(output, incidentFile)) {
            throw new CommandProblem(Text.of(
                    "--output " + output + " は読み込む事案のファイル " + incidentFile + " と同じです。事案を上書きしないよう、別のファイル名を指定してください",
                    "--output " + output + " is the incident file " + incidentFile
                            + " itself: name another file, so that the incident is not overwritten"));
        }
        AtomicSave.checkTarget(output);
    }

    static final class FormatConverter implements ITypeConverter<PlanReport.Format> {
        @Override
        public PlanReport.Format convert(String value) {
            try {
                return PlanReport.Format.parse(value);
            } catch (IllegalArgumentException e) {
                throw new InvalidValue(value, Text.of("html か md を指定してください", "use html or md"));
            }
        }
    }
}
