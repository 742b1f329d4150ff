package dev.leakcheck.model;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A leak, or a suspected leak, as far as it is known: the answers to the checklist's questions.
 *
 * <p>Every answer may still be missing. Absent means unknown: an {@link Optional} that is empty,
 * or {@link Answer#UNKNOWN}. The blocks {@code lost}, {@code attack} and {@code insider} belong to
 * one type each, and so do {@code channel} and {@code cause} (misdelivery only): the constructor
 * refuses them on another type, so that a fact is never silently ignored.
 *
 * @param id              the application's reference for the incident; logged, so keep it free of personal data
 * @param type            which section of the checklist applies
 * @param channel         メール or web (MISSENT_OR_MISPUBLISHED only)
 * @param occurredAt      when it happened, if known; never after {@code discovery.awareAt}
 * @param cause           なぜ起きたか (MISSENT_OR_MISPUBLISHED only)
 * @param socialImpactHigh 社会的な影響が大きいか
 * @param discovery       発覚: route and the time of awareness
 * @param assets          the information that leaked; empty while nothing is known about it
 * @param lost            the loss facts (LOST_OR_STOLEN only)
 * @param attack          the attack's facts (EXTERNAL_ATTACK only)
 * @param insider         the insider case's facts (INSIDER_LEAK only)
 * @param organisation    the organisation's profile for this incident, whose set parts win over the
 *                        engine's; absent: the engine's
 * @param gdprRisk        the assessed risk to people's rights and freedoms (GDPR Art. 33(1), 34(1)), if assessed
 */
public record Incident(
        String id,
        IncidentType type,
        Optional<Channel> channel,
        Optional<ZonedDateTime> occurredAt,
        Optional<Cause> cause,
        Answer socialImpactHigh,
        Discovery discovery,
        List<InformationAsset> assets,
        Optional<Loss> lost,
        Optional<Attack> attack,
        Optional<InsiderCase> insider,
        Optional<Organisation> organisation,
        Optional<GdprRisk> gdprRisk) {

    /**
     * Checks that no component is null, that the id is not blank, that only the facts of the
     * incident's own type are present and that the incident did not occur after it was known; the
     * list of assets is copied.
     *
     * @param id the {@code id} component
     * @param type the {@code type} component
     * @param channel the {@code channel} component
     * @param occurredAt the {@code occurredAt} component
     * @param cause the {@code cause} component
     * @param socialImpactHigh the {@code socialImpactHigh} component
     * @param discovery the {@code discovery} component
     * @param assets the {@code assets} component
     * @param lost the {@code lost} component
     * @param attack the {@code attack} component
     * @param insider the {@code insider} component
     * @param organisation the {@code organisation} component
     * @param gdprRisk the {@code gdprRisk} component
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the id is blank, a fact of another type is present, or
     *                                  {@code occurredAt} is after {@code discovery.awareAt}
     */
    public Incident {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id: must not be blank");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(socialImpactHigh, "socialImpactHigh");
        Objects.requireNonNull(discovery, "discovery");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(lost, "lost");
        Objects.requireNonNull(attack, "attack");
        Objects.requireNonNull(insider, "insider");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(gdprRisk, "gdprRisk");
        assets = List.copyOf(assets);
        requireOnlyFor(IncidentType.MISSENT_OR_MISPUBLISHED, type, "channel", channel);
        requireOnlyFor(IncidentType.MISSENT_OR_MISPUBLISHED, type, "cause", cause);
        requireOnlyFor(IncidentType.LOST_OR_STOLEN, type, "lost", lost);
        requireOnlyFor(IncidentType.EXTERNAL_ATTACK, type, "attack", attack);
        requireOnlyFor(IncidentType.INSIDER_LEAK, type, "insider", insider);
        if (occurredAt.isPresent() && discovery.awareAt().isPresent()
                && occurredAt.get().isAfter(discovery.awareAt().get())) {
            throw new IllegalArgumentException("occurredAt: must not be after discovery.awareAt");
        }
    }

    /**
     * An incident without a profile of its own (the engine's serves).
     *
     * @param id the {@code id} component
     * @param type the {@code type} component
     * @param channel the {@code channel} component
     * @param occurredAt the {@code occurredAt} component
     * @param cause the {@code cause} component
     * @param socialImpactHigh the {@code socialImpactHigh} component
     * @param discovery the {@code discovery} component
     * @param assets the {@code assets} component
     * @param lost the {@code lost} component
     * @param attack the {@code attack} component
     * @param insider the {@code insider} component
     */
    public Incident(String id, IncidentType type, Optional<Channel> channel, Optional<ZonedDateTime> occurredAt,
            Optional<Cause> cause, Answer socialImpactHigh, Discovery discovery, List<InformationAsset> assets,
            Optional<Loss> lost, Optional<Attack> attack, Optional<InsiderCase> insider) {
        this(id, type, channel, occurredAt, cause, socialImpactHigh, discovery, assets, lost, attack, insider,
                Optional.empty(), Optional.empty());
    }

    /**
     * This incident with a profile of the organisation of its own.
     *
     * @param value the profile, whose set parts win over the engine's
     * @return the new incident
     */
    public Incident withOrganisation(Organisation value) {
        return new Incident(id, type, channel, occurredAt, cause, socialImpactHigh, discovery, assets, lost, attack,
                insider, Optional.of(value), gdprRisk);
    }

    /**
     * This incident's organisation under a profile set once for the organisation (by an engine, a command-line
     * file, a server's settings): the profile, with the parts this incident sets in their place.
     *
     * @param profile the organisation's profile
     * @return the organisation the incident is planned for
     */
    public Organisation organisationUnder(Organisation profile) {
        return organisation.map(profile::overriddenBy).orElse(profile);
    }

    private static void requireOnlyFor(IncidentType owner, IncidentType actual, String field, Optional<?> value) {
        if (value.isPresent() && actual != owner) {
            throw new IllegalArgumentException(field + ": belongs to " + owner + " incidents, not " + actual);
        }
    }

    /**
     * The loss facts, all unknown when the block is absent.
     *
     * @return the loss
     */
    public Loss lossOrUnknown() {
        return lost.orElse(Loss.unknown());
    }

    /**
     * The attack's facts, or unknown ones for an incident of another type.
     *
     * @return the attack
     */
    public Attack attackOrUnknown() {
        return attack.orElse(Attack.unknown());
    }

    /**
     * The insider case's facts, or unknown ones for an incident of another type.
     *
     * @return the insider case
     */
    public InsiderCase insiderOrUnknown() {
        return insider.orElse(InsiderCase.unknown());
    }

    /**
     * A builder of an incident about which only its id and type are known.
     *
     * @param id   the incident's id, not blank
     * @param type what kind of incident it is
     * @return a new builder
     */
    public static Builder builder(String id, IncidentType type) {
        return new Builder(id, type);
    }

    /** Builds an incident answer by answer; what is not set stays unknown. */
    public static final class Builder {
        private final String id;
        private final IncidentType type;
        private Channel channel;
        private ZonedDateTime occurredAt;
        private Cause cause;
        private Answer socialImpactHigh = Answer.UNKNOWN;
        private Discovery discovery = Discovery.unknown();
        private final List<InformationAsset> assets = new ArrayList<>();
        private Loss lost;
        private Organisation organisation;
        private GdprRisk gdprRisk;
        private Attack attack;
        private InsiderCase insider;

        private Builder(String id, IncidentType type) {
            this.id = id;
            this.type = type;
        }

        /**
         * Sets {@link Incident#channel()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder channel(Channel value) {
            this.channel = value;
            return this;
        }

        /**
         * Sets {@link Incident#occurredAt()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder occurredAt(ZonedDateTime value) {
            this.occurredAt = value;
            return this;
        }

        /**
         * Sets {@link Incident#cause()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder cause(Cause value) {
            this.cause = value;
            return this;
        }

        /**
         * Sets {@link Incident#socialImpactHigh()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder socialImpactHigh(Answer value) {
            this.socialImpactHigh = value;
            return this;
        }

        /**
         * Sets {@link Incident#discovery()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder discovery(Discovery value) {
            this.discovery = value;
            return this;
        }

        /**
         * Adds an asset to {@link Incident#assets()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder asset(InformationAsset value) {
            this.assets.add(value);
            return this;
        }

        /**
         * Sets {@link Incident#lost()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder lost(Loss value) {
            this.lost = value;
            return this;
        }

        /**
         * Sets {@link Incident#attack()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder attack(Attack value) {
            this.attack = value;
            return this;
        }

        /**
         * Sets {@link Incident#insider()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder insider(InsiderCase value) {
            this.insider = value;
            return this;
        }

        /**
         * Builds the Incident; what was not set is unknown.
         *
         * @return the Incident
         */
        public Incident build() {
            return new Incident(id, type, Optional.ofNullable(channel), Optional.ofNullable(occurredAt),
                    Optional.ofNullable(cause), socialImpactHigh, discovery, assets, Optional.ofNullable(lost),
                    Optional.ofNullable(attack), Optional.ofNullable(insider), Optional.ofNullable(organisation),
                    Optional.ofNullable(gdprRisk));
        }

        /**
         * Sets the organisation's profile for this incident.
         *
         * @param value the profile, whose set parts win over the engine's
         * @return this builder
         */
        public Builder organisation(Organisation value) {
            this.organisation = java.util.Objects.requireNonNull(value, "organisation");
            return this;
        }

        /**
         * Sets {@link Incident#gdprRisk()}.
         *
         * @param value the value, null for unknown
         * @return this builder
         */
        public Builder gdprRisk(GdprRisk value) {
            this.gdprRisk = value;
            return this;
        }
    }
}
