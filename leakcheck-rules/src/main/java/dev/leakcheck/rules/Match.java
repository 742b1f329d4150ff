package dev.leakcheck.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Which rule fired and on which facts: the raw material of an action's {@code because} and of its
 * {@code provisional} flag.
 *
 * @param rule  the rule's name: the table's name and the spreadsheet row it came from
 * @param facts the facts the rule matched, in the order of its columns
 */
record Match(String rule, List<Fact> facts) {

    /** The table and row of each rule name seen, worked out once: there are as many as table rows. */
    private static final ConcurrentHashMap<String, TableRow> TABLE_ROWS = new ConcurrentHashMap<>();

    /** Where a rule comes from: 「メール誤送信・web誤公開_12」 is row 12 of that table. */
    record TableRow(String table, int row) {

        static TableRow of(String rule) {
            int underscore = rule.lastIndexOf('_');
            if (underscore < 0) {
                return new TableRow(rule, 0);
            }
            int row;
            try {
                row = Integer.parseInt(rule.substring(underscore + 1));
            } catch (NumberFormatException e) {
                row = 0;
            }
            return new TableRow(rule.substring(0, underscore), row);
        }
    }

    static Match of(RuleContext kcontext) {
        List<Object> objects = kcontext.getMatch().getObjects();
        List<Fact> facts = new ArrayList<>(objects.size());
        for (Object object : objects) {
            if (object instanceof Fact fact) {
                facts.add(fact);
            }
        }
        return new Match(kcontext.getRule().getName(), Collections.unmodifiableList(facts));
    }

    /** The table and row the rule comes from, for ordering what it proposed. */
    TableRow tableRow() {
        TableRow tableRow = TABLE_ROWS.get(rule);
        return tableRow != null ? tableRow : TABLE_ROWS.computeIfAbsent(rule, TableRow::of);
    }

    /** The match rests on an unknown fact. */
    boolean provisional() {
        for (Fact fact : facts) {
            if (!fact.isKnown()) {
                return true;
            }
        }
        return false;
    }

    /** The fields whose answers would settle the match. */
    List<String> unknownFields() {
        List<String> fields = new ArrayList<>();
        for (Fact fact : facts) {
            for (String field : fact.getUnknownFields()) {
                if (!fields.contains(field)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
