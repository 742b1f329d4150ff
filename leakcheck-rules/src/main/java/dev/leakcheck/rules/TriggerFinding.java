package dev.leakcheck.rules;

import dev.leakcheck.model.Text;

/** A row of the report-duty table that applies: a case of APPI Rule 7 that holds or may hold. */
public final class TriggerFinding {

    private final String code;
    private final Match match;
    private String reasonJa = "";
    private String reasonEn = "";

    TriggerFinding(String code, Match match) {
        this.code = code;
        this.match = match;
    }

    public TriggerFinding reasonJa(String text) {
        this.reasonJa = text.strip();
        return this;
    }

    public TriggerFinding reasonEn(String text) {
        this.reasonEn = text.strip();
        return this;
    }

    String code() {
        return code;
    }

    Match match() {
        return match;
    }

    Text reason() {
        return Text.of(reasonJa, reasonEn);
    }
}
