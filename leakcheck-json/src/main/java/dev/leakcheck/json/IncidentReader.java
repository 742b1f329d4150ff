package dev.leakcheck.json;

import dev.leakcheck.json.JsonValue.Member;
import dev.leakcheck.model.Attack;
import dev.leakcheck.model.AttackScope;
import dev.leakcheck.model.Cause;
import dev.leakcheck.model.Channel;
import dev.leakcheck.model.Device;
import dev.leakcheck.model.Discovery;
import dev.leakcheck.model.DiscoveryRoute;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.InformationAsset;
import dev.leakcheck.model.FinancialKind;
import dev.leakcheck.model.InformationForm;
import dev.leakcheck.model.InsiderCase;
import dev.leakcheck.model.InsiderStorage;
import dev.leakcheck.model.Loss;
import dev.leakcheck.model.LossPlace;
import dev.leakcheck.model.Owner;
import dev.leakcheck.model.PersonalData;
import dev.leakcheck.model.Protection;
import dev.leakcheck.model.ProtectionLevel;
import dev.leakcheck.model.TakenMedium;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Maps a parsed JSON tree onto the fact model, checking everything the model would refuse first,
 * so that each mistake is reported with its field path and location rather than as a bare
 * IllegalArgumentException.
 */
final class IncidentReader {

    private IncidentReader() {
    }

    static Incident read(JsonValue root) {
        FieldReader in = FieldReader.of(root, IncidentFields.INCIDENT);
        String id = in.requiredText("id");
        IncidentType type = in.requiredChoice("type", IncidentType.class);
        refuseFieldsOfOtherTypes(in, type);
        Discovery discovery = in.block("discovery", IncidentFields.DISCOVERY)
                .map(IncidentReader::discovery).orElse(Discovery.unknown());
        Optional<ZonedDateTime> occurredAt = in.dateTime("occurredAt");
        refuseOccurrenceAfterAwareness(in, occurredAt, discovery);

        Incident.Builder incident = Incident.builder(id, type)
                .socialImpactHigh(in.answer("socialImpactHigh"))
                .discovery(discovery);
        in.choice("channel", Channel.class).ifPresent(incident::channel);
        occurredAt.ifPresent(incident::occurredAt);
        in.choice("cause", Cause.class).ifPresent(incident::cause);
        in.blocks("assets", IncidentFields.ASSET).orElse(List.of()).forEach(a -> incident.asset(asset(a)));
        in.block("lost", IncidentFields.LOST).map(IncidentReader::loss).ifPresent(incident::lost);
        in.block("attack", IncidentFields.ATTACK).map(IncidentReader::attack).ifPresent(incident::attack);
        in.block("insider", IncidentFields.INSIDER).map(IncidentReader::insider).ifPresent(incident::insider);
        return build(incident);
    }

    private static void refuseFieldsOfOtherTypes(FieldReader in, IncidentType type) {
        for (String name : IncidentFields.INCIDENT) {
            IncidentType owner = IncidentFields.OWNED_BY_TYPE.get(name);
            Optional<Member> member = in.known(name);
            if (owner != null && owner != type && member.isPresent()) {
                throw InputErrors.belongsToOtherType(in.path(name), member.get().keyLocation(),
                        owner.name(), type.name());
            }
        }
    }

    private static void refuseOccurrenceAfterAwareness(FieldReader in, Optional<ZonedDateTime> occurredAt,
            Discovery discovery) {
        Optional<ZonedDateTime> awareAt = discovery.awareAt();
        if (occurredAt.isPresent() && awareAt.isPresent() && occurredAt.get().isAfter(awareAt.get())) {
            throw InputErrors.occurredAfterAwareness(in.known("occurredAt").orElseThrow().value());
        }
    }

    private static Discovery discovery(FieldReader in) {
        Discovery.Builder discovery = Discovery.builder();
        in.choice("route", DiscoveryRoute.class).ifPresent(discovery::route);
        Optional<ZonedDateTime> awareAt = in.dateTime("awareAt");
        awareAt.ifPresent(discovery::awareAt);
        in.text("reporterContact").ifPresent(discovery::reporterContact);
        Optional<ZonedDateTime> reportable = in.dateTime("reportableAwareAt");
        if (reportable.isPresent() && awareAt.isPresent() && reportable.get().isBefore(awareAt.get())) {
            throw InputErrors.reportableBeforeAwareness(in.known("reportableAwareAt").orElseThrow().value());
        }
        reportable.ifPresent(discovery::reportableAwareAt);
        return discovery.build();
    }

    private static InformationAsset asset(FieldReader in) {
        InformationAsset.Builder asset = InformationAsset.builder()
                .financial(in.answer("financial"))
                .publicInfrastructure(in.answer("publicInfrastructure"))
                .businessPartner(in.answer("businessPartner"))
                .confidential(in.answer("confidential"))
                .recoveredUnseen(in.answer("recoveredUnseen"))
                .restorableCopy(in.answer("restorableCopy"));
        in.text("description").ifPresent(asset::description);
        in.choice("owner", Owner.class).ifPresent(asset::owner);
        in.block("personal", IncidentFields.PERSONAL).map(IncidentReader::personal).ifPresent(asset::personal);
        in.choices("financialKinds", FinancialKind.class).ifPresent(asset::financialKinds);
        in.choices("forms", InformationForm.class).ifPresent(asset::forms);
        in.block("protection", IncidentFields.PROTECTION).map(IncidentReader::protection)
                .ifPresent(asset::protection);
        return asset.build();
    }

    private static PersonalData personal(FieldReader in) {
        PersonalData.Builder personal = PersonalData.builder()
                .included(in.answer("included"))
                .sensitive(in.answer("sensitive"))
                .financialDamageRisk(in.answer("financialDamageRisk"))
                .maliciousIntent(in.answer("maliciousIntent"));
        in.count("persons").ifPresent(personal::persons);
        return personal.build();
    }

    private static Protection protection(FieldReader in) {
        return new Protection(in.choice("level", ProtectionLevel.class), in.answer("keyCompromised"),
                in.answer("lockedStorage"), in.answer("openAccess"));
    }

    private static Loss loss(FieldReader in) {
        Loss.Builder loss = Loss.builder().stolen(in.answer("stolen"));
        in.choice("device", Device.class).ifPresent(loss::device);
        in.text("serialNumber").ifPresent(loss::serialNumber);
        in.text("description").ifPresent(loss::description);
        in.text("container").ifPresent(loss::container);
        in.choice("place", LossPlace.class).ifPresent(loss::place);
        in.text("circumstances").ifPresent(loss::circumstances);
        return loss.build();
    }

    private static Attack attack(FieldReader in) {
        return new Attack(in.texts("devices"), in.choice("scope", AttackScope.class), in.answer("ransomware"));
    }

    private static InsiderCase insider(FieldReader in) {
        return new InsiderCase(in.answer("perpetratorMayBeInside"),
                in.choices("storage", InsiderStorage.class), in.choices("takenMedia", TakenMedium.class));
    }

    /** The checks above cover what the model refuses; this guard keeps a future rule from crashing the tool. */
    private static Incident build(Incident.Builder incident) {
        try {
            return incident.build();
        } catch (IllegalArgumentException e) {
            throw InputErrors.inconsistent(e.getMessage());
        }
    }
}
