package dev.leakcheck.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When an action is due, as calendar dates in Asia/Tokyo; for a period in hours (GDPR's 72 hours)
 * also as an instant.
 *
 * @param target  the conservative date staff should aim for
 * @param due     the latest date the law (or the checklist) allows; never before {@code target}; with
 *                {@code dueAt}, that instant's date in Tokyo
 * @param basis   the legal basis and how the dates were counted
 * @param dueAt   for a period in hours, the instant it ends, in Asia/Tokyo; no holiday roll-over
 * @param overdue the deadline had already passed when the plan was made
 */
public record Deadline(LocalDate target, LocalDate due, Text basis, Optional<OffsetDateTime> dueAt, boolean overdue) {

    /**
     * Checks that no component is null, that the due date is not before the target and that it is
     * the date of {@code dueAt} in Tokyo.
     *
     * @param target the {@code target} component
     * @param due the {@code due} component
     * @param basis the {@code basis} component
     * @param dueAt the {@code dueAt} component
     * @param overdue the {@code overdue} component
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the due date is before the target, or not the date of {@code dueAt}
     */
    public Deadline {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(dueAt, "dueAt");
        if (due.isBefore(target)) {
            throw new IllegalArgumentException("due " + due + " is before target " + target);
        }
        if (dueAt.isPresent() && !dueAt.get().atZoneSameInstant(JapanTime.ZONE).toLocalDate().equals(due)) {
            throw new IllegalArgumentException("due " + due + " is not the date of " + dueAt.get() + " in Tokyo");
        }
    }

    /**
     * A deadline in days, not overdue.
     *
     * @param target the {@code target} component
     * @param due the {@code due} component
     * @param basis the {@code basis} component
     */
    public Deadline(LocalDate target, LocalDate due, Text basis) {
        this(target, due, basis, Optional.empty(), false);
    }
}
