package dev.leakcheck.json;

import dev.leakcheck.model.IncidentType;
import java.util.List;
import java.util.Map;

/** The fields each object of the incident may hold, in the order docs/json-contract.md lists them. */
final class IncidentFields {

    static final List<String> INCIDENT = List.of("id", "type", "channel", "occurredAt", "cause",
            "socialImpactHigh", "discovery", "assets", "lost", "attack", "insider");
    static final List<String> DISCOVERY = List.of("route", "awareAt", "reporterContact", "reportableAwareAt");
    static final List<String> ASSET = List.of("description", "owner", "personal", "financial",
            "financialKinds", "publicInfrastructure", "businessPartner", "confidential", "forms", "protection", "recoveredUnseen",
            "restorableCopy");
    static final List<String> PERSONAL = List.of("included", "persons", "sensitive", "financialDamageRisk",
            "maliciousIntent");
    static final List<String> PROTECTION = List.of("level", "keyCompromised", "lockedStorage", "openAccess");
    static final List<String> LOST = List.of("stolen", "device", "serialNumber", "description", "container",
            "place", "circumstances");
    static final List<String> ATTACK = List.of("devices", "scope", "ransomware");
    static final List<String> INSIDER = List.of("perpetratorMayBeInside", "storage", "takenMedia");

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
}
