package dev.leakcheck.rules.internal.facts;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Attack;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.InformationAsset;
import dev.leakcheck.model.InsiderCase;
import dev.leakcheck.model.Loss;
import java.util.Collection;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The incident's answered fields by path ({@code assets[0].personal.persons} → {@code 1200}), so
 * that the question sheet can ask for exactly the fields that are still unknown. A field whose
 * value is null here is unknown; so is a path this class does not know.
 *
 * <p>A view: each answer is read from the incident when it is asked for, as its text (an enum's
 * name, a number, a date-time's ISO form, a list's elements joined with commas).
 */
public final class IncidentFields {

    private static final String ASSETS = "assets[";

    private final Incident incident;

    private IncidentFields(Incident incident) {
        this.incident = incident;
    }

    public static IncidentFields of(Incident incident) {
        return new IncidentFields(incident);
    }

    /** The answer to a field, or empty while it is unknown. */
    Optional<String> value(String field) {
        return Optional.ofNullable(get(field));
    }

    /** The answer to a field by its full path, or null while it is unknown. */
    public String get(String field) {
        if (field.startsWith(ASSETS)) {
            int close = field.indexOf(']', ASSETS.length());
            if (close < 0 || close + 1 >= field.length() || field.charAt(close + 1) != '.') {
                return null;
            }
            int index = index(field.substring(ASSETS.length(), close));
            return index < 0 ? null : asset(index, field.substring(close + 2));
        }
        return top(field);
    }

    /** The answer to a catalogue field for asset {@code i} (the field itself when it is not of an asset). */
    public String get(FieldRef field, int i) {
        if (field.assetPart() != null) {
            return asset(i, field.assetPart());
        }
        return get(field.concrete(i));
    }

    /** The number of assets described; questions about assets are asked of at least one. */
    public int assetsToAsk() {
        return Math.max(1, incident.assets().size());
    }

    /** The index written between the brackets, as {@code Integer.toString} writes it; -1 otherwise. */
    private static int index(String digits) {
        if (digits.isEmpty() || digits.length() > 9 || (digits.length() > 1 && digits.charAt(0) == '0')) {
            return -1;
        }
        for (int k = 0; k < digits.length(); k++) {
            if (digits.charAt(k) < '0' || digits.charAt(k) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(digits);
    }

    private String top(String field) {
        return switch (field) {
            case "type" -> incident.type().name();
            case "channel" -> text(incident.channel());
            case "cause" -> text(incident.cause());
            case "occurredAt" -> text(incident.occurredAt());
            case "socialImpactHigh" -> text(incident.socialImpactHigh());
            case "discovery.route" -> text(incident.discovery().route());
            case "discovery.awareAt" -> text(incident.discovery().awareAt());
            case "discovery.reporterContact" -> text(incident.discovery().reporterContact());
            case "discovery.reportableAwareAt" -> text(incident.discovery().reportableAwareAt());
            case "lost.stolen", "lost.device", "lost.serialNumber", "lost.description", "lost.container",
                    "lost.place", "lost.circumstances" -> incident.lost().map(l -> lost(l, field)).orElse(null);
            case "attack.devices", "attack.scope", "attack.ransomware" ->
                    incident.attack().map(a -> attack(a, field)).orElse(null);
            case "insider.perpetratorMayBeInside", "insider.storage", "insider.takenMedia" ->
                    incident.insider().map(i -> insider(i, field)).orElse(null);
            default -> null;
        };
    }

    private static String lost(Loss lost, String field) {
        return switch (field) {
            case "lost.stolen" -> text(lost.stolen());
            case "lost.device" -> text(lost.device());
            case "lost.serialNumber" -> text(lost.serialNumber());
            case "lost.description" -> text(lost.description());
            case "lost.container" -> text(lost.container());
            case "lost.place" -> text(lost.place());
            case "lost.circumstances" -> text(lost.circumstances());
            default -> null;
        };
    }

    private static String attack(Attack attack, String field) {
        return switch (field) {
            case "attack.devices" -> joined(attack.devices());
            case "attack.scope" -> text(attack.scope());
            case "attack.ransomware" -> text(attack.ransomware());
            default -> null;
        };
    }

    private static String insider(InsiderCase insider, String field) {
        return switch (field) {
            case "insider.perpetratorMayBeInside" -> text(insider.perpetratorMayBeInside());
            case "insider.storage" -> joined(insider.storage());
            case "insider.takenMedia" -> joined(insider.takenMedia());
            default -> null;
        };
    }

    private String asset(int i, String field) {
        if (i >= incident.assets().size()) {
            return null;
        }
        InformationAsset asset = incident.assets().get(i);
        return switch (field) {
            case "description" -> text(asset.description());
            case "owner" -> text(asset.owner());
            case "personal.included" -> text(asset.personal().included());
            case "personal.persons" -> text(asset.personal().persons());
            case "personal.sensitive" -> text(asset.personal().sensitive());
            case "personal.financialDamageRisk" -> text(asset.personal().financialDamageRisk());
            case "personal.maliciousIntent" -> text(asset.personal().maliciousIntent());
            case "financial" -> text(asset.financial());
            case "financialKinds" -> joined(asset.financialKinds());
            case "publicInfrastructure" -> text(asset.publicInfrastructure());
            case "businessPartner" -> text(asset.businessPartner());
            case "confidential" -> text(asset.confidential());
            case "forms" -> joined(asset.forms());
            case "protection.level" -> text(asset.protection().level());
            case "protection.keyCompromised" -> text(asset.protection().keyCompromised());
            case "protection.lockedStorage" -> text(asset.protection().lockedStorage());
            case "protection.openAccess" -> text(asset.protection().openAccess());
            case "recoveredUnseen" -> text(asset.recoveredUnseen());
            case "restorableCopy" -> text(asset.restorableCopy());
            default -> null;
        };
    }

    private static String text(Optional<?> value) {
        if (value.isEmpty()) {
            return null;
        }
        Object v = value.get();
        return v instanceof Enum<?> e ? e.name() : v.toString();
    }

    private static String text(Answer answer) {
        return answer.isKnown() ? answer.name() : null;
    }

    private static String text(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : null;
    }

    /** A list's elements joined with commas; an empty list is an answer too (""). */
    private static String joined(Optional<? extends Collection<?>> value) {
        if (value.isEmpty()) {
            return null;
        }
        Iterator<?> elements = value.get().iterator();
        if (!elements.hasNext()) {
            return "";
        }
        StringBuilder text = new StringBuilder(elements.next().toString());
        while (elements.hasNext()) {
            text.append(',').append(elements.next());
        }
        return text.toString();
    }
}
