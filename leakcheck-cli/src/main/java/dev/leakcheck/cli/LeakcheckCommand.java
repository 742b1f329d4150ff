package dev.leakcheck.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The command-line tool {@code leakcheck}. Each task is a subcommand: {@code plan} (the plan as
 * JSON), {@code interview} (the guided interview), {@code report} (the one-page report),
 * {@code validate} (check edited workbooks) and {@code dump-drl} (the DRL behind the tables); more
 * are added the same way, in {@link #commandLine}.
 *
 * <p>Output is UTF-8 whatever the platform's default, because the plan holds Japanese text and
 * is read by programs as much as by people.
 */
@Command(name = "leakcheck", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "情報漏洩事案への対応計画を作ります。",
            "Makes the response plan for a data leak."})
public final class LeakcheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err, Planner.bundled(), System.console() != null));
    }

    /**
     * Runs the tool in-process and returns its exit status; nothing is written outside out and err
     * (and the files a command is told to write). Standard input is empty.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, InputStream.nullInputStream(), out, err);
    }

    /** Runs the tool in-process with the given standard input (the interview reads its answers there). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, Planner.bundled(), false);
    }

    static int run(String[] args, OutputStream out, OutputStream err, Planner planner) {
        return run(args, new ByteArrayInputStream(new byte[0]), out, err, planner, false);
    }

    /**
     * @param terminal whether standard input is a person's terminal (which shows what is typed), not
     *                 a pipe or a file
     */
    static int run(String[] args, InputStream in, OutputStream out, OutputStream err, Planner planner,
            boolean terminal) {
        PrintWriter stdout = utf8(out);
        PrintWriter stderr = utf8(err);
        ErrorReporter errors = new ErrorReporter(stderr);
        CommandLine commandLine = commandLine(planner, in, terminal, stdout, stderr, errors);
        try {
            return commandLine.execute(args);
        } catch (RuntimeException | LinkageError fault) {
            // Picocli hands the commands' exceptions to the reporter; this catches what escapes it,
            // such as a class of the rule engine that fails to load.
            return errors.internalError(fault, ErrorReporter.languageOf(commandRun(commandLine)));
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    private static CommandLine commandLine(Planner planner, InputStream in, boolean terminal, PrintWriter out,
            PrintWriter err, ErrorReporter errors) {
        CommandLine commandLine = new CommandLine(new LeakcheckCommand())
                .addSubcommand("plan", new PlanCommand(planner))
                .addSubcommand("interview", new InterviewCommand(planner, in, terminal))
                .addSubcommand("report", new ReportCommand(planner))
                .addSubcommand("validate", new ValidateCommand())
                .addSubcommand("dump-drl", new DumpDrlCommand())
                .addSubcommand("help", new HelpCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        // No ANSI colours: help text is also read by scripts and compared in tests.
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setExecutionExceptionHandler(errors);
        return commandLine;
    }

    /** The subcommand that was running (or the root, when parsing did not get that far). */
    private static CommandLine commandRun(CommandLine root) {
        ParseResult parsed = root.getParseResult();
        if (parsed == null) {
            return root;
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed.commandSpec().commandLine();
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    /** {@code leakcheck} alone: a subcommand is needed. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "サブコマンドを指定してください / a subcommand is needed: plan, interview, report, validate, dump-drl");
    }
}
