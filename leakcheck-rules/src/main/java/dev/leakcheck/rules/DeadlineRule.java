package dev.leakcheck.rules;

import dev.leakcheck.model.Text;
import java.util.Set;

/**
 * A row of the deadline table that applies: how many days after the date of awareness the named
 * actions are due, and whether the last day moves past administrative holidays.
 */
public final class DeadlineRule {

    private final Set<String> codes;
    private final Match match;
    private final int targetDays;
    private final int dueDays;
    private final boolean rollOver;
    private final Text basis;

    /** @param cells the row's data cells: target and due days, roll-over, basis */
    DeadlineRule(Set<String> codes, Match match, RuleRows.Cells cells) {
        this.codes = codes;
        this.match = match;
        this.targetDays = cells.days("目標（日数）");
        this.dueDays = cells.days("期限（日数）");
        this.rollOver = cells.yes("休日なら翌開庁日へ");
        this.basis = cells.text("根拠（日本語）", "根拠（英語）");
    }

    Set<String> codes() {
        return codes;
    }

    Match match() {
        return match;
    }

    int targetDays() {
        return targetDays;
    }

    int dueDays() {
        return dueDays;
    }

    boolean rollOver() {
        return rollOver;
    }

    Text basis() {
        return basis;
    }
}
