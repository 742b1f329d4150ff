package dev.leakcheck.rules.internal.duty;

import dev.leakcheck.rules.internal.drools.Match;
import dev.leakcheck.rules.internal.workbook.RuleRows;
import dev.leakcheck.model.Text;

/**
 * A row of the report-duty table that applies: a case of a regime (its 制度 cell, a code of
 * regimes.xlsx) that holds or may hold.
 */
public final class TriggerFinding {

    /** The header of the column that names a row's regime. */
    public static final String REGIME = "制度";

    private final String regime;
    private final String code;
    private final Match match;
    private final Text reason;

    public TriggerFinding(String code, Match match, RuleRows.Cells cells) {
        this.regime = cells.text(REGIME);
        this.code = code;
        this.match = match;
        this.reason = cells.text("根拠（日本語）", "根拠（英語）");
    }

    /** The regime whose case this is. */
    public String regime() {
        return regime;
    }

    public String code() {
        return code;
    }

    public Match match() {
        return match;
    }

    Text reason() {
        return reason;
    }
}
