package dev.leakcheck.model;

import java.util.List;
import java.util.Objects;

/**
 * The decision on the report to the Personal Information Protection Commission (個人情報保護委員会).
 *
 * @param required    the report is required, or may be (then {@code provisional})
 * @param provisional the duty rests on facts still unknown: answer the plan's questions to settle it
 * @param triggers    the cases of Rule 7 that hold or may hold, in the order of the rule
 * @param exemptions  why some assets were left out of the count
 * @param because     the facts behind the decision
 * @param draft       the nine items of the report (Rule 8(1)) as far as the incident answers them;
 *                    empty when no report is required
 */
public record PpcReport(
        boolean required,
        boolean provisional,
        List<PpcTrigger> triggers,
        List<PpcExemption> exemptions,
        List<Text> because,
        List<ReportItem> draft) {

    public PpcReport {
        Objects.requireNonNull(triggers, "triggers");
        Objects.requireNonNull(exemptions, "exemptions");
        Objects.requireNonNull(because, "because");
        triggers = List.copyOf(triggers);
        exemptions = List.copyOf(exemptions);
        because = List.copyOf(because);
        draft = List.copyOf(draft);
        if (provisional && !required) {
            throw new IllegalArgumentException("a report that is not required cannot be provisional");
        }
    }

    /** A decision without a draft. */
    public PpcReport(boolean required, boolean provisional, List<PpcTrigger> triggers, List<PpcExemption> exemptions,
            List<Text> because) {
        this(required, provisional, triggers, exemptions, because, List.of());
    }
}
