package dev.leakcheck.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an action is due, as calendar dates in Asia/Tokyo.
 *
 * @param target the conservative date staff should aim for
 * @param due    the latest date the law (or the checklist) allows; never before {@code target}
 * @param basis  the legal basis and how the dates were counted
 */
public record Deadline(LocalDate target, LocalDate due, Text basis) {

    /**
     * Checks that no component is null and that the due date is not before the target.
     *
     * @param target the {@code target} component
     * @param due the {@code due} component
     * @param basis the {@code basis} component
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the due date is before the target
     */
    public Deadline {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(basis, "basis");
        if (due.isBefore(target)) {
            throw new IllegalArgumentException("due " + due + " is before target " + target);
        }
    }
}
