package dev.leakcheck.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Attack;
import dev.leakcheck.model.Discovery;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.InformationAsset;
import dev.leakcheck.model.InsiderCase;
import dev.leakcheck.model.Loss;
import dev.leakcheck.model.PersonalData;
import dev.leakcheck.model.Protection;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Writes an incident as docs/json-contract.md describes it. Unknown facts are left out, so that
 * reading the output gives the same incident back; an empty list is written, because "none" is
 * an answer.
 */
final class IncidentWriter {

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
        constant("channel", incident.channel());
        dateTime("occurredAt", incident.occurredAt());
        constant("cause", incident.cause());
        answer("socialImpactHigh", incident.socialImpactHigh());
        if (!incident.discovery().equals(Discovery.unknown())) {
            discovery(incident.discovery());
        }
        if (!incident.assets().isEmpty()) {
            assets(incident.assets());
        }
        if (incident.lost().isPresent()) {
            loss(incident.lost().get());
        }
        if (incident.attack().isPresent()) {
            attack(incident.attack().get());
        }
        if (incident.insider().isPresent()) {
            insider(incident.insider().get());
        }
        json.writeEndObject();
    }

    private void discovery(Discovery discovery) throws IOException {
        json.writeObjectFieldStart("discovery");
        constant("route", discovery.route());
        dateTime("awareAt", discovery.awareAt());
        text("reporterContact", discovery.reporterContact());
        dateTime("reportableAwareAt", discovery.reportableAwareAt());
        json.writeEndObject();
    }

    private void assets(List<InformationAsset> assets) throws IOException {
        json.writeArrayFieldStart("assets");
        for (InformationAsset asset : assets) {
            asset(asset);
        }
        json.writeEndArray();
    }

    private void asset(InformationAsset asset) throws IOException {
        json.writeStartObject();
        text("description", asset.description());
        constant("owner", asset.owner());
        if (!asset.personal().equals(PersonalData.unknown())) {
            personal(asset.personal());
        }
        answer("financial", asset.financial());
        constants("financialKinds", asset.financialKinds());
        answer("publicInfrastructure", asset.publicInfrastructure());
        answer("businessPartner", asset.businessPartner());
        answer("confidential", asset.confidential());
        constants("forms", asset.forms());
        if (!asset.protection().equals(Protection.unknown())) {
            protection(asset.protection());
        }
        answer("recoveredUnseen", asset.recoveredUnseen());
        answer("restorableCopy", asset.restorableCopy());
        json.writeEndObject();
    }

    private void personal(PersonalData personal) throws IOException {
        json.writeObjectFieldStart("personal");
        answer("included", personal.included());
        if (personal.persons().isPresent()) {
            json.writeNumberField("persons", personal.persons().getAsInt());
        }
        answer("sensitive", personal.sensitive());
        answer("financialDamageRisk", personal.financialDamageRisk());
        answer("maliciousIntent", personal.maliciousIntent());
        json.writeEndObject();
    }

    private void protection(Protection protection) throws IOException {
        json.writeObjectFieldStart("protection");
        constant("level", protection.level());
        answer("keyCompromised", protection.keyCompromised());
        answer("lockedStorage", protection.lockedStorage());
        answer("openAccess", protection.openAccess());
        json.writeEndObject();
    }

    private void loss(Loss loss) throws IOException {
        json.writeObjectFieldStart("lost");
        answer("stolen", loss.stolen());
        constant("device", loss.device());
        text("serialNumber", loss.serialNumber());
        text("description", loss.description());
        text("container", loss.container());
        constant("place", loss.place());
        text("circumstances", loss.circumstances());
        json.writeEndObject();
    }

    private void attack(Attack attack) throws IOException {
        json.writeObjectFieldStart("attack");
        if (attack.devices().isPresent()) {
            strings("devices", attack.devices().get());
        }
        constant("scope", attack.scope());
        answer("ransomware", attack.ransomware());
        json.writeEndObject();
    }

    private void insider(InsiderCase insider) throws IOException {
        json.writeObjectFieldStart("insider");
        answer("perpetratorMayBeInside", insider.perpetratorMayBeInside());
        constants("storage", insider.storage());
        constants("takenMedia", insider.takenMedia());
        json.writeEndObject();
    }

    private void answer(String name, Answer answer) throws IOException {
        if (answer.isKnown()) {
            json.writeBooleanField(name, answer.toBoolean());
        }
    }

    private void text(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        }
    }

    private void constant(String name, Optional<? extends Enum<?>> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get().name());
        }
    }

    private void constants(String name, Optional<? extends List<? extends Enum<?>>> values) throws IOException {
        if (values.isPresent()) {
            strings(name, values.get().stream().map(Enum::name).toList());
        }
    }

    private void strings(String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private void dateTime(String name, Optional<ZonedDateTime> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, DateTimes.format(value.get()));
        }
    }
}
