package dev.leakcheck.rules;

import dev.leakcheck.model.Text;

/** A row of the report-duty table that applies: a case of APPI Rule 7 that holds or may hold. */
public final class TriggerFinding {

    private final String code;
    private final Match match;
    private final Text reason;

    TriggerFinding(String code, Match match, RuleRows.Cells cells) {
        this.code = code;
        this.match = match;
        this.reason = cells.text("根拠（日本語）", "根拠（英語）");
    }

    String code() {
        return code;
    }

    Match match() {
        return match;
    }

    Text reason() {
        return reason;
    }
}
