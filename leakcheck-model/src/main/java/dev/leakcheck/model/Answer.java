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
    /** はい / Yes. */
    YES,
    /** いいえ / No. */
    NO,
    /** 不明 / Unknown. */
    UNKNOWN;

    /**
     * Maps an optional boolean (for example a JSON field that may be absent) to an answer.
     *
     * @param value the boolean, or {@code null}
     * @return YES, NO, or UNKNOWN for {@code null}
     */
    public static Answer of(Boolean value) {
        if (value == null) {
            return UNKNOWN;
        }
        return value ? YES : NO;
    }

    /**
     * Whether this is an answer at all.
     *
     * @return {@code true} for {@link #YES} and {@link #NO}, {@code false} for {@link #UNKNOWN}
     */
    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /**
     * The boolean of a known answer, or {@code null} when unknown.
     *
     * @return the boolean, or {@code null} when unknown
     */
    public Boolean toBoolean() {
        return switch (this) {
            case YES -> Boolean.TRUE;
            case NO -> Boolean.FALSE;
            case UNKNOWN -> null;
        };
    }
}
