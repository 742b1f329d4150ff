package dev.leakcheck.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Text;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command-line tool {@code leakcheck}. Each task is a subcommand: {@code plan} (the plan as
 * JSON), {@code interview} (the guided interview), {@code report} (the one-page report),
 * {@code validate} (check edited workbooks) and {@code dump-drl} (the DRL behind the tables); more
 * are added the same way, in {@link #commandLine}.
 *
 * <p>Output is UTF-8 whatever the platform's default, because the plan holds Japanese text and
 * is read by programs as much as by people.
 *
 * <p>The help and the usage errors are in the language of {@code --lang} (Japanese by default), wherever
 * on the command line it is given: the texts are in {@code Help_ja.properties} and
 * {@code Help_en.properties}, one resource bundle for all the commands.
 */
@Command(name = Invocation.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public final class LeakcheckCommand implements Callable<Integer> {

    /** Wide enough for the longest option label and a useful description column; fits a 100-column terminal. */
    static final int HELP_WIDTH = 100;

    @Mixin(name = LanguageOption.MIXIN_NAME)
    private LanguageOption language;

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
        Language language = languageOf(args);
        ErrorReporter errors = new ErrorReporter(stderr, language);
        CommandLine commandLine = commandLine(planner, in, terminal, stdout, stderr, errors, language);
        try {
            return commandLine.execute(args);
        } catch (RuntimeException | LinkageError fault) {
            // Picocli hands the commands' exceptions to the reporter; this catches what escapes it,
            // such as a class of the rule engine that fails to load.
            return errors.internalError(fault, language);
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    private static CommandLine commandLine(Planner planner, InputStream in, boolean terminal, PrintWriter out,
            PrintWriter err, ErrorReporter errors, Language language) {
        CommandLine commandLine = new CommandLine(new LeakcheckCommand())
                .addSubcommand("plan", new PlanCommand(planner))
                .addSubcommand("interview", new InterviewCommand(planner, in, terminal))
                .addSubcommand("report", new ReportCommand(planner))
                .addSubcommand("validate", new ValidateCommand())
                .addSubcommand("dump-drl", new DumpDrlCommand())
                .addSubcommand("help", new HelpCommand());
        // help takes --lang too: "leakcheck help report --lang en".
        commandLine.getSubcommands().get("help").addMixin(LanguageOption.MIXIN_NAME, new LanguageOption());
        commandLine.setResourceBundle(help(language));
        // --lang given anywhere (before or after the command's name) is the language of the whole run.
        commandLine.setDefaultValueProvider(arg -> arg instanceof OptionSpec option
                && LanguageOption.NAME.equals(option.longestName()) ? language.name().toLowerCase(Locale.ROOT) : null);
        commandLine.setUsageHelpWidth(HELP_WIDTH);
        commandLine.getCommandSpec().usageMessage().footerHeading("%n").footer(footer(language));
        commandLine.setOut(out);
        commandLine.setErr(err);
        // No ANSI colours: help text is also read by scripts and compared in tests.
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setExecutionExceptionHandler(errors);
        return commandLine;
    }

    /**
     * The language of the run: the value of the last {@code --lang} (or {@code --lang=}) on the command line;
     * Japanese when there is none or it is not a language (picocli then reports the bad value).
     */
    static Language languageOf(String[] args) {
        Language language = Language.JA;
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals(LanguageOption.NAME) && i + 1 < args.length) {
                value = args[++i];
            } else if (args[i].startsWith(LanguageOption.NAME + "=")) {
                value = args[i].substring(LanguageOption.NAME.length() + 1);
            } else if (args[i].equals("--")) {
                break;
            }
            if (value != null) {
                try {
                    language = Language.parse(value);
                } catch (IllegalArgumentException notALanguage) {
                    // reported by the option's converter
                }
            }
        }
        return language;
    }

    /** The help texts in one language; never another language's file as a fallback. */
    static ResourceBundle help(Language language) {
        return ResourceBundle.getBundle("dev.leakcheck.cli.Help", language == Language.EN ? Locale.ENGLISH : Locale.JAPANESE,
                LeakcheckCommand.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The root help's last lines: how to get a command's help, the exit statuses, and what {@code leakcheck} means here. */
    private static String[] footer(Language language) {
        List<Text> lines = new ArrayList<>();
        lines.add(Text.of("各コマンドの説明: leakcheck help コマンド名（例: leakcheck help report）。",
                "Each command's help: leakcheck help COMMAND (for example leakcheck help report)."));
        lines.add(Text.of("終了コード: 0 成功、2 入力か使い方の誤り、1 それ以外。",
                "Exit status: 0 done, 2 wrong input or usage, 1 anything else."));
        String invocation = Invocation.command();
        if (!invocation.equals(Invocation.NAME)) {
            lines.add(Text.of("ここで leakcheck と書いたものは、" + invocation + " で実行します。",
                    "Here, leakcheck stands for " + invocation + "."));
        }
        return lines.stream().map(line -> line.in(language)).toArray(String[]::new);
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    /** {@code leakcheck} alone: a command is needed. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), Text.of(
                "コマンドを指定してください: plan, interview, report, validate, dump-drl",
                "name a command: plan, interview, report, validate, dump-drl").in(language.language()));
    }
}
