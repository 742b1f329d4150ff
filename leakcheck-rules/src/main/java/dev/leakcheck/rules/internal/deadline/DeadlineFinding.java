package dev.leakcheck.rules.internal.deadline;

import dev.leakcheck.rules.internal.drools.Match;
import dev.leakcheck.rules.internal.workbook.RuleRows;
import dev.leakcheck.model.Text;
import java.util.Set;

/**
 * A row of the deadline table that applies: the day counts of the named actions as the law or the
 * checklist states them, how they are counted, and whether the last day moves past administrative
 * holidays.
 *
 * <p>How a count of n days becomes a date is the row's, not the code's: with 「起算日を1日目とする」
 * the day the clock starts is day 1, so day n is the start + (n − 1) days (PPC guideline, general
 * rules, 3-5-3-4: 「その時点を1日目とする」); otherwise n days after the start. The clock starts on the
 * date of awareness, or, with 「報告対象事態を知った日から起算」, on the date the reportable
 * situation became known ({@code Discovery.legalClockStart()}).
 *
 * <p>A row with 「期限（時間）」 counts a period in hours instead (GDPR's 72 hours): from the instant of
 * awareness (or of knowing the reportable situation), hour by hour, weekends and holidays included,
 * never rolled over; its day counts are not used.
 */
public final class DeadlineFinding {

    public static final String TARGET_DAYS = "目標（日数）";
    public static final String DUE_DAYS = "期限（日数）";
    public static final String ROLL_OVER = "休日なら翌開庁日へ";
    public static final String DAY_ONE = "起算日を1日目とする";
    public static final String FROM_REPORTABLE = "報告対象事態を知った日から起算";
    public static final String DUE_HOURS = "期限（時間）";

    private final Set<String> codes;
    private final Match match;
    private final int targetDays;
    private final int dueDays;
    private final boolean rollOver;
    private final boolean dayOne;
    private final boolean fromReportable;
    private final java.util.OptionalInt dueHours;
    private final Text basis;

    /** @param cells the row's data cells: target and due days, how they count, roll-over, basis */
    public DeadlineFinding(Set<String> codes, Match match, RuleRows.Cells cells) {
        this.codes = codes;
        this.match = match;
        this.targetDays = cells.days(TARGET_DAYS);
        this.dueDays = cells.days(DUE_DAYS);
        this.rollOver = cells.yes(ROLL_OVER);
        this.dayOne = cells.yes(DAY_ONE);
        this.fromReportable = cells.yes(FROM_REPORTABLE);
        this.dueHours = cells.text(DUE_HOURS).isEmpty() ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(cells.days(DUE_HOURS));
        this.basis = cells.text("根拠（日本語）", "根拠（英語）");
    }

    public Set<String> codes() {
        return codes;
    }

    public Match match() {
        return match;
    }

    public int targetDays() {
        return targetDays;
    }

    public int dueDays() {
        return dueDays;
    }

    /** The period in hours, for a row that counts hours. */
    public java.util.OptionalInt dueHours() {
        return dueHours;
    }

    boolean rollOver() {
        return rollOver;
    }

    /** The day the clock starts is day 1 of the count. */
    boolean dayOne() {
        return dayOne;
    }

    /** The clock starts when the reportable situation became known, not at the first awareness. */
    boolean fromReportable() {
        return fromReportable;
    }

    /** Days from the start to day {@code n} of the count: n − 1 when the start is day 1 (and n ≥ 1). */
    long offset(int n) {
        return dayOne && n > 0 ? n - 1 : n;
    }

    Text basis() {
        return basis;
    }
}
