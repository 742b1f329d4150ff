package dev.leakcheck.json;

import dev.leakcheck.model.Language;
import dev.leakcheck.model.Text;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The input is wrong: one mistake, named precisely enough to fix it without reading the code.
 *
 * <p>It carries the field path in the form of docs/json-contract.md ({@code assets[0].personal.persons}),
 * the problem in Japanese and English, and the line and column where the input shows them.
 * Errors about the input as a whole (a file that does not exist, broken JSON syntax) have no field;
 * they are named after the {@linkplain #source() source} instead.
 */
public final class InputException extends RuntimeException {

    private final String field;
    private final Text problem;
    private final Location location;
    private final String source;

    InputException(FieldPath field, Location location, Text problem) {
        this(field == null || field.isRoot() ? null : field.text(), location, problem, null, null);
    }

    private InputException(String field, Location location, Text problem, String source, Throwable cause) {
        super(null, cause);
        this.field = field;
        this.problem = problem;
        this.location = location == null ? new Location(0, 0) : location;
        this.source = source;
    }

    /** A problem with the input as a whole, for example a file that cannot be read. */
    static InputException ofSource(String source, Location location, Text problem, Throwable cause) {
        return new InputException(null, location, problem, source, cause);
    }

    /** The same problem, naming the file (or other source) the input came from. */
    InputException from(String newSource) {
        InputException named = new InputException(field, location, problem, newSource, getCause());
        named.setStackTrace(getStackTrace());
        return named;
    }

    /** The path of the wrong field, such as {@code discovery.awareAt}; empty for the input as a whole. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** What is wrong and what is allowed, in both languages. */
    public Text problem() {
        return problem;
    }

    /** The 1-based line of the mistake, where the input shows it. */
    public OptionalInt line() {
        return location.isKnown() ? OptionalInt.of(location.line()) : OptionalInt.empty();
    }

    /** The 1-based column of the mistake, where the input shows it. */
    public OptionalInt column() {
        return location.isKnown() ? OptionalInt.of(location.column()) : OptionalInt.empty();
    }

    /** Where the input came from (a file name), when known. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * The mistake in one line: {@code assets[0].personal.persons (3行目 12列): …} or, in English,
     * {@code assets[0].personal.persons (line 3, column 12): …}.
     */
    public String describe(Language language) {
        return subject(language) + where(language) + ": " + problem.in(language);
    }

    private String subject(Language language) {
        if (field != null) {
            return field;
        }
        if (source != null) {
            return source;
        }
        return Text.of("入力", "input").in(language);
    }

    private String where(Language language) {
        if (!location.isKnown()) {
            return "";
        }
        return language == Language.EN
                ? " (line " + location.line() + ", column " + location.column() + ")"
                : " (" + location.line() + "行目 " + location.column() + "列)";
    }

    @Override
    public String getMessage() {
        return describe(Language.JA) + " / " + describe(Language.EN);
    }
}
