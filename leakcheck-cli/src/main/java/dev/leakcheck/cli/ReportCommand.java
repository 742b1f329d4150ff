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
import picocli.CommandLine.TypeConversionException;

/**
 * {@code leakcheck report INCIDENT.json --format html|md [--lang ja|en] [--output FILE] [--rules DIR
 * [--trust-code]]}: the one-page report of the incident's plan, by the bundled or the edited rules.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "事案の対応計画を一枚の報告書（HTML か Markdown）にします。今すぐ行うこと、期限のタイムライン、",
            "フェーズ別の対応と理由・出典、個人情報保護委員会への報告と下書き、未回答の質問。",
            "Writes the incident's plan as a one-page report (HTML or Markdown): what to do now, the deadline",
            "timeline, every action by phase with reasons and sources, the PPC report and its draft, open questions.",
            "--rules DIR: 編集したブックで計画します（plan --rules と同じ検査）。",
            "--rules DIR: plans by edited workbooks, checked as for plan --rules."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INCIDENT.json",
            description = {"事案のファイル（形式は docs/json-contract.md）", "The incident file (format: docs/json-contract.md)."})
    private Path incidentFile;

    @Option(names = "--format", paramLabel = "html|md", converter = FormatConverter.class, defaultValue = "html",
            description = {"html (既定。印刷できる一枚のページ) か md (Markdown)",
                "html (default: a printable self-contained page) or md (Markdown)."})
    private PlanReport.Format format = PlanReport.Format.HTML;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = {"書き出すファイル (既定: 標準出力)", "The file to write (default: standard output)."})
    private Path output;

    @Mixin(name = LanguageOption.MIXIN_NAME)
    private LanguageOption language;

    @Mixin
    private RulesOption rules;

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
        Planner rulesPlanner = rules.planner(planner);
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
                throw new TypeConversionException("'" + value + "': html か md を指定してください / use html or md");
            }
        }
    }
}
