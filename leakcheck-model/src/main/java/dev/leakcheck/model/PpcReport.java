package dev.leakcheck.model;

import java.util.List;
import java.util.Objects;

/**
 * The decision on the report to the Personal Information Protection Commission (個人情報保護委員会).
 *
 * @param required         the report is required, or may be (then {@code provisional})
 * @param provisional      the duty rests on facts still unknown: answer the plan's questions to settle it
 * @param triggers         the cases of Rule 7 that hold on what is known, in the order of the rule: the boxes
 *                         to tick on the PPC's form
 * @param possibleTriggers the cases of Rule 7 that may hold but rest on an unknown answer; a case is in one
 *                         list or the other, never both
 * @param exemptions       why some assets were left out of the count
 * @param because          the facts behind the decision: the reasons of the cases that hold, then those of the
 *                         cases that may hold
 * @param draft            the nine items of the report (Rule 8(1)) as far as the incident answers them;
 *                         empty when no report is required
 */
public record PpcReport(
        boolean required,
        boolean provisional,
        List<PpcTrigger> triggers,
        List<PpcTrigger> possibleTriggers,
        List<PpcExemption> exemptions,
        List<Text> because,
        List<ReportItem> draft) {

    /**
     * Checks that no component is null and that the report's state is consistent: provisional only
     * when required and no case holds for sure, a case never both holding and possibly holding, a
     * report required for sure with a case that holds, none not required with a case; the lists are
     * copied.
     *
     * @param required the {@code required} component
     * @param provisional the {@code provisional} component
     * @param triggers the {@code triggers} component
     * @param possibleTriggers the {@code possibleTriggers} component
     * @param exemptions the {@code exemptions} component
     * @param because the {@code because} component
     * @param draft the {@code draft} component
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the state is not consistent
     */
    public PpcReport {
        Objects.requireNonNull(triggers, "triggers");
        Objects.requireNonNull(possibleTriggers, "possibleTriggers");
        Objects.requireNonNull(exemptions, "exemptions");
        Objects.requireNonNull(because, "because");
        triggers = List.copyOf(triggers);
        possibleTriggers = List.copyOf(possibleTriggers);
        exemptions = List.copyOf(exemptions);
        because = List.copyOf(because);
        draft = List.copyOf(draft);
        if (provisional && !required) {
            throw new IllegalArgumentException("a report that is not required cannot be provisional");
        }
        for (PpcTrigger trigger : triggers) {
            if (possibleTriggers.contains(trigger)) {
                throw new IllegalArgumentException(trigger + " cannot both hold and only possibly hold");
            }
        }
        if (required && !provisional && triggers.isEmpty()) {
            throw new IllegalArgumentException("a report required for sure needs a case that holds");
        }
        if (provisional && !triggers.isEmpty()) {
            throw new IllegalArgumentException("a case holds, so the report is required for sure, not provisionally");
        }
        if (!required && !(triggers.isEmpty() && possibleTriggers.isEmpty())) {
            throw new IllegalArgumentException("a report that is not required has no case that holds or may hold");
        }
    }

    /**
     * A decision without a draft.
     *
     * @param required the {@code required} component
     * @param provisional the {@code provisional} component
     * @param triggers the {@code triggers} component
     * @param possibleTriggers the {@code possibleTriggers} component
     * @param exemptions the {@code exemptions} component
     * @param because the {@code because} component
     */
    public PpcReport(boolean required, boolean provisional, List<PpcTrigger> triggers,
            List<PpcTrigger> possibleTriggers, List<PpcExemption> exemptions, List<Text> because) {
        this(required, provisional, triggers, possibleTriggers, exemptions, because, List.of());
    }
}
