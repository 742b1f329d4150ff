package dev.leakcheck.model;

/**
 * The answer to one of the checklist's yes/no questions.
 *
 * <p>The checklist is a list of questions and, while an incident is fresh, most of them are
 * unanswered. {@code UNKNOWN} is therefore an answer of its own: it is never read as {@code NO}.
 * A rule that depends on an unknown answer still applies, marked provisional, because the law
 * counts a leak that only may have happened.
 */
public enum Answer {
    YES,
    NO,
    UNKNOWN;

    /** Maps an optional boolean (for example a JSON field that may be absent) to an answer. */
    public static Answer of(Boolean value) {
        if (value == null) {
            return UNKNOWN;
        }
        return value ? YES : NO;
    }

    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** The boolean of a known answer, or {@code null} when unknown. */
    public Boolean toBoolean() {
        return switch (this) {
            case YES -> Boolean.TRUE;
            case NO -> Boolean.FALSE;
            case UNKNOWN -> null;
        };
    }
}
