package dev.leakcheck.rules.internal.deadline;

import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Text;
import dev.leakcheck.model.JapanTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Turns the deadline table's day counts into dates, counted as each row says ({@link DeadlineFinding}):
 * from the date of awareness or from the date the reportable situation became known, the start as
 * day 1 or not. A due date that the table says rolls over moves to the next day administrative
 * organs are open (Act on Holidays of Administrative Organs, Art. 2). When several rows apply to
 * one action (for example the final report while malicious intent is still unknown), the earliest
 * due date wins: the plan never promises more time than the law may give. A row in hours counts from
 * the instant the clock starts, and its end ({@code dueAt}) is never rolled over. A deadline already
 * past when the plan is made is flagged overdue.
 */
public final class DeadlineCalculator {

    private final AdministrativeCalendar calendar;

    public DeadlineCalculator(AdministrativeCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The dates the clocks start from, in Asia/Tokyo.
     *
     * @param aware           the date of awareness (the first response)
     * @param reportable      the date the reportable situation became known (the legal clocks)
     * @param reportableLater the reportable situation became known at a time of its own, not at awareness
     * @param awareAt         the instant of awareness (periods in hours)
     * @param reportableAt    the instant the reportable situation became known
     * @param now             when the plan is made: a deadline before it is overdue
     */
    public record Clocks(Optional<LocalDate> aware, Optional<LocalDate> reportable, boolean reportableLater,
            Optional<ZonedDateTime> awareAt, Optional<ZonedDateTime> reportableAt, Instant now) {

        Optional<LocalDate> start(DeadlineFinding rule) {
            if (rule.dueHours().isPresent()) {
                return startInstant(rule).map(t -> t.withZoneSameInstant(JapanTime.ZONE).toLocalDate());
            }
            return rule.fromReportable() ? reportable : aware;
        }

        Optional<ZonedDateTime> startInstant(DeadlineFinding rule) {
            return rule.fromReportable() ? reportableAt : awareAt;
        }

        LocalDate today() {
            return now.atZone(JapanTime.ZONE).toLocalDate();
        }
    }

    /** The deadline of an action and, when the holiday list cannot vouch for it, a warning. */
    public record Result(Deadline deadline, Optional<Text> warning) {
    }

    public Optional<Result> deadline(String code, Clocks clocks, List<DeadlineFinding> rules) {
        DeadlineFinding earliest = null;
        LocalDate earliestDue = null;
        LocalDate earliestTarget = null;
        for (DeadlineFinding rule : rules) {
            Optional<LocalDate> start = clocks.start(rule);
            if (rule.codes().contains(code) && start.isPresent()) {
                LocalDate due = rule.dueHours().isPresent() ? dueAt(clocks, rule).toLocalDate() : due(start.get(), rule);
                LocalDate target = rule.dueHours().isPresent() ? due : start.get().plusDays(rule.offset(rule.targetDays()));
                // The earliest due date, then target; on a tie the first row stays: its basis is the one given.
                if (earliest == null || due.isBefore(earliestDue) || (due.equals(earliestDue) && target.isBefore(earliestTarget))) {
                    earliest = rule;
                    earliestDue = due;
                    earliestTarget = target;
                }
            }
        }
        return earliest == null ? Optional.empty()
                : Optional.of(compute(code, clocks.start(earliest).orElseThrow(), clocks, earliest));
    }

    private LocalDate due(LocalDate start, DeadlineFinding rule) {
        LocalDate counted = start.plusDays(rule.offset(rule.dueDays()));
        return rule.rollOver() ? calendar.openOnOrAfter(counted) : counted;
    }

    /** The end of a period in hours, in Tokyo. */
    private static OffsetDateTime dueAt(Clocks clocks, DeadlineFinding rule) {
        return clocks.startInstant(rule).orElseThrow().plusHours(rule.dueHours().getAsInt())
                .withZoneSameInstant(JapanTime.ZONE).toOffsetDateTime();
    }

    /** A period in hours: from the instant the clock started, weekends and holidays included, never rolled over. */
    private Result computeHours(Clocks clocks, DeadlineFinding rule) {
        ZonedDateTime start = clocks.startInstant(rule).orElseThrow().withZoneSameInstant(JapanTime.ZONE);
        OffsetDateTime dueAt = dueAt(clocks, rule);
        int hours = rule.dueHours().getAsInt();
        boolean reportable = rule.fromReportable() && clocks.reportableLater();
        String startText = start.toOffsetDateTime().toString();
        String dueText = dueAt.toString();
        Text basis = Text.of(
                rule.basis().ja() + "（" + (reportable ? "報告対象事態を知った時 " : "認識時 ") + startText + " から " + hours
                        + " 時間、期限 " + dueText + "。土日・休日も数え、繰り延べない）",
                rule.basis().en() + " (" + (reportable ? "the reportable situation known " : "aware ") + startText + "; "
                        + hours + " hours, due " + dueText + "; weekends and holidays count, never moved)");
        LocalDate due = dueAt.atZoneSameInstant(JapanTime.ZONE).toLocalDate();
        return new Result(new Deadline(due, due, basis, Optional.of(dueAt), dueAt.toInstant().isBefore(clocks.now())),
                Optional.empty());
    }

    private Result compute(String code, LocalDate start, Clocks clocks, DeadlineFinding rule) {
        if (rule.dueHours().isPresent()) {
            return computeHours(clocks, rule);
        }
        LocalDate target = start.plusDays(rule.offset(rule.targetDays()));
        LocalDate counted = start.plusDays(rule.offset(rule.dueDays()));
        LocalDate due = rule.rollOver() ? calendar.openOnOrAfter(counted) : counted;
        // Each date written once, for both languages.
        String startText = start.toString();
        String targetText = target.toString();
        String countedText = counted.toString();
        boolean rolled = !due.equals(counted);
        String dueText = rolled ? due.toString() : countedText;
        boolean reportable = rule.fromReportable() && clocks.reportableLater();
        String startJa = (reportable ? "報告対象事態を知った日 " : "認識日 ") + startText
                + (rule.dayOne() ? " を1日目として数え" : "");
        String startEn = (reportable ? "the reportable situation known " : "aware ") + startText
                + (rule.dayOne() ? ", counted as day 1" : "");
        Text basis = Text.of(
                rule.basis().ja() + "（" + startJa + "、目標 " + targetText + "、期限 " + countedText
                        + (rolled ? " は行政機関の休日のため " + dueText : "") + "）",
                rule.basis().en() + " (" + startEn + "; target " + targetText + ", due " + countedText
                        + (rolled ? ", an administrative holiday, so " + dueText : "") + ")");
        return new Result(new Deadline(target, due, basis, Optional.empty(), due.isBefore(clocks.today())),
                rule.rollOver() ? warning(code, due) : Optional.empty());
    }

    /** A due date outside the years of the holiday table: say on which side, and which year the table stops at. */
    private Optional<Text> warning(String code, LocalDate due) {
        if (calendar.covers(due)) {
            return Optional.empty();
        }
        if (due.getYear() < calendar.firstCoveredYear()) {
            return Optional.of(Text.of(
                    code + " の期限 " + due + " は祝日表（" + calendar.firstCoveredYear()
                            + "年から）より前のため、国民の祝日を考慮できていません。calendar.xlsx にその年の祝日を追加してください。",
                    "The due date " + due + " of " + code + " is before the holiday table (which starts in "
                            + calendar.firstCoveredYear() + "): national holidays could not be taken into account."
                            + " Add that year's holidays to calendar.xlsx."));
        }
        return Optional.of(Text.of(
                code + " の期限 " + due + " は祝日表（" + calendar.lastCoveredYear()
                        + "年まで）より後のため、国民の祝日を考慮できていません。calendar.xlsx に祝日を追加してください。",
                "The due date " + due + " of " + code + " is past the holiday table (which ends in "
                        + calendar.lastCoveredYear() + "): national holidays could not be taken into account."
                        + " Add them to calendar.xlsx."));
    }
}
