package dev.leakcheck.cli;

import dev.leakcheck.json.InputException;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Text;
import dev.leakcheck.rules.RulesDefinitionException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and an exit status. Staff read these lines, so they
 * never see a stack trace; set LEAKCHECK_DEBUG=1 to get one for an internal error.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {

    private static final String PREFIX = "leakcheck: ";

    private final PrintWriter err;

    ErrorReporter(PrintWriter err) {
        this.err = err;
    }

    /** A mistake on the command line: unknown option, missing file, bad --lang. */
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        String help = command.getCommandSpec().qualifiedName() + " --help";
        Text line = Text.of(
                "使い方の誤り: " + ex.getMessage() + " (" + help + " を参照)",
                "usage error: " + ex.getMessage() + " (see " + help + ")");
        err.println(PREFIX + oneLine(line.in(languageOf(command))));
        return ExitStatus.INPUT_ERROR;
    }

    /** A failure while running a command: wrong input, a file the tool cannot use, or a fault of the tool. */
    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        Language language = languageOf(command);
        if (ex instanceof InputException input) {
            err.println(PREFIX + Text.of("入力エラー: ", "input error: ").in(language) + oneLine(input.describe(language)));
            return ExitStatus.INPUT_ERROR;
        }
        if (ex instanceof RulesDefinitionException rules) {
            rulesProblems(rules.problems(), language);
            return ExitStatus.INPUT_ERROR;
        }
        if (ex instanceof CommandProblem problem) {
            err.println(PREFIX + problem.problem().in(language));
            return ExitStatus.INPUT_ERROR;
        }
        return internalError(ex, language);
    }

    /** Mistakes in edited workbooks: one line each, naming file, sheet and cell. */
    void rulesProblems(java.util.List<String> problems, Language language) {
        err.println(PREFIX + Text.of("ルールのブックに誤りがあります（" + problems.size() + "件）:",
                "the rule workbooks have " + problems.size() + " problem(s):").in(language));
        problems.forEach(problem -> err.println("  " + problem));
    }

    /**
     * A fault of the tool. Only the exception's class is printed: its message could quote an
     * incident's free text, which may hold personal data.
     */
    int internalError(Throwable fault, Language language) {
        Text line = Text.of(
                "内部エラー (internal error): " + fault.getClass().getName() + " (LEAKCHECK_DEBUG=1 で詳細を表示)",
                "internal error: " + fault.getClass().getName() + " (set LEAKCHECK_DEBUG=1 for details)");
        err.println(PREFIX + line.in(language));
        if ("1".equals(System.getenv("LEAKCHECK_DEBUG"))) {
            fault.printStackTrace(err);
        }
        return ExitStatus.INTERNAL_ERROR;
    }

    /**
     * The message on one line, whatever the input it quotes: a line break in a value or key of the JSON
     * is shown as a backslash and n, other control characters as a backslash, u and four hex digits.
     */
    static String oneLine(String message) {
        StringBuilder line = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            boolean breaks = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (breaks && line == null) {
                line = new StringBuilder(message.length() + 8).append(message, 0, i);
            }
            if (line != null) {
                if (!breaks) {
                    line.append(c);
                } else if (c == '\n') {
                    line.append("\\n");
                } else if (c == '\r') {
                    line.append("\\r");
                } else if (c == '\t') {
                    line.append("\\t");
                } else {
                    line.append(String.format("\\u%04X", (int) c));
                }
            }
        }
        return line == null ? message : line.toString();
    }

    /** The --lang of the command, where it has one and it was read; Japanese otherwise. */
    static Language languageOf(CommandLine command) {
        CommandSpec mixin = command.getCommandSpec().mixins().get(LanguageOption.MIXIN_NAME);
        if (mixin != null && mixin.userObject() instanceof LanguageOption option) {
            return option.language();
        }
        return Language.JA;
    }
}
