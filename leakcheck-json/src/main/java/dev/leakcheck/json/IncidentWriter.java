package dev.leakcheck.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.field.IncidentField;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes an incident as docs/json-contract.md describes it. Unknown facts are left out, so that
 * reading the output gives the same incident back; an empty list is written, because "none" is
 * an answer.
 */
final class IncidentWriter {

    /** The incident's own fields and the asset's, in the registry's order (the contract's). */
    private static final List<IncidentField> INCIDENT_FIELDS =
            Arrays.stream(IncidentField.values()).filter(field -> !field.perAsset()).toList();
    private static final List<IncidentField> ASSET_FIELDS =
            Arrays.stream(IncidentField.values()).filter(IncidentField::perAsset).toList();
    /** Where the assets stand among the incident's fields: where the registry lists the first of theirs. */
    private static final int ASSETS_AT = (int) Arrays.stream(IncidentField.values())
            .takeWhile(field -> !field.perAsset()).count();

    private final JsonGenerator json;

    private IncidentWriter(JsonGenerator json) {
        this.json = json;
    }

    static String write(Incident incident) {
        return JsonStyle.write(json -> new IncidentWriter(json).incident(incident));
    }

    private void incident(Incident incident) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", incident.id());
        json.writeStringField("type", incident.type().name());
        fields(INCIDENT_FIELDS.subList(0, ASSETS_AT), incident, -1);
        if (!incident.assets().isEmpty()) {
            json.writeArrayFieldStart("assets");
            for (int i = 0; i < incident.assets().size(); i++) {
                json.writeStartObject();
                fields(ASSET_FIELDS, incident, i);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        fields(INCIDENT_FIELDS.subList(ASSETS_AT, INCIDENT_FIELDS.size()), incident, -1);
        json.writeEndObject();
    }

    /**
     * The known fields, each group ({@code discovery}, {@code personal}, {@code lost}, ...) as an
     * object of its own, written when the incident holds it or one of its fields is known.
     */
    private void fields(List<IncidentField> fields, Incident incident, int asset) throws IOException {
        int k = 0;
        while (k < fields.size()) {
            String group = group(fields.get(k));
            int end = k + 1;
            while (end < fields.size() && Objects.equals(group(fields.get(end)), group)) {
                end++;
            }
            List<Known> known = new ArrayList<>();
            for (IncidentField field : fields.subList(k, end)) {
                field.valueIn(incident, asset).ifPresent(value -> known.add(new Known(name(field), value)));
            }
            boolean object = group != null && (!known.isEmpty() || IncidentField.holds(incident, group));
            if (object) {
                json.writeObjectFieldStart(group);
            }
            for (Known field : known) {
                value(field.name(), field.value());
            }
            if (object) {
                json.writeEndObject();
            }
            k = end;
        }
    }

    private record Known(String name, Object value) {
    }

    /** {@code personal} for {@code assets[].personal.persons}, {@code lost} for {@code lost.place}; null for none. */
    private static String group(IncidentField field) {
        int dot = field.inner().indexOf('.');
        return dot < 0 ? null : field.inner().substring(0, dot);
    }

    private static String name(IncidentField field) {
        return field.inner().substring(field.inner().indexOf('.') + 1);
    }

    private void value(String name, Object value) throws IOException {
        if (value instanceof Answer answer) {
            json.writeBooleanField(name, answer.toBoolean());
        } else if (value instanceof Integer number) {
            json.writeNumberField(name, number);
        } else if (value instanceof ZonedDateTime time) {
            json.writeStringField(name, DateTimes.format(time));
        } else if (value instanceof Enum<?> constant) {
            json.writeStringField(name, constant.name());
        } else if (value instanceof List<?> values) {
            json.writeArrayFieldStart(name);
            for (Object element : values) {
                json.writeString(element instanceof Enum<?> constant ? constant.name() : element.toString());
            }
            json.writeEndArray();
        } else {
            json.writeStringField(name, value.toString());
        }
    }
}
