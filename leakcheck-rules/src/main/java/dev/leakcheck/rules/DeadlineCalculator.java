package dev.leakcheck.rules;

import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Text;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns the deadline table's day counts into dates. Counting follows the Civil Code Art. 140 (the
 * day of awareness is not counted): awareness date + n days. A due date that the table says rolls
 * over moves past administrative holidays. When several rows apply to one action (for example the
 * final report while malicious intent is still unknown), the earliest due date wins: the plan
 * never promises more time than the law may give.
 */
final class DeadlineCalculator {

    private static final Comparator<Result> EARLIEST = Comparator.comparing((Result r) -> r.deadline().due())
            .thenComparing(r -> r.deadline().target());

    private final AdministrativeCalendar calendar;

    DeadlineCalculator(AdministrativeCalendar calendar) {
        this.calendar = calendar;
    }

    /** The deadline of an action and, when the holiday list cannot vouch for it, a warning. */
    record Result(Deadline deadline, Optional<Text> warning) {
    }

    Optional<Result> deadline(String code, LocalDate aware, List<DeadlineRule> rules) {
        Result earliest = null;
        for (DeadlineRule rule : rules) {
            if (rule.codes().contains(code)) {
                Result result = compute(code, aware, rule);
                // On a tie the first row stays: its basis is the one given.
                if (earliest == null || EARLIEST.compare(result, earliest) < 0) {
                    earliest = result;
                }
            }
        }
        return Optional.ofNullable(earliest);
    }

    private Result compute(String code, LocalDate aware, DeadlineRule rule) {
        LocalDate target = aware.plusDays(rule.targetDays());
        LocalDate counted = aware.plusDays(rule.dueDays());
        LocalDate due = rule.rollOver() ? calendar.openOnOrAfter(counted) : counted;
        Text basis = Text.of(
                rule.basis().ja() + "（認識日 " + aware + "、目標 " + target + "、期限 " + counted
                        + (due.equals(counted) ? "" : " は行政機関の休日のため " + due) + "）",
                rule.basis().en() + " (aware " + aware + ", target " + target + ", due " + counted
                        + (due.equals(counted) ? "" : ", an administrative holiday, so " + due) + ")");
        Optional<Text> warning = rule.rollOver() && !calendar.covers(due)
                ? Optional.of(Text.of(
                        code + " の期限 " + due + " は祝日表（" + calendar.lastCoveredYear()
                                + "年まで）の範囲外のため、国民の祝日を考慮できていません。calendar.xlsx に祝日を追加してください。",
                        "The due date " + due + " of " + code + " is past the holiday table (which ends in "
                                + calendar.lastCoveredYear() + "): national holidays could not be taken into account."
                                + " Add them to calendar.xlsx."))
                : Optional.empty();
        return new Result(new Deadline(target, due, basis), warning);
    }
}
