package dev.leakcheck.model.field;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Attack;
import dev.leakcheck.model.AttackScope;
import dev.leakcheck.model.Cause;
import dev.leakcheck.model.Channel;
import dev.leakcheck.model.Device;
import dev.leakcheck.model.Discovery;
import dev.leakcheck.model.DiscoveryRoute;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.InformationAsset;
import dev.leakcheck.model.FinancialKind;
import dev.leakcheck.model.GdprRisk;
import dev.leakcheck.model.Organisation;
import dev.leakcheck.model.OrganisationKind;
import dev.leakcheck.model.Sector;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies one answer to the field a question names, and gives the new incident: the model is
 * immutable, so the records on the way to the field are rebuilt (with their builders where they
 * have one) and everything else is kept as it was.
 *
 * <p>The value's type follows the field's {@link IncidentField.Kind}: an {@link Answer}, an enum
 * constant of the model, a list of them, a {@code String}, a list of strings, an {@code Integer} or
 * a {@link ZonedDateTime}; {@code null} (or {@link Answer#UNKNOWN}) makes the field unknown again.
 * An asset index one past the last asset appends an asset. The model's own checks still apply: an
 * answer the model refuses (a {@code lost} field on an attack, occurredAt after awareAt) throws
 * {@link IllegalArgumentException}.
 */
public final class IncidentEditor {

    private IncidentEditor() {
    }

    /**
     * The incident with the answer set at the path ({@code assets[0].personal.persons}, {@code lost.place}).
     *
     * @param incident the incident
     * @param path     a concrete path
     * @param value    the answer, of the field's kind; null or {@code Answer.UNKNOWN} for unknown
     * @return the new incident
     * @throws IllegalArgumentException for a path that is no field, or an answer the model refuses
     */
    public static Incident apply(Incident incident, String path, Object value) {
        IncidentField.Path field = IncidentField.parse(path)
                .orElseThrow(() -> new IllegalArgumentException("not a field of an incident: " + path));
        return apply(incident, field, value);
    }

    /**
     * The incident with the answer set at a parsed path.
     *
     * @param incident the incident
     * @param path     the field and asset
     * @param value    the answer, of the field's kind; null or {@code Answer.UNKNOWN} for unknown
     * @return the new incident
     */
    public static Incident apply(Incident incident, IncidentField.Path path, Object value) {
        IncidentField field = path.field();
        if (field.perAsset()) {
            return withAsset(incident, path.asset(), asset -> asset(asset, field, value));
        }
        Incident.Builder copy = copy(incident);
        switch (field) {
            case CHANNEL -> copy.channel((Channel) value);
            case OCCURRED_AT -> copy.occurredAt((ZonedDateTime) value);
            case CAUSE -> copy.cause((Cause) value);
            case GDPR_RISK -> copy.gdprRisk((GdprRisk) value);
            case ORGANISATION_KIND, ORGANISATION_SECTORS, ORGANISATION_REPORT_RECIPIENT, ORGANISATION_EU_ESTABLISHMENT ->
                    copy.organisation(organisation(incident.organisation().orElse(Organisation.UNKNOWN), field, value));
            case SOCIAL_IMPACT_HIGH -> copy.socialImpactHigh(answer(value));
            case DISCOVERY_ROUTE -> copy.discovery(copy(incident.discovery()).route((DiscoveryRoute) value).build());
            case DISCOVERY_AWARE_AT -> copy.discovery(copy(incident.discovery()).awareAt((ZonedDateTime) value).build());
            case DISCOVERY_REPORTER_CONTACT ->
                    copy.discovery(copy(incident.discovery()).reporterContact((String) value).build());
            case DISCOVERY_REPORTABLE_AWARE_AT ->
                    copy.discovery(copy(incident.discovery()).reportableAwareAt((ZonedDateTime) value).build());
            case LOST_STOLEN -> copy.lost(copy(incident.lossOrUnknown()).stolen(answer(value)).build());
            case LOST_DEVICE -> copy.lost(copy(incident.lossOrUnknown()).device((Device) value).build());
            case LOST_SERIAL_NUMBER -> copy.lost(copy(incident.lossOrUnknown()).serialNumber((String) value).build());
            case LOST_DESCRIPTION -> copy.lost(copy(incident.lossOrUnknown()).description((String) value).build());
            case LOST_CONTAINER -> copy.lost(copy(incident.lossOrUnknown()).container((String) value).build());
            case LOST_PLACE -> copy.lost(copy(incident.lossOrUnknown()).place((LossPlace) value).build());
            case LOST_CIRCUMSTANCES -> copy.lost(copy(incident.lossOrUnknown()).circumstances((String) value).build());
            case ATTACK_DEVICES -> {
                Attack a = incident.attackOrUnknown();
                copy.attack(new Attack(Optional.ofNullable(strings(value)), a.scope(), a.ransomware()));
            }
            case ATTACK_SCOPE -> {
                Attack a = incident.attackOrUnknown();
                copy.attack(new Attack(a.devices(), Optional.ofNullable((AttackScope) value), a.ransomware()));
            }
            case ATTACK_RANSOMWARE -> {
                Attack a = incident.attackOrUnknown();
                copy.attack(new Attack(a.devices(), a.scope(), answer(value)));
            }
            case INSIDER_PERPETRATOR_MAY_BE_INSIDE -> {
                InsiderCase i = incident.insiderOrUnknown();
                copy.insider(new InsiderCase(answer(value), i.storage(), i.takenMedia()));
            }
            case INSIDER_STORAGE -> {
                InsiderCase i = incident.insiderOrUnknown();
                copy.insider(new InsiderCase(i.perpetratorMayBeInside(),
                        Optional.ofNullable(constants(value, InsiderStorage.class)), i.takenMedia()));
            }
            case INSIDER_TAKEN_MEDIA -> {
                InsiderCase i = incident.insiderOrUnknown();
                copy.insider(new InsiderCase(i.perpetratorMayBeInside(), i.storage(),
                        Optional.ofNullable(constants(value, TakenMedium.class))));
            }
            default -> throw new IllegalStateException("an asset's field without an asset: " + path);
        }
        incident.assets().forEach(copy::asset);
        return copy.build();
    }

    private static InformationAsset asset(InformationAsset asset, IncidentField field, Object value) {
        InformationAsset.Builder copy = copy(asset);
        Protection p = asset.protection();
        switch (field) {
            case ASSET_DESCRIPTION -> copy.description((String) value);
            case ASSET_OWNER -> copy.owner((Owner) value);
            case ASSET_PERSONAL_INCLUDED -> copy.personal(copy(asset.personal()).included(answer(value)).build());
            case ASSET_PERSONAL_PERSONS -> copy.personal(copy(asset.personal()).persons((Integer) value).build());
            case ASSET_PERSONAL_SENSITIVE -> copy.personal(copy(asset.personal()).sensitive(answer(value)).build());
            case ASSET_PERSONAL_FINANCIAL_DAMAGE_RISK ->
                    copy.personal(copy(asset.personal()).financialDamageRisk(answer(value)).build());
            case ASSET_PERSONAL_MALICIOUS_INTENT ->
                    copy.personal(copy(asset.personal()).maliciousIntent(answer(value)).build());
            case ASSET_FINANCIAL -> copy.financial(answer(value));
            case ASSET_FINANCIAL_KINDS -> copy.financialKinds(constants(value, FinancialKind.class));
            case ASSET_PUBLIC_INFRASTRUCTURE -> copy.publicInfrastructure(answer(value));
            case ASSET_BUSINESS_PARTNER -> copy.businessPartner(answer(value));
            case ASSET_CONFIDENTIAL -> copy.confidential(answer(value));
            case ASSET_FORMS -> copy.forms(constants(value, InformationForm.class));
            case ASSET_PROTECTION_LEVEL -> copy.protection(new Protection(Optional.ofNullable((ProtectionLevel) value),
                    p.keyCompromised(), p.lockedStorage(), p.openAccess()));
            case ASSET_PROTECTION_KEY_COMPROMISED ->
                    copy.protection(new Protection(p.level(), answer(value), p.lockedStorage(), p.openAccess()));
            case ASSET_PROTECTION_LOCKED_STORAGE ->
                    copy.protection(new Protection(p.level(), p.keyCompromised(), answer(value), p.openAccess()));
            case ASSET_PROTECTION_OPEN_ACCESS ->
                    copy.protection(new Protection(p.level(), p.keyCompromised(), p.lockedStorage(), answer(value)));
            case ASSET_RECOVERED_UNSEEN -> copy.recoveredUnseen(answer(value));
            case ASSET_RESTORABLE_COPY -> copy.restorableCopy(answer(value));
            case ASSET_PERSONAL_MY_NUMBER -> copy.personal(copy(asset.personal()).myNumber(answer(value)).build());
            case ASSET_PERSONAL_MY_NUMBER_SYSTEM ->
                    copy.personal(copy(asset.personal()).myNumberSystem(answer(value)).build());
            case ASSET_PERSONAL_ORDINANCE_SENSITIVE ->
                    copy.personal(copy(asset.personal()).ordinanceSensitive(answer(value)).build());
            case ASSET_PERSONAL_EU_RESIDENTS -> copy.personal(copy(asset.personal()).euResidents(answer(value)).build());
            case ASSET_PERSONAL_UK_RESIDENTS -> copy.personal(copy(asset.personal()).ukResidents(answer(value)).build());
            case ASSET_PUBLICLY_VIEWABLE -> copy.publiclyViewable(answer(value));
            case ASSET_COMMUNICATIONS_SECRECY -> copy.communicationsSecrecy(answer(value));
            default -> throw new IllegalStateException("not an asset's field: " + field.template());
        }
        return copy.build();
    }

    /**
     * The incident with one more asset, of which nothing is known yet.
     *
     * @param incident the incident
     * @return the incident with an unknown asset appended
     */
    public static Incident withNewAsset(Incident incident) {
        return withAsset(incident, incident.assets().size(), asset -> asset);
    }

    /**
     * The incident holding a group of fields even while none of them is known: a loss, an attack or
     * an insider case described as such ({@code "lost": {}}); any other group is left as it is.
     *
     * @param incident the incident
     * @param group    {@code lost}, {@code attack} or {@code insider}
     * @return the incident holding the group
     */
    public static Incident holding(Incident incident, String group) {
        if (IncidentField.holds(incident, group)) {
            return incident;
        }
        return switch (group) {
            case "lost" -> copyWithAssets(incident).lost(Loss.unknown()).build();
            case "attack" -> copyWithAssets(incident).attack(Attack.unknown()).build();
            case "insider" -> copyWithAssets(incident).insider(InsiderCase.unknown()).build();
            case "organisation" -> copyWithAssets(incident).organisation(Organisation.UNKNOWN).build();
            default -> incident;
        };
    }

    private static Incident.Builder copyWithAssets(Incident incident) {
        Incident.Builder copy = copy(incident);
        incident.assets().forEach(copy::asset);
        return copy;
    }

    /** The incident with asset {@code index} changed; the index one past the last appends an asset. */
    private static Incident withAsset(Incident incident, int index,
            java.util.function.UnaryOperator<InformationAsset> change) {
        List<InformationAsset> assets = new ArrayList<>(incident.assets());
        if (index > assets.size()) {
            throw new IllegalArgumentException("assets[" + index + "]: the next asset is assets[" + assets.size() + "]");
        }
        if (index == assets.size()) {
            assets.add(InformationAsset.builder().build());
        }
        assets.set(index, change.apply(assets.get(index)));
        Incident.Builder copy = copy(incident);
        assets.forEach(copy::asset);
        return copy.build();
    }

    /** A builder holding everything of the incident but its assets (the builder can only add those). */
    private static Incident.Builder copy(Incident i) {
        Incident.Builder copy = Incident.builder(i.id(), i.type())
                .channel(i.channel().orElse(null))
                .occurredAt(i.occurredAt().orElse(null))
                .cause(i.cause().orElse(null))
                .socialImpactHigh(i.socialImpactHigh())
                .discovery(i.discovery())
                .lost(i.lost().orElse(null))
                .attack(i.attack().orElse(null))
                .insider(i.insider().orElse(null))
                .gdprRisk(i.gdprRisk().orElse(null));
        i.organisation().ifPresent(copy::organisation);
        return copy;
    }

    /** The profile with one part set, or unknown again for null. */
    private static Organisation organisation(Organisation o, IncidentField field, Object value) {
        return switch (field) {
            case ORGANISATION_KIND -> new Organisation(Optional.ofNullable((OrganisationKind) value), o.sectors(),
                    o.reportRecipient(), o.euEstablishment());
            case ORGANISATION_SECTORS -> new Organisation(o.kind(),
                    Optional.ofNullable(constants(value, Sector.class)).map(java.util.Set::copyOf), o.reportRecipient(),
                    o.euEstablishment());
            case ORGANISATION_REPORT_RECIPIENT -> new Organisation(o.kind(), o.sectors(),
                    Optional.ofNullable((String) value), o.euEstablishment());
            case ORGANISATION_EU_ESTABLISHMENT -> new Organisation(o.kind(), o.sectors(), o.reportRecipient(),
                    answer(value));
            default -> throw new IllegalStateException("not an organisation's field: " + field.template());
        };
    }

    private static Discovery.Builder copy(Discovery d) {
        return Discovery.builder().route(d.route().orElse(null)).awareAt(d.awareAt().orElse(null))
                .reporterContact(d.reporterContact().orElse(null))
                .reportableAwareAt(d.reportableAwareAt().orElse(null));
    }

    private static InformationAsset.Builder copy(InformationAsset a) {
        return InformationAsset.builder()
                .description(a.description().orElse(null))
                .owner(a.owner().orElse(null))
                .personal(a.personal())
                .financial(a.financial())
                .financialKinds(a.financialKinds().orElse(null))
                .publicInfrastructure(a.publicInfrastructure())
                .businessPartner(a.businessPartner())
                .confidential(a.confidential())
                .forms(a.forms().orElse(null))
                .protection(a.protection())
                .recoveredUnseen(a.recoveredUnseen())
                .restorableCopy(a.restorableCopy())
                .publiclyViewable(a.publiclyViewable())
                .communicationsSecrecy(a.communicationsSecrecy());
    }

    private static PersonalData.Builder copy(PersonalData p) {
        return PersonalData.builder().included(p.included())
                .persons(p.persons().isPresent() ? p.persons().getAsInt() : null)
                .sensitive(p.sensitive()).financialDamageRisk(p.financialDamageRisk())
                .maliciousIntent(p.maliciousIntent()).myNumber(p.myNumber()).myNumberSystem(p.myNumberSystem())
                .ordinanceSensitive(p.ordinanceSensitive()).euResidents(p.euResidents()).ukResidents(p.ukResidents());
    }

    private static Loss.Builder copy(Loss l) {
        return Loss.builder().stolen(l.stolen()).device(l.device().orElse(null))
                .serialNumber(l.serialNumber().orElse(null)).description(l.description().orElse(null))
                .container(l.container().orElse(null)).place(l.place().orElse(null))
                .circumstances(l.circumstances().orElse(null));
    }

    private static Answer answer(Object value) {
        return value == null ? Answer.UNKNOWN : (Answer) value;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return null;
        }
        List<String> strings = new ArrayList<>();
        for (Object item : (List<?>) value) {
            strings.add((String) item);
        }
        return strings;
    }

    private static <E extends Enum<E>> List<E> constants(Object value, Class<E> type) {
        if (value == null) {
            return null;
        }
        List<E> constants = new ArrayList<>();
        for (Object item : (List<?>) value) {
            constants.add(type.cast(item));
        }
        return constants;
    }
}
