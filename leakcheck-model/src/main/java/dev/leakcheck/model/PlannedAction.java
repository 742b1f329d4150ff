package dev.leakcheck.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing to do, with why and by when.
 *
 * @param code        the stable action code of the catalogue; applications key their workflows on it
 * @param provisional the action depends on a fact that is still unknown
 * @param recipient   who the action is addressed to, where there is one
 * @param deadline    present only when it can be computed (the awareness time is known)
 * @param because     the facts that made the rule apply, and the legal point where there is one
 * @param source      the checklist section (or the law) the action comes from
 */
public record PlannedAction(
        String code,
        Phase phase,
        Necessity necessity,
        boolean provisional,
        Text title,
        Optional<Text> recipient,
        Optional<Deadline> deadline,
        List<Text> because,
        Text source) {

    /**
     * Checks that no component is null; the list of reasons is copied.
     *
     * @param code the {@code code} component
     * @param phase the {@code phase} component
     * @param necessity the {@code necessity} component
     * @param provisional the {@code provisional} component
     * @param title the {@code title} component
     * @param recipient the {@code recipient} component
     * @param deadline the {@code deadline} component
     * @param because the {@code because} component
     * @param source the {@code source} component
     * @throws NullPointerException if a component is null
     */
    public PlannedAction {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(necessity, "necessity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(because, "because");
        Objects.requireNonNull(source, "source");
        because = List.copyOf(because);
    }
}
