package dev.leakcheck.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.field.IncidentField;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes an incident as docs/json-contract.md describes it, as Jackson's tree built by the field registry.
 * Unknown facts are left out, so that reading the output gives the same incident back; an empty list is
 * written, because "none" is an answer.
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

    private IncidentWriter() {
    }

    static String write(Incident incident) {
        ObjectNode root = JsonStyle.object().put("id", incident.id()).put("type", incident.type().name());
        fields(root, INCIDENT_FIELDS.subList(0, ASSETS_AT), incident, -1);
        if (!incident.assets().isEmpty()) {
            ArrayNode assets = root.putArray("assets");
            for (int i = 0; i < incident.assets().size(); i++) {
                fields(assets.addObject(), ASSET_FIELDS, incident, i);
            }
        }
        fields(root, INCIDENT_FIELDS.subList(ASSETS_AT, INCIDENT_FIELDS.size()), incident, -1);
        return JsonStyle.write(root, Language.JA);
    }

    /**
     * The known fields, each group ({@code discovery}, {@code personal}, {@code lost}, ...) as an
     * object of its own, written when the incident holds it or one of its fields is known.
     */
    private static void fields(ObjectNode object, List<IncidentField> fields, Incident incident, int asset) {
        for (IncidentField field : fields) {
            Optional<Object> value = field.valueIn(incident, asset);
            int dot = field.inner().indexOf('.');
            String group = dot < 0 ? null : field.inner().substring(0, dot);
            boolean grouped = group != null && (value.isPresent() || IncidentField.holds(incident, group));
            ObjectNode into = grouped ? object.withObjectProperty(group) : object;
            value.ifPresent(known -> into.putPOJO(field.inner().substring(dot + 1), known));
        }
    }
}
