package dev.leakcheck.rules.internal.plan;

import dev.leakcheck.rules.internal.workbook.DataSheet;
import dev.leakcheck.rules.internal.facts.Fact;
import dev.leakcheck.rules.internal.facts.FieldRef;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Text;
import java.util.Set;

/**
 * One row of the question sheet: a checklist question, the incident field that answers it, the
 * types it belongs to and, optionally, the earlier answer that makes it moot.
 *
 * @param field a field path; {@code assets[]} stands for every asset
 * @param onlyIfDeciding ask only while some answer can change the plan (issue B11)
 */
public record QuestionRow(FieldRef field, Set<IncidentType> types, Precondition onlyWhen, Text text, boolean onlyIfDeciding) {

    /**
     * Optional column: はい = ask only while some answer would change the plan ({@link WhatIf}); the
     * fields it may name are {@link WhatIf#SUPPORTED}.
     */
    public static final String ONLY_IF_DECIDING = "計画を変える答えがあるときだけ聞く";

    /**
     * {@code <field>=<VALUE>[, VALUE…]}: ask only while that field is unknown or has one of the
     * values. {@code assets[].personal.persons} is moot once {@code assets[i].personal.included}
     * is NO, for the same asset.
     */
    public record Precondition(FieldRef field, Set<String> values) {

        static final Precondition ALWAYS = new Precondition(FieldRef.of(""), Set.of());

        public static Precondition parse(String cell, DataSheet.DataRow row, String column) {
            if (cell.isEmpty()) {
                return ALWAYS;
            }
            int eq = cell.indexOf('=');
            if (eq <= 0 || eq == cell.length() - 1) {
                throw row.error(column, "前提は「項目=値」の形で書いてください（例: assets[].personal.included=YES）: '"
                        + cell + "'", "write the precondition as field=VALUE: '" + cell + "'");
            }
            return new Precondition(FieldRef.of(cell.substring(0, eq).strip()), Fact.cellValues(cell.substring(eq + 1)));
        }

        boolean always() {
            return field.template().isEmpty();
        }
    }
}
