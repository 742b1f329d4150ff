package dev.leakcheck.cli;

import dev.leakcheck.cli.interview.Interview;
import dev.leakcheck.json.IncidentJson;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code leakcheck interview [--resume INCIDENT.json] [--save FILE] [--lang ja|en] [--rules DIR
 * [--trust-code]]}: the guided interview on the terminal (or on piped input), saving the incident
 * after every answer; with the bundled or the edited rules.
 */
@Command(name = "interview", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class InterviewCommand implements Callable<Integer> {

    static final String DEFAULT_SAVE = "incident.json";

    @Option(names = "--resume", paramLabel = "INCIDENT.json")
    private Path resume;

    @Option(names = "--save", paramLabel = "FILE")
    private Path save;

    @Option(names = "--id", paramLabel = "ID")
    private String id;

    @Mixin(name = LanguageOption.MIXIN_NAME)
    private LanguageOption language;

    @Mixin
    private RulesOption rules;

    @Mixin
    private OrganisationOption organisation;

    @Spec
    private CommandSpec spec;

    private final Planner planner;
    private final InputStream in;
    private final boolean terminal;

    /**
     * @param terminal whether the input is a person's terminal, which echoes what is typed; piped
     *                 input is echoed by the interview instead, so that the transcript reads well
     */
    InterviewCommand(Planner planner, InputStream in, boolean terminal) {
        this.planner = planner;
        this.in = in;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Incident resumed = resume == null ? null : IncidentJson.read(resume);
        Path target = save != null ? save : resume != null ? resume : Path.of(DEFAULT_SAVE);
        checkTarget(target);
        if (resumed != null && id != null && !id.equals(resumed.id())) {
            throw new CommandProblem(Text.of("--id は新しい事案にだけ使えます（再開した事案の管理番号は " + resumed.id() + "）",
                    "--id is for a new incident only (the resumed incident's id is " + resumed.id() + ")"));
        }
        // Edited rules are checked and built before the first question: a broken directory stops here.
        Planner rulesPlanner = organisation.applyTo(rules.planner(planner));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Interview interview = new Interview(rulesPlanner::plan, rulesPlanner.labels(), language.language(), reader,
                spec.commandLine().getOut(), !terminal, incident -> write(target, incident), target.toString(),
                Invocation.command());
        try {
            if (resumed != null) {
                interview.resume(resumed);
            } else {
                warmUp(rulesPlanner);
                interview.start(id != null ? id : idFrom(target));
            }
        } catch (UncheckedIOException e) {
            throw new CommandProblem(Text.of(target + " に保存できません（" + e.getCause().getClass().getSimpleName() + "）",
                    "cannot save to " + target + " (" + e.getCause().getClass().getSimpleName() + ")"), e);
        }
        return ExitStatus.DONE;
    }

    /**
     * Compiles the rules while the person reads the first question, rather than after they answer it:
     * the first plan of a JVM waits for the rule base (seconds). A failure here is left for the
     * interview's own first plan to report.
     */
    private static void warmUp(Planner planner) {
        Thread thread = new Thread(() -> {
            try {
                planner.plan(Incident.builder("WARM-UP", IncidentType.LOST_OR_STOLEN).build());
            } catch (RuntimeException | LinkageError | AssertionError ignored) {
                // reported by the interview's first plan
            }
        }, "leakcheck-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The save file must not be another incident's, nor a link, and its folder must exist. */
    private void checkTarget(Path target) {
        if (Files.isDirectory(target)) {
            throw new CommandProblem(Text.of(target + " はディレクトリです。保存先のファイル名を --save で指定してください",
                    target + " is a directory: name the save file with --save"));
        }
        AtomicSave.checkTarget(target);
        boolean resumingIt = resume != null && AtomicSave.sameFile(target, resume);
        if (Files.exists(target) && !resumingIt) {
            throw new CommandProblem(Text.of(target + " は既にあります。続けるなら --resume " + target
                    + "、新しく始めるなら別の --save を指定してください",
                    target + " already exists: go on with --resume " + target + ", or start anew with another --save"));
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandProblem(Text.of(target + " に保存できません: フォルダがありません",
                    "cannot save to " + target + ": the folder does not exist"));
        }
    }

    /** {@code INC-2026-0042.json} → {@code INC-2026-0042}. */
    static String idFrom(Path file) {
        String name = file.getFileName().toString().replaceFirst("(?i)\\.json$", "").strip();
        return name.isEmpty() ? "INCIDENT" : name;
    }

    /** Written whole, then moved over the save file: a stop in the middle never leaves half a file. */
    private static void write(Path target, Incident incident) {
        try {
            AtomicSave.write(target, IncidentJson.write(incident));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
