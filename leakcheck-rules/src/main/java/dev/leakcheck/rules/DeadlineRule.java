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
    private int targetDays;
    private int dueDays;
    private boolean rollOver;
    private String basisJa = "";
    private String basisEn = "";

    DeadlineRule(Set<String> codes, Match match) {
        this.codes = codes;
        this.match = match;
    }

    /** Days after the date of awareness for the conservative target date. */
    public DeadlineRule targetDays(int days) {
        this.targetDays = days;
        return this;
    }

    /** Days after the date of awareness for the latest legal date. */
    public DeadlineRule dueDays(int days) {
        this.dueDays = days;
        return this;
    }

    /** はい: a due date on an administrative holiday moves to the next working day. */
    public DeadlineRule rollOver(String cell) {
        this.rollOver = Vocabulary.yes(cell.strip());
        return this;
    }

    public DeadlineRule basisJa(String text) {
        this.basisJa = text.strip();
        return this;
    }

    public DeadlineRule basisEn(String text) {
        this.basisEn = text.strip();
        return this;
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
        return Text.of(basisJa, basisEn);
    }
}
