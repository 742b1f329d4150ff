package dev.leakcheck.model;

import java.util.Objects;

/**
 * A checklist question that is still unanswered.
 *
 * @param field the incident field that answers it, as a path ({@code discovery.awareAt},
 *              {@code assets[1].personal.persons})
 * @param text  the question as the checklist asks it
 */
public record Question(String field, Text text) {

    /**
     * Checks that no component is null.
     *
     * @param field the {@code field} component
     * @param text the {@code text} component
     * @throws NullPointerException if a component is null
     */
    public Question {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
    }
}
