package dev.leakcheck.rules;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.InformationAsset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The incident's answered fields by path ({@code assets[0].personal.persons} → {@code 1200}), so
 * that the question sheet can ask for exactly the fields that are still unknown. A field that is
 * absent here is unknown.
 */
final class IncidentFields {

    private final Map<String, String> values = new HashMap<>();
    private final int assetCount;

    private IncidentFields(Incident incident) {
        put("type", Optional.of(incident.type()));
        put("channel", incident.channel());
        put("cause", incident.cause());
        put("occurredAt", incident.occurredAt());
        put("socialImpactHigh", incident.socialImpactHigh());
        put("discovery.route", incident.discovery().route());
        put("discovery.awareAt", incident.discovery().awareAt());
        put("discovery.reporterContact", incident.discovery().reporterContact());
        for (int i = 0; i < incident.assets().size(); i++) {
            putAsset("assets[" + i + "].", incident.assets().get(i));
        }
        incident.lost().ifPresent(lost -> {
            put("lost.stolen", lost.stolen());
            put("lost.device", lost.device());
            put("lost.serialNumber", lost.serialNumber());
            put("lost.description", lost.description());
            put("lost.container", lost.container());
            put("lost.place", lost.place());
            put("lost.circumstances", lost.circumstances());
        });
        incident.attack().ifPresent(attack -> {
            putAll("attack.devices", attack.devices());
            put("attack.scope", attack.scope());
            put("attack.ransomware", attack.ransomware());
        });
        incident.insider().ifPresent(insider -> {
            put("insider.perpetratorMayBeInside", insider.perpetratorMayBeInside());
            putAll("insider.storage", insider.storage());
            putAll("insider.takenMedia", insider.takenMedia());
        });
        this.assetCount = incident.assets().size();
    }

    static IncidentFields of(Incident incident) {
        return new IncidentFields(incident);
    }

    private void putAsset(String prefix, InformationAsset asset) {
        put(prefix + "description", asset.description());
        put(prefix + "owner", asset.owner());
        put(prefix + "personal.included", asset.personal().included());
        put(prefix + "personal.persons", asset.personal().persons());
        put(prefix + "personal.sensitive", asset.personal().sensitive());
        put(prefix + "personal.financialDamageRisk", asset.personal().financialDamageRisk());
        put(prefix + "personal.maliciousIntent", asset.personal().maliciousIntent());
        put(prefix + "financial", asset.financial());
        put(prefix + "publicInfrastructure", asset.publicInfrastructure());
        put(prefix + "businessPartner", asset.businessPartner());
        put(prefix + "confidential", asset.confidential());
        putAll(prefix + "forms", asset.forms());
        put(prefix + "protection.level", asset.protection().level());
        put(prefix + "protection.keyCompromised", asset.protection().keyCompromised());
        put(prefix + "protection.lockedStorage", asset.protection().lockedStorage());
        put(prefix + "protection.openAccess", asset.protection().openAccess());
    }

    private void put(String field, Optional<?> value) {
        value.ifPresent(v -> values.put(field, v instanceof Enum<?> e ? e.name() : v.toString()));
    }

    private void put(String field, Answer answer) {
        if (answer.isKnown()) {
            values.put(field, answer.name());
        }
    }

    private void put(String field, OptionalInt value) {
        value.ifPresent(v -> values.put(field, Integer.toString(v)));
    }

    private void putAll(String field, Optional<? extends Collection<?>> value) {
        value.ifPresent(v -> values.put(field, v.stream().map(Object::toString).collect(Collectors.joining(","))));
    }

    /** The answer to a field, or empty while it is unknown. */
    Optional<String> value(String field) {
        return Optional.ofNullable(values.get(field));
    }

    /** The number of assets described; questions about assets are asked of at least one. */
    int assetsToAsk() {
        return Math.max(1, assetCount);
    }
}
