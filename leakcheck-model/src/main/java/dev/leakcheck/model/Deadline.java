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

    public Deadline {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(basis, "basis");
        if (due.isBefore(target)) {
            throw new IllegalArgumentException("due " + due + " is before target " + target);
        }
    }
}
