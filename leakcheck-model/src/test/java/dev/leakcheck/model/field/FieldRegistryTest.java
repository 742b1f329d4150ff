package dev.leakcheck.model.field;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The registry is the one list of the incident's fields: every answer the model can hold has its
 * entry (a field added to a record of the model and not to {@link IncidentField} fails here), and
 * every entry reads back what {@link IncidentEditor} set.
 */
class FieldRegistryTest {

    /** The incident's identity: not an answer. */
    private static final Set<String> NOT_ANSWERS_AND_PROFILE = Set.of("id", "type");

    @Test
    @DisplayName("モデルの答えの項目は、すべて項目の一覧（IncidentField）にある")
    void every_answer_of_the_model_is_a_field_of_the_registry_and_nothing_else_is() {
        Set<String> model = new TreeSet<>();
        leaves(Incident.class, "", model);
        model.removeAll(NOT_ANSWERS_AND_PROFILE);

        Set<String> registry = Arrays.stream(IncidentField.values()).map(IncidentField::template)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(registry).as("the registry's fields against the model's answers").isEqualTo(model);
    }

    @Test
    @DisplayName("どの項目も、設定した答えをそのまま読み返せる")
    void every_field_reads_back_the_answer_it_was_given() {
        for (IncidentField field : IncidentField.values()) {
            Incident incident = Incident.builder("T-1", typeOf(field)).build();
            Object answer = sample(field);
            String path = field.perAsset() ? "assets[0]." + field.inner() : field.template();

            Incident answered = IncidentEditor.apply(incident, path, answer);

            assertThat(field.valueIn(answered, 0)).as(path).contains(answer);
            assertThat(field.valueIn(incident, 0)).as(path + " before the answer").isEmpty();
        }
    }

    @Test
    @DisplayName("わからない答え（UNKNOWN）は、答えがないものとして読む")
    void an_unknown_answer_reads_as_no_answer() {
        Incident incident = IncidentEditor.apply(Incident.builder("T-1", IncidentType.LOST_OR_STOLEN).build(),
                "assets[0].personal.sensitive", Answer.UNKNOWN);

        assertThat(IncidentField.ASSET_PERSONAL_SENSITIVE.valueIn(incident, 0)).isEmpty();
        assertThat(IncidentField.ASSET_PERSONAL_SENSITIVE.valueIn(incident, 1)).as("no such asset").isEmpty();
    }

    private static IncidentType typeOf(IncidentField field) {
        String t = field.template();
        return t.startsWith("lost.") ? IncidentType.LOST_OR_STOLEN
                : t.startsWith("attack.") ? IncidentType.EXTERNAL_ATTACK
                : t.startsWith("insider.") ? IncidentType.INSIDER_LEAK
                : IncidentType.MISSENT_OR_MISPUBLISHED;
    }

    private static Object sample(IncidentField field) {
        return switch (field.kind()) {
            case YES_NO -> Answer.YES;
            case CHOICE -> field.choices().get(field.choices().size() - 1);
            case CHOICES -> List.copyOf(field.choices().subList(0, 1));
            case TEXT -> "text";
            case TEXTS -> List.of("one", "two");
            case COUNT -> 1001;
            case DATE_TIME -> ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.ofHours(9));
        };
    }

    /** The paths of the leaves of a record of the model: what the incident JSON writes as fields. */
    private static void leaves(Class<?> record, String prefix, Set<String> paths) {
        for (RecordComponent component : record.getRecordComponents()) {
            String path = prefix + component.getName();
            Class<?> nested = modelRecord(component.getGenericType());
            if (nested == null) {
                paths.add(path);
            } else if (List.class.isAssignableFrom(component.getType())) {
                leaves(nested, path + "[].", paths);
            } else {
                leaves(nested, path + ".", paths);
            }
        }
    }

    /** The record of the model a component holds (itself, in an Optional or in a List), or null. */
    private static Class<?> modelRecord(Type type) {
        if (type instanceof Class<?> c) {
            return c.isRecord() && c.getPackageName().equals("dev.leakcheck.model") ? c : null;
        }
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return modelRecord(p.getActualTypeArguments()[0]);
        }
        return null;
    }
}
