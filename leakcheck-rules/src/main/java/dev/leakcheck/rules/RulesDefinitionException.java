package dev.leakcheck.rules;

import java.util.List;

/**
 * The rules could not be built: a table or a rule file has a mistake. The message names each
 * problem with its file and, where it can, sheet and cell; no half-built rule base is ever used.
 */
public final class RulesDefinitionException extends RuntimeException {

    private final List<String> problems;

    public RulesDefinitionException(List<String> problems) {
        super("ルールを読み込めませんでした / the rules could not be built:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public RulesDefinitionException(String problem) {
        this(List.of(problem));
    }

    /** Each problem, one line each. */
    public List<String> problems() {
        return problems;
    }
}
