package dev.leakcheck.cli.report;

import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.JapanTime;
import dev.leakcheck.model.Text;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

/**
 * How a deadline reads, the same in the report and in the interview: its due date, with the time of
 * day for a period in hours (GDPR's 72 hours end at an instant, {@code dueAt}), and whether it had
 * already passed when the plan was made.
 */
public final class DeadlineText {

    /**
     * Due first: by due date, then by the instant within that day (a deadline in hours before one
     * that lasts the whole day), then by target.
     */
    public static final Comparator<Deadline> ORDER = Comparator.comparing(Deadline::due)
            .thenComparing(d -> d.dueAt().map(t -> t.atZoneSameInstant(JapanTime.ZONE).toLocalTime()).orElse(LocalTime.MAX))
            .thenComparing(Deadline::target);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DeadlineText() {
    }

    /** The due date, and for a period in hours the time in Tokyo: {@code 2026-11-09 23:00}. */
    public static String due(Deadline deadline) {
        return deadline.due() + deadline.dueAt().map(t -> " " + TIME.format(t.atZoneSameInstant(JapanTime.ZONE))).orElse("");
    }

    /** 「期限切れ」 when the deadline had passed when the plan was made. */
    public static final Text OVERDUE = Text.of("期限切れ", "overdue");
}
