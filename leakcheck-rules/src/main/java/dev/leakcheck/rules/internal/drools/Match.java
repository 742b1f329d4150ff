package dev.leakcheck.rules.internal.drools;

import dev.leakcheck.rules.internal.facts.Fact;
import dev.leakcheck.rules.internal.workbook.RuleRows;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Which rule fired and on which facts: the raw material of an action's {@code because} and of its
 * {@code provisional} flag. Immutable; what the plan asks of it is worked out once, when the rule fires.
 */
public final class Match {

    private final String rule;
    private final List<Fact> facts;
    private final boolean provisional;
    private final TableRow tableRow;

    /**
     * Where a rule comes from: 「メール誤送信・web誤公開_12」 is row 12 of that table, as Drools names
     * the rules of a decision table. A rule named otherwise is its own table, row 0.
     */
    public record TableRow(String table, int row) {

        /** The one reading of a rule's name; an engine reads the names of its tables' rows once ({@link RuleRows}). */
        public static TableRow of(String rule) {
            int underscore = rule.lastIndexOf('_');
            if (underscore > 0 && underscore < rule.length() - 1 && underscore >= rule.length() - 9) {
                boolean digits = true;
                for (int i = underscore + 1; i < rule.length(); i++) {
                    digits &= rule.charAt(i) >= '0' && rule.charAt(i) <= '9';
                }
                if (digits) {
                    return new TableRow(rule.substring(0, underscore), Integer.parseInt(rule.substring(underscore + 1)));
                }
            }
            return new TableRow(rule, 0);
        }

        /** For people: 「メール誤送信・web誤公開」の 12 行目. */
        public String describe() {
            return row == 0 ? "「" + table + "」" : "「" + table + "」の" + row + "行目 (row " + row + ")";
        }
    }

    /**
     * @param rule  the rule's name: the table's name and the spreadsheet row it came from
     * @param facts the facts the rule matched, in the order of its columns
     * @param tableRow where the rule comes from
     */
    Match(String rule, List<Fact> facts, TableRow tableRow) {
        this.rule = rule;
        this.facts = List.copyOf(facts);
        boolean unknown = false;
        for (int i = 0; i < this.facts.size(); i++) {
            unknown |= !this.facts.get(i).isKnown();
        }
        this.provisional = unknown;
        this.tableRow = tableRow;
    }

    /** The match of the rule firing now; {@code rows} knows the rows of the engine's tables by rule name. */
    public static Match of(RuleContext kcontext, RuleRows rows) {
        List<Object> objects = kcontext.getMatch().getObjects();
        Fact[] facts = new Fact[objects.size()];
        int count = 0;
        for (int i = 0; i < facts.length; i++) {
            if (objects.get(i) instanceof Fact fact) {
                facts[count++] = fact;
            }
        }
        String rule = kcontext.getRule().getName();
        return new Match(rule, List.of(count == facts.length ? facts : Arrays.copyOf(facts, count)), rows.tableRow(rule));
    }

    String rule() {
        return rule;
    }

    public List<Fact> facts() {
        return facts;
    }

    /** The table and row the rule comes from, for ordering what it proposed. */
    public TableRow tableRow() {
        return tableRow;
    }

    /** The match rests on an unknown fact. */
    public boolean provisional() {
        return provisional;
    }

    /** The fields whose answers would settle the match. */
    public List<String> unknownFields() {
        // In order of first mention, linear however many assets name their fields.
        Set<String> fields = new LinkedHashSet<>();
        for (int i = 0; i < facts.size(); i++) {
            fields.addAll(facts.get(i).getUnknownFields());
        }
        return List.copyOf(fields);
    }

    @Override
    public String toString() {
        return rule + facts;
    }
}
