package dev.leakcheck.rules.internal.duty;

import dev.leakcheck.rules.internal.drools.Match;
import dev.leakcheck.rules.internal.workbook.RuleRows;
import dev.leakcheck.model.Text;

/** A row of the report-duty table that applies: a case of APPI Rule 7 that holds or may hold. */
public final class TriggerFinding {

    private final String code;
    private final Match match;
    private final Text reason;

    public TriggerFinding(String code, Match match, RuleRows.Cells cells) {
        this.code = code;
        this.match = match;
        this.reason = cells.text("根拠（日本語）", "根拠（英語）");
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
