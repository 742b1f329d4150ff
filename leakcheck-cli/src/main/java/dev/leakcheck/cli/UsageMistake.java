package dev.leakcheck.cli;

import dev.leakcheck.model.Text;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line, said in both languages. Picocli's own messages are English only; each kind
 * of mistake it finds is said again here, with picocli's suggestions for a mistyped command or option
 * ("did you mean"). A kind not known here keeps picocli's English words after a Japanese lead.
 */
final class UsageMistake {

    private UsageMistake() {
    }

    static Text describe(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (ex instanceof MissingParameterException missing) {
            String names = missing.getMissing().stream().map(UsageMistake::name).collect(Collectors.joining(", "));
            return Text.of(names + " を指定してください", "missing " + names);
        }
        if (ex instanceof OverwrittenOptionException overwritten) {
            String name = name(overwritten.getOverwritten());
            return Text.of(name + " は一度だけ指定してください", name + " is given more than once");
        }
        if (ex instanceof MaxValuesExceededException) {
            return Text.of("引数が多すぎます", "too many arguments");
        }
        if (ex.getCause() instanceof InvalidValue invalid && ex.getArgSpec() != null) {
            return Text.of(name(ex.getArgSpec()) + " の値 '" + ex.getValue() + "' は使えません: " + invalid.allowed().ja(),
                    name(ex.getArgSpec()) + ": '" + ex.getValue() + "' is not allowed; " + invalid.allowed().en());
        }
        if (ex.getCause() != null && ex.getArgSpec() != null) {
            return Text.of(name(ex.getArgSpec()) + " の値 '" + ex.getValue() + "' は使えません",
                    name(ex.getArgSpec()) + ": '" + ex.getValue() + "' is not allowed");
        }
        return Text.of(ex.getMessage(), ex.getMessage());
    }

    private static Text unmatched(UnmatchedArgumentException ex) {
        List<String> unmatched = ex.getUnmatched();
        String first = unmatched.isEmpty() ? "" : unmatched.get(0);
        List<String> suggestions = ex.getSuggestions();
        boolean isCommand = !first.startsWith("-") && ex.getCommandLine().getCommandSpec().parent() == null
                && !ex.getCommandLine().getSubcommands().isEmpty();
        Text what;
        if (first.startsWith("-")) {
            what = Text.of("オプション " + first + " はありません", "unknown option " + first);
        } else if (isCommand) {
            what = Text.of("コマンド " + first + " はありません", "unknown command " + first);
        } else {
            what = Text.of("余分な引数 " + String.join(" ", unmatched), "unexpected argument " + String.join(" ", unmatched));
        }
        if (suggestions.isEmpty()) {
            return what;
        }
        String candidates = String.join(", ", suggestions);
        return Text.of(what.ja() + "。もしかして: " + candidates, what.en() + "; did you mean: " + candidates + "?");
    }

    /** An option by its longest name, a positional parameter by its label (INCIDENT.json, DIR). */
    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        if (arg instanceof PositionalParamSpec positional) {
            return positional.paramLabel();
        }
        return String.valueOf(arg);
    }
}
