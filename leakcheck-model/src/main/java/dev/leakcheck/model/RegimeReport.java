package dev.leakcheck.model;

import java.util.List;
import java.util.Objects;

/**
 * The decision on the report of one regime (APPI_BUSINESS, MY_NUMBER, GDPR, …) that applies, or may
 * apply, to the organisation. The regimes, their triggers and texts live in the decision tables; the
 * codes here are theirs. For APPI_BUSINESS this is the decision {@link Plan#ppcReport()} gives.
 *
 * @param regime           the regime's code
 * @param authority        the authority the report goes to
 * @param required         the report is required, or may be (then {@code provisional})
 * @param provisional      the duty rests on facts still unknown
 * @param triggers         the regime's cases that hold on what is known, in the regime's order
 * @param possibleTriggers the cases that may hold but rest on an unknown answer
 * @param exemptions       why some data was left out of the regime's count
 * @param because          the reasons of the cases that hold, then those of the cases that may hold
 * @param actions          the codes of the plan's actions that serve this report, in plan order
 */
public record RegimeReport(
        String regime,
        Text authority,
        boolean required,
        boolean provisional,
        List<String> triggers,
        List<String> possibleTriggers,
        List<String> exemptions,
        List<Text> because,
        List<String> actions) {

    /**
     * Checks that no component is null and that the state is consistent (as {@link PpcReport}); the
     * lists are copied.
     *
     * @param regime the {@code regime} component
     * @param authority the {@code authority} component
     * @param required the {@code required} component
     * @param provisional the {@code provisional} component
     * @param triggers the {@code triggers} component
     * @param possibleTriggers the {@code possibleTriggers} component
     * @param exemptions the {@code exemptions} component
     * @param because the {@code because} component
     * @param actions the {@code actions} component
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the state is not consistent
     */
    public RegimeReport {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(authority, "authority");
        triggers = List.copyOf(triggers);
        possibleTriggers = List.copyOf(possibleTriggers);
        exemptions = List.copyOf(exemptions);
        because = List.copyOf(because);
        actions = List.copyOf(actions);
        if (provisional && !required) {
            throw new IllegalArgumentException("a report that is not required cannot be provisional");
        }
        for (String trigger : triggers) {
            if (possibleTriggers.contains(trigger)) {
                throw new IllegalArgumentException(trigger + " cannot both hold and only possibly hold");
            }
        }
        if (!required && !triggers.isEmpty()) {
            throw new IllegalArgumentException("a report that is not required has no case that holds");
        }
    }
}
