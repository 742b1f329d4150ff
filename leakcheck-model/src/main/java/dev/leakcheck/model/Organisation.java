package dev.leakcheck.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The profile of the organisation that meets the incident: which regimes it answers to. Set once for
 * an engine by the application that embeds it; an incident may carry a profile of its own, whose set
 * parts win ({@link #overriddenBy(Organisation)}). Each part is unknown until it is set.
 *
 * @param kind             what kind of organisation it is, if known
 * @param sectors          the sectors it works in, if known; an empty set is "none"
 * @param reportRecipient  the authority the PPC delegated the APPI report to for its sector, if any is set
 * @param euEstablishment  whether it has an establishment in the EU (GDPR's lead supervisory authority)
 */
public record Organisation(
        Optional<OrganisationKind> kind,
        Optional<Set<Sector>> sectors,
        Optional<String> reportRecipient,
        Answer euEstablishment) {

    /** Nothing known. */
    public static final Organisation UNKNOWN = new Organisation(Optional.empty(), Optional.empty(), Optional.empty(),
            Answer.UNKNOWN);

    /**
     * Checks that no component is null; the set of sectors is copied.
     *
     * @param kind the {@code kind} component
     * @param sectors the {@code sectors} component
     * @param reportRecipient the {@code reportRecipient} component
     * @param euEstablishment the {@code euEstablishment} component
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the report recipient is blank
     */
    public Organisation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sectors, "sectors");
        Objects.requireNonNull(reportRecipient, "reportRecipient");
        Objects.requireNonNull(euEstablishment, "euEstablishment");
        sectors = sectors.map(Set::copyOf);
        if (reportRecipient.isPresent() && reportRecipient.get().isBlank()) {
            throw new IllegalArgumentException("reportRecipient: must not be blank");
        }
    }

    /**
     * A profile of which only the kind is known.
     *
     * @param kind the kind of organisation
     * @return the profile
     */
    public static Organisation of(OrganisationKind kind) {
        return UNKNOWN.withKind(kind);
    }

    /**
     * This profile with the kind set.
     *
     * @param value the kind
     * @return the new profile
     */
    public Organisation withKind(OrganisationKind value) {
        return new Organisation(Optional.of(value), sectors, reportRecipient, euEstablishment);
    }

    /**
     * This profile with the sectors set ({@code Set.of()}: none).
     *
     * @param value the sectors
     * @return the new profile
     */
    public Organisation withSectors(Set<Sector> value) {
        return new Organisation(kind, Optional.of(value), reportRecipient, euEstablishment);
    }

    /**
     * This profile with the delegated report recipient set.
     *
     * @param value the recipient, e.g. 金融庁
     * @return the new profile
     */
    public Organisation withReportRecipient(String value) {
        return new Organisation(kind, sectors, Optional.of(value), euEstablishment);
    }

    /**
     * This profile with the EU establishment answered.
     *
     * @param value the answer
     * @return the new profile
     */
    public Organisation withEuEstablishment(Answer value) {
        return new Organisation(kind, sectors, reportRecipient, value);
    }

    /**
     * This profile with the parts {@code other} sets in their place: an incident's own profile over
     * the engine's.
     *
     * @param other the profile whose set parts win
     * @return the combined profile
     */
    public Organisation overriddenBy(Organisation other) {
        return new Organisation(other.kind.or(() -> kind), other.sectors.or(() -> sectors),
                other.reportRecipient.or(() -> reportRecipient),
                other.euEstablishment.isKnown() ? other.euEstablishment : euEstablishment);
    }
}
