package dev.leakcheck.rules;

import java.util.List;

/**
 * The rules could not be built: a table or a rule file has a mistake. The message names each
 * problem with its file and, where it can, sheet and cell; no half-built rule base is ever used.
 */
public final class RulesDefinitionException extends RuntimeException {

    /** The problems, one line each. */
    private final List<String> problems;

    /**
     * An exception of these problems.
     *
     * @param problems one line each, where first: file, sheet and cell
     */
    public RulesDefinitionException(List<String> problems) {
        this(problems.stream().map(RulesDefinitionException::oneLine).toList(), true);
    }

    private RulesDefinitionException(List<String> lines, boolean oneLineEach) {
        super("ルールを読み込めませんでした / the rules could not be built:\n  " + String.join("\n  ", lines));
        this.problems = List.copyOf(lines);
    }

    /**
     * A problem on one line, whatever the cell it quotes holds: line breaks and tabs shown as ⏎ and →,
     * other control characters as {@code \\uXXXX}.
     */
    static String oneLine(String problem) {
        StringBuilder line = new StringBuilder(problem.length());
        for (int i = 0; i < problem.length(); i++) {
            char c = problem.charAt(i);
            if (c == '\n') {
                line.append('⏎');
            } else if (c == '\r') {
                // part of a line break, shown once
            } else if (c == '\t') {
                line.append('→');
            } else if (c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029) {
                line.append(String.format("\\u%04X", (int) c));
            } else {
                line.append(c);
            }
        }
        return line.toString();
    }

    /**
     * An exception of one problem.
     *
     * @param problem the problem, where first: file, sheet and cell
     */
    public RulesDefinitionException(String problem) {
        this(List.of(problem));
    }

    /**
     * Each problem, one line each.
     *
     * @return the problems, one line each
     */
    public List<String> problems() {
        return problems;
    }
}
