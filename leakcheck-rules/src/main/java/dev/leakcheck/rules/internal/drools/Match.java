package dev.leakcheck.rules.internal.drools;

import dev.leakcheck.rules.internal.facts.Fact;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Which rule fired and on which facts: the raw material of an action's {@code because} and of its
 * {@code provisional} flag. Immutable; what the plan asks of it is worked out once, when the rule fires.
 */
public final class Match {

    /** The table and row of each rule name seen, worked out once: there are as many as table rows. */
    private static final ConcurrentHashMap<String, TableRow> TABLE_ROWS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, String> TABLES = new ConcurrentHashMap<>();

    private final String rule;
    private final List<Fact> facts;
    private final boolean provisional;
    private final TableRow tableRow;

    /** Where a rule comes from: 「メール誤送信・web誤公開_12」 is row 12 of that table. */
    public record TableRow(String table, int row) {

        public static TableRow of(String rule) {
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
            // One instance per table name, so that comparing two rows of one table is an identity check.
            String table = rule.substring(0, underscore);
            return new TableRow(TABLES.computeIfAbsent(table, name -> name), row);
        }
    }

    /**
     * @param rule  the rule's name: the table's name and the spreadsheet row it came from
     * @param facts the facts the rule matched, in the order of its columns
     */
    Match(String rule, List<Fact> facts) {
        this.rule = rule;
        this.facts = List.copyOf(facts);
        boolean unknown = false;
        for (int i = 0; i < this.facts.size(); i++) {
            unknown |= !this.facts.get(i).isKnown();
        }
        this.provisional = unknown;
        TableRow known = TABLE_ROWS.get(rule);
        this.tableRow = known != null ? known : TABLE_ROWS.computeIfAbsent(rule, TableRow::of);
    }

    public static Match of(RuleContext kcontext) {
        List<Object> objects = kcontext.getMatch().getObjects();
        Fact[] facts = new Fact[objects.size()];
        int count = 0;
        for (int i = 0; i < facts.length; i++) {
            if (objects.get(i) instanceof Fact fact) {
                facts[count++] = fact;
            }
        }
        return new Match(kcontext.getRule().getName(), List.of(count == facts.length ? facts : Arrays.copyOf(facts, count)));
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
