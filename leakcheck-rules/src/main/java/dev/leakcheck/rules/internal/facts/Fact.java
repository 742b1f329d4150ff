package dev.leakcheck.rules.internal.facts;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the rules know about one topic of the checklist: the answer, or that it is still unknown
 * and which incident fields would settle it.
 *
 * <p>The decision tables match facts by topic and ask whether a fact <em>admits</em> the values
 * written in a cell: {@code Fact(topic == "personal", admits("はい"))}. An unknown fact admits
 * every value, because the law counts what may have happened; the plan then marks the action
 * provisional and asks the questions named here. Never construct one in a rule: the engine
 * derives facts from the incident.
 */
public final class Fact {

    private static final Pattern CELL_SEPARATOR = Pattern.compile("[,、，;；\\s]+");
    /**
     * How many cells the memos below keep. The bundled tables have 80 distinct condition and code cells; edited
     * tables reloaded many times would otherwise add theirs for ever, so a full memo is emptied and
     * refills with the cells of the rules in use.
     */
    static final int MEMO_CELLS = 2048;
    private static final Memo<Set<String>> PARSED_CELLS = new Memo<>();
    /** The same, as arrays: {@link #admits} runs for every fact that reaches a cell's test. */
    private static final Memo<String[]> CELL_ARRAYS = new Memo<>();

    /** A memo of what cells say, at most {@link #MEMO_CELLS} of them. */
    static final class Memo<V> {

        private final ConcurrentHashMap<String, V> byCell = new ConcurrentHashMap<>();

        V get(String cell, Function<String, V> compute) {
            V value = byCell.get(cell);
            if (value == null) {
                if (byCell.size() >= MEMO_CELLS) {
                    byCell.clear();
                }
                value = byCell.computeIfAbsent(cell, compute);
            }
            return value;
        }

        int size() {
            return byCell.size();
        }
    }

    /** The larger of the two memos' sizes, for tests. */
    static int memoSize() {
        return Math.max(PARSED_CELLS.size(), CELL_ARRAYS.size());
    }

    private final String topic;
    private final Set<String> values;
    private final boolean known;
    private final List<String> unknownFields;

    private Fact(String topic, Set<String> values, boolean known, List<String> unknownFields) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.values = Set.copyOf(values);
        this.known = known;
        this.unknownFields = List.copyOf(unknownFields);
    }

    /** A known answer: one value, or several (forms, storage places…). */
    static Fact known(String topic, Set<String> values) {
        return new Fact(topic, values, true, List.of());
    }

    /** An unknown answer; {@code fields} are the incident fields whose answers would settle it. */
    static Fact unknown(String topic, List<String> fields) {
        return new Fact(topic, Set.of(), false, fields);
    }

    public String getTopic() {
        return topic;
    }

    public Set<String> getValues() {
        return values;
    }

    public boolean isKnown() {
        return known;
    }

    public List<String> getUnknownFields() {
        return unknownFields;
    }

    /**
     * Whether this fact may have one of the values of a decision-table cell. The cell lists values
     * separated by commas ({@code EMAIL, OWN_WEBSITE}); はい and いいえ stand for YES and NO.
     * Unknown admits everything: the action applies provisionally.
     */
    public boolean admits(String cell) {
        if (!known) {
            return true;
        }
        String[] cellValues = CELL_ARRAYS.get(cell, c -> cellValues(c).toArray(new String[0]));
        for (String value : cellValues) {
            if (values.contains(value)) {
                return true;
            }
        }
        return false;
    }

    /** The values a cell names, normalised to the codes the facts use. */
    public static Set<String> cellValues(String cell) {
        return PARSED_CELLS.get(cell, Fact::parseCell);
    }

    /** The words of a cell in the order written, for lists whose order matters. */
    public static List<String> cellValuesInOrder(String cell) {
        return CELL_SEPARATOR.splitAsStream(cell.strip()).filter(s -> !s.isEmpty()).toList();
    }

    private static Set<String> parseCell(String cell) {
        return Set.copyOf(CELL_SEPARATOR.splitAsStream(cell.strip())
                .filter(s -> !s.isEmpty())
                .map(Fact::normalise)
                .toList());
    }

    private static String normalise(String word) {
        return switch (word) {
            case "はい", "yes", "Yes" -> "YES";
            case "いいえ", "no", "No" -> "NO";
            default -> word;
        };
    }

    @Override
    public String toString() {
        return topic + (known ? "=" + values : "=?" + unknownFields);
    }
}
