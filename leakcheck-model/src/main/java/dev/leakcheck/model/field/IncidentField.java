package dev.leakcheck.model.field;

import dev.leakcheck.model.AttackScope;
import dev.leakcheck.model.Cause;
import dev.leakcheck.model.Channel;
import dev.leakcheck.model.Device;
import dev.leakcheck.model.DiscoveryRoute;
import dev.leakcheck.model.FinancialKind;
import dev.leakcheck.model.GdprRisk;
import dev.leakcheck.model.OrganisationKind;
import dev.leakcheck.model.Sector;
import dev.leakcheck.model.InformationForm;
import dev.leakcheck.model.InsiderStorage;
import dev.leakcheck.model.LossPlace;
import dev.leakcheck.model.Owner;
import dev.leakcheck.model.ProtectionLevel;
import dev.leakcheck.model.TakenMedium;
import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.InformationAsset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The registry of the incident's fields: every field an answer can be given to, by the path the
 * incident JSON writes (docs/json-contract.md), with the kind of answer it takes, how to read it
 * from an incident ({@link #valueIn}) and how to set it ({@link IncidentEditor}). The rules, the
 * interview and the what-if of the question list read and set fields through it, so that a new
 * question touches the model, this registry and the workbooks. {@code FieldRegistryTest} fails when
 * a field of the model is missing here. This is not a list of questions: which fields are asked,
 * in which words and in which order, comes from the plan.
 *
 * <p>The allowed values of a choice are the constants of the model's enum, so that a value added to
 * the model is offered without a change here.
 */
public enum IncidentField {
    /** {@code channel}. */
    CHANNEL("channel", Kind.CHOICE, Channel.class),
    /** {@code occurredAt}. */
    OCCURRED_AT("occurredAt", Kind.DATE_TIME, null),
    /** {@code cause}. */
    CAUSE("cause", Kind.CHOICE, Cause.class),
    /** {@code socialImpactHigh}. */
    SOCIAL_IMPACT_HIGH("socialImpactHigh", Kind.YES_NO, null),
    /** {@code discovery.route}. */
    DISCOVERY_ROUTE("discovery.route", Kind.CHOICE, DiscoveryRoute.class),
    /** {@code gdprRisk}. */
    GDPR_RISK("gdprRisk", Kind.CHOICE, GdprRisk.class),
    /** {@code organisation.kind}. */
    ORGANISATION_KIND("organisation.kind", Kind.CHOICE, OrganisationKind.class),
    /** {@code organisation.sectors}. */
    ORGANISATION_SECTORS("organisation.sectors", Kind.CHOICES, Sector.class),
    /** {@code organisation.reportRecipient}. */
    ORGANISATION_REPORT_RECIPIENT("organisation.reportRecipient", Kind.TEXT, null),
    /** {@code organisation.euEstablishment}. */
    ORGANISATION_EU_ESTABLISHMENT("organisation.euEstablishment", Kind.YES_NO, null),
    /** {@code discovery.awareAt}. */
    DISCOVERY_AWARE_AT("discovery.awareAt", Kind.DATE_TIME, null),
    /** {@code discovery.reporterContact}. */
    DISCOVERY_REPORTER_CONTACT("discovery.reporterContact", Kind.TEXT, null),
    /** {@code discovery.reportableAwareAt}. */
    DISCOVERY_REPORTABLE_AWARE_AT("discovery.reportableAwareAt", Kind.DATE_TIME, null),
    /** {@code assets[].description}. */
    ASSET_DESCRIPTION("assets[].description", Kind.TEXT, null),
    /** {@code assets[].owner}. */
    ASSET_OWNER("assets[].owner", Kind.CHOICE, Owner.class),
    /** {@code assets[].personal.included}. */
    ASSET_PERSONAL_INCLUDED("assets[].personal.included", Kind.YES_NO, null),
    /** {@code assets[].personal.persons}. */
    ASSET_PERSONAL_PERSONS("assets[].personal.persons", Kind.COUNT, null),
    /** {@code assets[].personal.sensitive}. */
    ASSET_PERSONAL_SENSITIVE("assets[].personal.sensitive", Kind.YES_NO, null),
    /** {@code assets[].personal.financialDamageRisk}. */
    ASSET_PERSONAL_FINANCIAL_DAMAGE_RISK("assets[].personal.financialDamageRisk", Kind.YES_NO, null),
    /** {@code assets[].personal.maliciousIntent}. */
    ASSET_PERSONAL_MALICIOUS_INTENT("assets[].personal.maliciousIntent", Kind.YES_NO, null),
    /** {@code assets[].personal.myNumber}. */
    ASSET_PERSONAL_MY_NUMBER("assets[].personal.myNumber", Kind.YES_NO, null),
    /** {@code assets[].personal.myNumberSystem}. */
    ASSET_PERSONAL_MY_NUMBER_SYSTEM("assets[].personal.myNumberSystem", Kind.YES_NO, null),
    /** {@code assets[].personal.ordinanceSensitive}. */
    ASSET_PERSONAL_ORDINANCE_SENSITIVE("assets[].personal.ordinanceSensitive", Kind.YES_NO, null),
    /** {@code assets[].personal.euResidents}. */
    ASSET_PERSONAL_EU_RESIDENTS("assets[].personal.euResidents", Kind.YES_NO, null),
    /** {@code assets[].personal.ukResidents}. */
    ASSET_PERSONAL_UK_RESIDENTS("assets[].personal.ukResidents", Kind.YES_NO, null),
    /** {@code assets[].financial}. */
    ASSET_FINANCIAL("assets[].financial", Kind.YES_NO, null),
    /** {@code assets[].financialKinds}. */
    ASSET_FINANCIAL_KINDS("assets[].financialKinds", Kind.CHOICES, FinancialKind.class),
    /** {@code assets[].publicInfrastructure}. */
    ASSET_PUBLIC_INFRASTRUCTURE("assets[].publicInfrastructure", Kind.YES_NO, null),
    /** {@code assets[].businessPartner}. */
    ASSET_BUSINESS_PARTNER("assets[].businessPartner", Kind.YES_NO, null),
    /** {@code assets[].confidential}. */
    ASSET_CONFIDENTIAL("assets[].confidential", Kind.YES_NO, null),
    /** {@code assets[].forms}. */
    ASSET_FORMS("assets[].forms", Kind.CHOICES, InformationForm.class),
    /** {@code assets[].protection.level}. */
    ASSET_PROTECTION_LEVEL("assets[].protection.level", Kind.CHOICE, ProtectionLevel.class),
    /** {@code assets[].protection.keyCompromised}. */
    ASSET_PROTECTION_KEY_COMPROMISED("assets[].protection.keyCompromised", Kind.YES_NO, null),
    /** {@code assets[].protection.lockedStorage}. */
    ASSET_PROTECTION_LOCKED_STORAGE("assets[].protection.lockedStorage", Kind.YES_NO, null),
    /** {@code assets[].protection.openAccess}. */
    ASSET_PROTECTION_OPEN_ACCESS("assets[].protection.openAccess", Kind.YES_NO, null),
    /** {@code assets[].recoveredUnseen}. */
    ASSET_RECOVERED_UNSEEN("assets[].recoveredUnseen", Kind.YES_NO, null),
    /** {@code assets[].restorableCopy}. */
    ASSET_RESTORABLE_COPY("assets[].restorableCopy", Kind.YES_NO, null),
    /** {@code assets[].publiclyViewable}. */
    ASSET_PUBLICLY_VIEWABLE("assets[].publiclyViewable", Kind.YES_NO, null),
    /** {@code assets[].communicationsSecrecy}. */
    ASSET_COMMUNICATIONS_SECRECY("assets[].communicationsSecrecy", Kind.YES_NO, null),
    /** {@code lost.stolen}. */
    LOST_STOLEN("lost.stolen", Kind.YES_NO, null),
    /** {@code lost.device}. */
    LOST_DEVICE("lost.device", Kind.CHOICE, Device.class),
    /** {@code lost.serialNumber}. */
    LOST_SERIAL_NUMBER("lost.serialNumber", Kind.TEXT, null),
    /** {@code lost.description}. */
    LOST_DESCRIPTION("lost.description", Kind.TEXT, null),
    /** {@code lost.container}. */
    LOST_CONTAINER("lost.container", Kind.TEXT, null),
    /** {@code lost.place}. */
    LOST_PLACE("lost.place", Kind.CHOICE, LossPlace.class),
    /** {@code lost.circumstances}. */
    LOST_CIRCUMSTANCES("lost.circumstances", Kind.TEXT, null),
    /** {@code attack.devices}. */
    ATTACK_DEVICES("attack.devices", Kind.TEXTS, null),
    /** {@code attack.scope}. */
    ATTACK_SCOPE("attack.scope", Kind.CHOICE, AttackScope.class),
    /** {@code attack.ransomware}. */
    ATTACK_RANSOMWARE("attack.ransomware", Kind.YES_NO, null),
    /** {@code insider.perpetratorMayBeInside}. */
    INSIDER_PERPETRATOR_MAY_BE_INSIDE("insider.perpetratorMayBeInside", Kind.YES_NO, null),
    /** {@code insider.storage}. */
    INSIDER_STORAGE("insider.storage", Kind.CHOICES, InsiderStorage.class),
    /** {@code insider.takenMedia}. */
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
    /** {@code assets[2]} at the start of a path. */
    private static final Pattern ASSET_INDEX = Pattern.compile("^assets\\[\\d+\\]");
    private static final String EVERY_ASSET = "assets[]";
    /** The fields by template: a question's field is looked up on every plan. */
    private static final Map<String, IncidentField> BY_TEMPLATE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(IncidentField::template, field -> field));

    private final String template;
    private final Kind kind;
    private final Class<? extends Enum<?>> values;

    IncidentField(String template, Kind kind, Class<? extends Enum<?>> values) {
        this.template = template;
        this.kind = kind;
        this.values = values;
    }

    /**
     * The path with {@code assets[]} for "each asset", as the question sheet writes it.
     *
     * @return the template
     */
    public String template() {
        return template;
    }

    /**
     * What an answer to the field is.
     *
     * @return the kind of answer
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The allowed values of a choice, in the model's order; empty for the other kinds.
     *
     * @return the allowed values
     */
    public List<Enum<?>> choices() {
        return values == null ? List.of() : Arrays.asList(values.getEnumConstants());
    }

    /**
     * The model's enum of a choice or of choices; null for the other kinds.
     *
     * @return the enum's class
     */
    public Class<? extends Enum<?>> choiceType() {
        return values;
    }

    /**
     * Whether the field belongs to one asset ({@code assets[i].…}).
     *
     * @return true for an asset's field
     */
    public boolean perAsset() {
        return template.startsWith(EVERY_ASSET + ".");
    }

    /**
     * The part after {@code assets[i].}, or the whole path.
     *
     * @return the path inside the asset
     */
    public String inner() {
        return perAsset() ? template.substring(EVERY_ASSET.length() + 1) : template;
    }

    /**
     * The field of a template ({@code discovery.awareAt}, {@code assets[].personal.persons}).
     *
     * @param template the path, {@code assets[]} standing for each asset
     * @return the field, if there is one
     */
    public static Optional<IncidentField> ofTemplate(String template) {
        return Optional.ofNullable(BY_TEMPLATE.get(template));
    }

    /**
     * The template of a concrete path: {@code assets[2].personal.persons} → {@code assets[].personal.persons};
     * a path of the incident itself is its own template.
     *
     * @param path a concrete path
     * @return its template
     */
    public static String templateOf(String path) {
        return ASSET_INDEX.matcher(path).replaceFirst(EVERY_ASSET);
    }

    /**
     * The concrete path of this field for one asset ({@code assets[2].personal.persons}), or the field
     * itself when it is not an asset's.
     *
     * @param asset the asset's index (ignored for a field of the incident itself)
     * @return the path
     */
    public Path at(int asset) {
        return perAsset() ? new Path(this, asset, "assets[" + asset + "]." + inner()) : new Path(this, -1, template);
    }

    /**
     * The answer the incident gives to this field, empty while it is unknown: an {@link Answer}
     * (yes or no), an enum constant of the model, a list of them or of strings (an empty list is an
     * answer too), a {@code String}, an {@code Integer} or a {@code ZonedDateTime}.
     *
     * @param incident the incident
     * @param asset    the asset's index, for an asset's field (ignored otherwise)
     * @return the answer, if known
     */
    public Optional<Object> valueIn(Incident incident, int asset) {
        if (perAsset()) {
            if (asset < 0 || asset >= incident.assets().size()) {
                return Optional.empty();
            }
            InformationAsset a = incident.assets().get(asset);
            return switch (this) {
                case ASSET_DESCRIPTION -> known(a.description());
                case ASSET_OWNER -> known(a.owner());
                case ASSET_PERSONAL_INCLUDED -> known(a.personal().included());
                case ASSET_PERSONAL_PERSONS -> known(a.personal().persons());
                case ASSET_PERSONAL_SENSITIVE -> known(a.personal().sensitive());
                case ASSET_PERSONAL_FINANCIAL_DAMAGE_RISK -> known(a.personal().financialDamageRisk());
                case ASSET_PERSONAL_MALICIOUS_INTENT -> known(a.personal().maliciousIntent());
                case ASSET_FINANCIAL -> known(a.financial());
                case ASSET_FINANCIAL_KINDS -> known(a.financialKinds());
                case ASSET_PUBLIC_INFRASTRUCTURE -> known(a.publicInfrastructure());
                case ASSET_BUSINESS_PARTNER -> known(a.businessPartner());
                case ASSET_CONFIDENTIAL -> known(a.confidential());
                case ASSET_FORMS -> known(a.forms());
                case ASSET_PROTECTION_LEVEL -> known(a.protection().level());
                case ASSET_PROTECTION_KEY_COMPROMISED -> known(a.protection().keyCompromised());
                case ASSET_PROTECTION_LOCKED_STORAGE -> known(a.protection().lockedStorage());
                case ASSET_PROTECTION_OPEN_ACCESS -> known(a.protection().openAccess());
                case ASSET_RECOVERED_UNSEEN -> known(a.recoveredUnseen());
                case ASSET_RESTORABLE_COPY -> known(a.restorableCopy());
                case ASSET_PERSONAL_MY_NUMBER -> known(a.personal().myNumber());
                case ASSET_PERSONAL_MY_NUMBER_SYSTEM -> known(a.personal().myNumberSystem());
                case ASSET_PERSONAL_ORDINANCE_SENSITIVE -> known(a.personal().ordinanceSensitive());
                case ASSET_PERSONAL_EU_RESIDENTS -> known(a.personal().euResidents());
                case ASSET_PERSONAL_UK_RESIDENTS -> known(a.personal().ukResidents());
                case ASSET_PUBLICLY_VIEWABLE -> known(a.publiclyViewable());
                case ASSET_COMMUNICATIONS_SECRECY -> known(a.communicationsSecrecy());
                default -> throw new IllegalStateException("not an asset's field: " + template);
            };
        }
        return switch (this) {
            case CHANNEL -> known(incident.channel());
            case OCCURRED_AT -> known(incident.occurredAt());
            case CAUSE -> known(incident.cause());
            case SOCIAL_IMPACT_HIGH -> known(incident.socialImpactHigh());
            case DISCOVERY_ROUTE -> known(incident.discovery().route());
            case DISCOVERY_AWARE_AT -> known(incident.discovery().awareAt());
            case DISCOVERY_REPORTER_CONTACT -> known(incident.discovery().reporterContact());
            case DISCOVERY_REPORTABLE_AWARE_AT -> known(incident.discovery().reportableAwareAt());
            case LOST_STOLEN -> incident.lost().flatMap(l -> known(l.stolen()));
            case LOST_DEVICE -> incident.lost().flatMap(l -> known(l.device()));
            case LOST_SERIAL_NUMBER -> incident.lost().flatMap(l -> known(l.serialNumber()));
            case LOST_DESCRIPTION -> incident.lost().flatMap(l -> known(l.description()));
            case LOST_CONTAINER -> incident.lost().flatMap(l -> known(l.container()));
            case LOST_PLACE -> incident.lost().flatMap(l -> known(l.place()));
            case LOST_CIRCUMSTANCES -> incident.lost().flatMap(l -> known(l.circumstances()));
            case ATTACK_DEVICES -> incident.attack().flatMap(a -> known(a.devices()));
            case ATTACK_SCOPE -> incident.attack().flatMap(a -> known(a.scope()));
            case ATTACK_RANSOMWARE -> incident.attack().flatMap(a -> known(a.ransomware()));
            case INSIDER_PERPETRATOR_MAY_BE_INSIDE -> incident.insider().flatMap(i -> known(i.perpetratorMayBeInside()));
            case INSIDER_STORAGE -> incident.insider().flatMap(i -> known(i.storage()));
            case INSIDER_TAKEN_MEDIA -> incident.insider().flatMap(i -> known(i.takenMedia()));
            case GDPR_RISK -> known(incident.gdprRisk());
            case ORGANISATION_KIND -> incident.organisation().flatMap(o -> known(o.kind()));
            case ORGANISATION_SECTORS -> incident.organisation().flatMap(o -> known(o.sectors().map(List::copyOf)));
            case ORGANISATION_REPORT_RECIPIENT -> incident.organisation().flatMap(o -> known(o.reportRecipient()));
            case ORGANISATION_EU_ESTABLISHMENT -> incident.organisation().flatMap(o -> known(o.euEstablishment()));
            default -> throw new IllegalStateException("an asset's field without an asset: " + template);
        };
    }

    /**
     * Whether the incident holds the group of fields even with none of them known: a loss, an
     * attack or an insider case described as such ({@code "lost": {}}), which the model keeps apart
     * from no description at all.
     *
     * @param incident the incident
     * @param group    the group's name ({@code lost}, {@code attack}, {@code insider}, ...)
     * @return true when the incident holds it
     */
    public static boolean holds(Incident incident, String group) {
        return switch (group) {
            case "lost" -> incident.lost().isPresent();
            case "attack" -> incident.attack().isPresent();
            case "insider" -> incident.insider().isPresent();
            case "organisation" -> incident.organisation().isPresent();
            default -> false;
        };
    }

    private static Optional<Object> known(Optional<?> value) {
        return value.map(Object.class::cast);
    }

    private static Optional<Object> known(Answer answer) {
        return answer.isKnown() ? Optional.of(answer) : Optional.empty();
    }

    private static Optional<Object> known(OptionalInt value) {
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }

    /**
     * A concrete path: the field and, for an asset's field, the asset's index.
     *
     * @param field the field
     * @param asset the asset's index, or -1 for a field of the incident itself
     * @param text  the path as written
     */
    public record Path(IncidentField field, int asset, String text) {

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * The field a path names: {@code discovery.awareAt}, {@code assets[0].personal.persons}. Empty for
     * a path that is not a field of the incident (docs/json-contract.md), or that leaves out an asset's index.
     *
     * @param path a concrete path
     * @return the field and asset it names, if any
     */
    public static Optional<Path> parse(String path) {
        Matcher asset = ASSET.matcher(path);
        if (asset.matches()) {
            return ofTemplate(EVERY_ASSET + "." + asset.group(2)).map(f -> new Path(f, Integer.parseInt(asset.group(1)), path));
        }
        return ofTemplate(path).filter(f -> !f.perAsset()).map(f -> new Path(f, -1, path));
    }
}
