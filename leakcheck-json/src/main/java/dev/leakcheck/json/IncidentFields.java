package dev.leakcheck.json;

import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.field.IncidentField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The fields each object of the incident may hold, in the order docs/json-contract.md lists them:
 * taken from the model's field registry ({@link IncidentField}), so that a field added there is read
 * and written here without a change.
 */
final class IncidentFields {

    static final List<String> INCIDENT = Stream.concat(Stream.of("id", "type"), under("").stream()).toList();
    static final List<String> DISCOVERY = under("discovery.");
    static final List<String> ASSET = under("assets[].");

    /**
     * Top-level fields that belong to one incident type. The model refuses them on another type, and
     * the reader says so first, with the line and column.
     */
    static final Map<String, IncidentType> OWNED_BY_TYPE = Map.of(
            "channel", IncidentType.MISSENT_OR_MISPUBLISHED,
            "cause", IncidentType.MISSENT_OR_MISPUBLISHED,
            "lost", IncidentType.LOST_OR_STOLEN,
            "attack", IncidentType.EXTERNAL_ATTACK,
            "insider", IncidentType.INSIDER_LEAK);

    private IncidentFields() {
    }

    /** The names one level below {@code prefix} in the registry, each once, in the registry's order. */
    static List<String> under(String prefix) {
        Set<String> names = new LinkedHashSet<>();
        for (IncidentField field : IncidentField.values()) {
            String template = field.template();
            if (template.startsWith(prefix)) {
                String rest = template.substring(prefix.length());
                int dot = rest.indexOf('.');
                names.add((dot < 0 ? rest : rest.substring(0, dot)).replace("[]", ""));
            }
        }
        return List.copyOf(names);
    }
}
