package dev.leakcheck.rules.internal.facts;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.field.IncidentField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The plain facts: each a reading of one field of the incident, as the catalogue's fact sheet
 * (事実一覧) names it, row by row: the topic, the registry's field ({@link IncidentField}) and, for
 * an asset's field, how the assets are combined. No topic is written here: a new question with a
 * fact of its own touches the model, the registry and the workbooks only. The facts that are more
 * than the reading of one field (the owner being another company, the report duty…) are derived
 * in {@link IncidentFacts}.
 */
public final class FieldFacts {

    /** How the answers of the assets make one fact. */
    public enum Combination {
        /** Yes when any asset says yes, no when all say no; for the yes/no fields of an asset. */
        ANY_ASSET("いずれかの資産"),
        /** The values of all assets together, unknown while one asset's are; for an asset's choices. */
        VALUES_OF_ALL_ASSETS("すべての資産の値");

        private final String japanese;

        Combination(String japanese) {
            this.japanese = japanese;
        }

        /** The word staff write in the sheet. */
        public String japanese() {
            return japanese;
        }

        /** The combination a cell names (in Japanese or English), if any. */
        public static Optional<Combination> of(String cell) {
            for (Combination c : values()) {
                if (c.japanese.equals(cell) || c.name().equals(cell)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }

        /** Whether the combination suits the field: one asset's field, of the kind it combines. */
        public boolean suits(IncidentField field) {
            return field.perAsset() && (this == ANY_ASSET ? field.kind() == IncidentField.Kind.YES_NO
                    : field.kind() == IncidentField.Kind.CHOICE || field.kind() == IncidentField.Kind.CHOICES);
        }
    }

    /**
     * One row of the fact sheet.
     *
     * @param topic       the topic the tables name
     * @param field       the field it reads
     * @param combination how the assets are combined; null for a field of the incident itself
     */
    public record Row(String topic, IncidentField field, Combination combination) {

        public Row {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(field, "field");
            if (combination == null ? field.perAsset() : !combination.suits(field)) {
                throw new IllegalArgumentException(combination + " does not suit " + field.template());
            }
            if (!readable(field)) {
                throw new IllegalArgumentException("not a yes/no or choice field: " + field.template());
            }
        }

        /** The values a table cell may name for the topic: yes and no, or the codes of the choice. */
        public Set<String> allowed() {
            return field.kind() == IncidentField.Kind.YES_NO ? Topics.YES_NO : Topics.codes(field.choiceType());
        }
    }

    private FieldFacts() {
    }

    /** Whether a field can be a topic: the tables compare yes/no answers and codes, not texts, numbers or dates. */
    public static boolean readable(IncidentField field) {
        return switch (field.kind()) {
            case YES_NO, CHOICE, CHOICES -> true;
            default -> false;
        };
    }

    /** The facts of the rows for an incident, one per row. */
    static List<Fact> of(Incident incident, List<Row> rows) {
        List<Fact> facts = new ArrayList<>(rows.size());
        List<Integer> assets = java.util.stream.IntStream.range(0, incident.assets().size()).boxed().toList();
        for (Row row : rows) {
            facts.add(row.combination() == null ? incidentFact(incident, row) : assetFact(incident, assets, row));
        }
        return facts;
    }

    /** A field of the incident itself: its answer, or unknown naming it. */
    private static Fact incidentFact(Incident incident, Row row) {
        return row.field().valueIn(incident, -1).map(value -> Fact.known(row.topic(), codes(value)))
                .orElseGet(() -> Fact.unknown(row.topic(), List.of(row.field().template())));
    }

    private static Fact assetFact(Incident incident, List<Integer> assets, Row row) {
        if (row.combination() == Combination.ANY_ASSET) {
            return AnswerWithFields.any(assets, i -> AnswerWithFields.ofAsset(answer(incident, row.field(), i), i,
                    row.field().inner()), List.of(row.field().at(0).text())).toFact(row.topic());
        }
        List<String> unknown = new ArrayList<>();
        Set<String> values = new HashSet<>();
        for (int i : assets) {
            Optional<Object> value = row.field().valueIn(incident, i);
            if (value.isPresent()) {
                values.addAll(codes(value.get()));
            } else {
                unknown.add(row.field().at(i).text());
            }
        }
        if (assets.isEmpty()) {
            unknown.add(row.field().at(0).text());
        }
        return unknown.isEmpty() ? Fact.known(row.topic(), values) : Fact.unknown(row.topic(), unknown);
    }

    private static Answer answer(Incident incident, IncidentField field, int asset) {
        return field.valueIn(incident, asset).map(Answer.class::cast).orElse(Answer.UNKNOWN);
    }

    /** An answer as the codes a fact holds: an enum constant's name, or the names of a list's constants. */
    private static Set<String> codes(Object value) {
        if (value instanceof Collection<?> list) {
            Set<String> codes = new HashSet<>();
            list.forEach(v -> codes.add(((Enum<?>) v).name()));
            return codes;
        }
        return Set.of(((Enum<?>) value).name());
    }
}
