package dev.leakcheck.cli.interview;

import dev.leakcheck.model.AttackScope;
import dev.leakcheck.model.Cause;
import dev.leakcheck.model.Channel;
import dev.leakcheck.model.Device;
import dev.leakcheck.model.DiscoveryRoute;
import dev.leakcheck.model.FinancialKind;
import dev.leakcheck.model.InformationForm;
import dev.leakcheck.model.InsiderStorage;
import dev.leakcheck.model.LossPlace;
import dev.leakcheck.model.Owner;
import dev.leakcheck.model.ProtectionLevel;
import dev.leakcheck.model.TakenMedium;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of an incident a question can name, with the kind of answer each takes: the shape of
 * the model ({@code Incident} and its records) as the incident JSON writes it (docs/json-contract.md).
 * This is not a list of questions: which fields are asked, in which words and in which order, comes
 * from the plan.
 *
 * <p>The allowed values of a choice are the constants of the model's enum, so that a value added to
 * the model is offered without a change here.
 */
public enum IncidentField {
    CHANNEL("channel", Kind.CHOICE, Channel.class),
    OCCURRED_AT("occurredAt", Kind.DATE_TIME, null),
    CAUSE("cause", Kind.CHOICE, Cause.class),
    SOCIAL_IMPACT_HIGH("socialImpactHigh", Kind.YES_NO, null),
    DISCOVERY_ROUTE("discovery.route", Kind.CHOICE, DiscoveryRoute.class),
    DISCOVERY_AWARE_AT("discovery.awareAt", Kind.DATE_TIME, null),
    DISCOVERY_REPORTER_CONTACT("discovery.reporterContact", Kind.TEXT, null),
    DISCOVERY_REPORTABLE_AWARE_AT("discovery.reportableAwareAt", Kind.DATE_TIME, null),
    ASSET_DESCRIPTION("assets[].description", Kind.TEXT, null),
    ASSET_OWNER("assets[].owner", Kind.CHOICE, Owner.class),
    ASSET_PERSONAL_INCLUDED("assets[].personal.included", Kind.YES_NO, null),
    ASSET_PERSONAL_PERSONS("assets[].personal.persons", Kind.COUNT, null),
    ASSET_PERSONAL_SENSITIVE("assets[].personal.sensitive", Kind.YES_NO, null),
    ASSET_PERSONAL_FINANCIAL_DAMAGE_RISK("assets[].personal.financialDamageRisk", Kind.YES_NO, null),
    ASSET_PERSONAL_MALICIOUS_INTENT("assets[].personal.maliciousIntent", Kind.YES_NO, null),
    ASSET_FINANCIAL("assets[].financial", Kind.YES_NO, null),
    ASSET_FINANCIAL_KINDS("assets[].financialKinds", Kind.CHOICES, FinancialKind.class),
    ASSET_PUBLIC_INFRASTRUCTURE("assets[].publicInfrastructure", Kind.YES_NO, null),
    ASSET_BUSINESS_PARTNER("assets[].businessPartner", Kind.YES_NO, null),
    ASSET_CONFIDENTIAL("assets[].confidential", Kind.YES_NO, null),
    ASSET_FORMS("assets[].forms", Kind.CHOICES, InformationForm.class),
    ASSET_PROTECTION_LEVEL("assets[].protection.level", Kind.CHOICE, ProtectionLevel.class),
    ASSET_PROTECTION_KEY_COMPROMISED("assets[].protection.keyCompromised", Kind.YES_NO, null),
    ASSET_PROTECTION_LOCKED_STORAGE("assets[].protection.lockedStorage", Kind.YES_NO, null),
    ASSET_PROTECTION_OPEN_ACCESS("assets[].protection.openAccess", Kind.YES_NO, null),
    ASSET_RECOVERED_UNSEEN("assets[].recoveredUnseen", Kind.YES_NO, null),
    ASSET_RESTORABLE_COPY("assets[].restorableCopy", Kind.YES_NO, null),
    LOST_STOLEN("lost.stolen", Kind.YES_NO, null),
    LOST_DEVICE("lost.device", Kind.CHOICE, Device.class),
    LOST_SERIAL_NUMBER("lost.serialNumber", Kind.TEXT, null),
    LOST_DESCRIPTION("lost.description", Kind.TEXT, null),
    LOST_CONTAINER("lost.container", Kind.TEXT, null),
    LOST_PLACE("lost.place", Kind.CHOICE, LossPlace.class),
    LOST_CIRCUMSTANCES("lost.circumstances", Kind.TEXT, null),
    ATTACK_DEVICES("attack.devices", Kind.TEXTS, null),
    ATTACK_SCOPE("attack.scope", Kind.CHOICE, AttackScope.class),
    ATTACK_RANSOMWARE("attack.ransomware", Kind.YES_NO, null),
    INSIDER_PERPETRATOR_MAY_BE_INSIDE("insider.perpetratorMayBeInside", Kind.YES_NO, null),
    INSIDER_STORAGE("insider.storage", Kind.CHOICES, InsiderStorage.class),
    INSIDER_TAKEN_MEDIA("insider.takenMedia", Kind.CHOICES, TakenMedium.class);

    /** What an answer to the field is. */
    public enum Kind {
        /** はい / いいえ: an {@code Answer} of the model. */
        YES_NO,
        /** One constant of an enum of the model. */
        CHOICE,
        /** Any number of constants of an enum of the model (none is an answer too). */
        CHOICES,
        /** Free text. */
        TEXT,
        /** Several free-text names, separated by commas. */
        TEXTS,
        /** A whole number of 0 or more. */
        COUNT,
        /** A date and time of day (Asia/Tokyo unless an offset is given). */
        DATE_TIME
    }

    private static final Pattern ASSET = Pattern.compile("assets\\[(\\d{1,6})\\]\\.(.+)");

    private final String template;
    private final Kind kind;
    private final Class<? extends Enum<?>> values;

    IncidentField(String template, Kind kind, Class<? extends Enum<?>> values) {
        this.template = template;
        this.kind = kind;
        this.values = values;
    }

    /** The path with {@code assets[]} for "each asset", as the question sheet writes it. */
    public String template() {
        return template;
    }

    public Kind kind() {
        return kind;
    }

    /** The allowed values of a choice, in the model's order; empty for the other kinds. */
    public List<Enum<?>> choices() {
        return values == null ? List.of() : Arrays.asList(values.getEnumConstants());
    }

    /** Whether the field belongs to one asset ({@code assets[i].…}). */
    boolean perAsset() {
        return template.startsWith("assets[]");
    }

    /** The part after {@code assets[i].}, or the whole path. */
    String inner() {
        return perAsset() ? template.substring("assets[].".length()) : template;
    }

    /** A concrete path: the field and, for an asset's field, the asset's index. */
    public record Path(IncidentField field, int asset, String text) {

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * The field a path names: {@code discovery.awareAt}, {@code assets[0].personal.persons}. Empty for
     * a path that is not a field of the incident (docs/json-contract.md), or that leaves out an asset's index.
     */
    public static Optional<Path> parse(String path) {
        Matcher asset = ASSET.matcher(path);
        if (asset.matches()) {
            String template = "assets[]." + asset.group(2);
            return Arrays.stream(values()).filter(f -> f.perAsset() && f.template.equals(template)).findFirst()
                    .map(f -> new Path(f, Integer.parseInt(asset.group(1)), path));
        }
        return Arrays.stream(values()).filter(f -> !f.perAsset() && f.template.equals(path)).findFirst()
                .map(f -> new Path(f, -1, path));
    }
}
