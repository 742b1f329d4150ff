package dev.leakcheck.rules;

import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Text;
import java.time.LocalDate;
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

    private final AdministrativeCalendar calendar;

    DeadlineCalculator(AdministrativeCalendar calendar) {
        this.calendar = calendar;
    }

    /** The deadline of an action and, when the holiday list cannot vouch for it, a warning. */
    record Result(Deadline deadline, Optional<Text> warning) {
    }

    Optional<Result> deadline(String code, LocalDate aware, List<DeadlineRule> rules) {
        DeadlineRule earliest = null;
        LocalDate earliestDue = null;
        LocalDate earliestTarget = null;
        for (DeadlineRule rule : rules) {
            if (rule.codes().contains(code)) {
                LocalDate target = aware.plusDays(rule.targetDays());
                LocalDate due = due(aware, rule);
                // The earliest due date, then target; on a tie the first row stays: its basis is the one given.
                if (earliest == null || due.isBefore(earliestDue) || (due.equals(earliestDue) && target.isBefore(earliestTarget))) {
                    earliest = rule;
                    earliestDue = due;
                    earliestTarget = target;
                }
            }
        }
        return earliest == null ? Optional.empty() : Optional.of(compute(code, aware, earliest));
    }

    private LocalDate due(LocalDate aware, DeadlineRule rule) {
        LocalDate counted = aware.plusDays(rule.dueDays());
        return rule.rollOver() ? calendar.openOnOrAfter(counted) : counted;
    }

    private Result compute(String code, LocalDate aware, DeadlineRule rule) {
        LocalDate target = aware.plusDays(rule.targetDays());
        LocalDate counted = aware.plusDays(rule.dueDays());
        LocalDate due = rule.rollOver() ? calendar.openOnOrAfter(counted) : counted;
        // Each date written once, for both languages.
        String awareText = aware.toString();
        String targetText = target.toString();
        String countedText = counted.toString();
        boolean rolled = !due.equals(counted);
        String dueText = rolled ? due.toString() : countedText;
        Text basis = Text.of(
                rule.basis().ja() + "（認識日 " + awareText + "、目標 " + targetText + "、期限 " + countedText
                        + (rolled ? " は行政機関の休日のため " + dueText : "") + "）",
                rule.basis().en() + " (aware " + awareText + ", target " + targetText + ", due " + countedText
                        + (rolled ? ", an administrative holiday, so " + dueText : "") + ")");
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
