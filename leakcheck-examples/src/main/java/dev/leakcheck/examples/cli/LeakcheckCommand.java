package dev.leakcheck.examples.cli;

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
 * The command-line tool {@code leakcheck}. Each task is a subcommand ({@code plan}, {@code validate},
 * {@code dump-drl}); more are added the same way, in {@link #commandLine}.
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
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the tool in-process and returns its exit status; nothing is written outside out and err. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Planner.bundled());
    }

    static int run(String[] args, OutputStream out, OutputStream err, Planner planner) {
        PrintWriter stdout = utf8(out);
        PrintWriter stderr = utf8(err);
        ErrorReporter errors = new ErrorReporter(stderr);
        CommandLine commandLine = commandLine(planner, stdout, stderr, errors);
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

    private static CommandLine commandLine(Planner planner, PrintWriter out, PrintWriter err, ErrorReporter errors) {
        CommandLine commandLine = new CommandLine(new LeakcheckCommand())
                .addSubcommand("plan", new PlanCommand(planner))
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
                "サブコマンドを指定してください / a subcommand is needed: plan, validate, dump-drl");
    }
}
