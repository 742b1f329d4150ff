package dev.leakcheck.model;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * How the incident came to light (発覚) and when the organisation became aware of it.
 *
 * <p>{@code awareAt} starts the clock of the first response: the actions of the day of awareness
 * count from its date in Asia/Tokyo. The legal clocks (the reports to the PPC, the notice to a
 * client under Enforcement Rules Art. 9) count from {@link #legalClockStart()}: the time the
 * organisation knew of the <em>reportable</em> situation, which may be later — a leak first seen
 * as 500 persons and found a week later to exceed 1,000 is reportable from the later date (PPC
 * guideline, general rules, 3-5-3-1: 「その後1,000人を超えた場合には、1,000人を超えた時点で」).
 * While a time is unknown no deadline is computed from it; it is never taken from the clock.
 *
 * @param route             発覚した経緯
 * @param awareAt           気づいた日時
 * @param reporterContact   連絡してきた方の連絡先
 * @param reportableAwareAt 報告対象事態を知った日時, when later than {@code awareAt}; never before it
 */
public record Discovery(
        Optional<DiscoveryRoute> route,
        Optional<ZonedDateTime> awareAt,
        Optional<String> reporterContact,
        Optional<ZonedDateTime> reportableAwareAt) {

    private static final Discovery UNKNOWN = new Discovery(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /**
     * Checks that no component is null and that the reportable situation was not known before the incident was.
     *
     * @param route the {@code route} component
     * @param awareAt the {@code awareAt} component
     * @param reporterContact the {@code reporterContact} component
     * @param reportableAwareAt the {@code reportableAwareAt} component
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code reportableAwareAt} is before {@code awareAt}
     */
    public Discovery {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(awareAt, "awareAt");
        Objects.requireNonNull(reporterContact, "reporterContact");
        Objects.requireNonNull(reportableAwareAt, "reportableAwareAt");
        if (awareAt.isPresent() && reportableAwareAt.isPresent() && reportableAwareAt.get().isBefore(awareAt.get())) {
            throw new IllegalArgumentException("reportableAwareAt: must not be before awareAt");
        }
    }

    /**
     * A discovery without a separate time for the reportable situation (it is {@code awareAt}).
     *
     * @param route the {@code route} component
     * @param awareAt the {@code awareAt} component
     * @param reporterContact the {@code reporterContact} component
     */
    public Discovery(Optional<DiscoveryRoute> route, Optional<ZonedDateTime> awareAt, Optional<String> reporterContact) {
        this(route, awareAt, reporterContact, Optional.empty());
    }

    /**
     * When the legal clocks start: {@code reportableAwareAt} when given, otherwise {@code awareAt};
     * empty while both are unknown.
     *
     * @return when the legal clock starts, if it is known
     */
    public Optional<ZonedDateTime> legalClockStart() {
        return reportableAwareAt.isPresent() ? reportableAwareAt : awareAt;
    }

    /**
     * Nothing is known yet about the discovery.
     *
     * @return a discovery with every answer unknown
     */
    public static Discovery unknown() {
        return UNKNOWN;
    }

    /**
     * A builder with every answer unknown.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Discovery}: set what is known, leave the rest unknown. */
    public static final class Builder {
        private DiscoveryRoute route;
        private ZonedDateTime awareAt;
        private String reporterContact;
        private ZonedDateTime reportableAwareAt;

        private Builder() {
        }

        /**
         * Sets {@link Discovery#route()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder route(DiscoveryRoute value) {
            this.route = value;
            return this;
        }

        /**
         * Sets {@link Discovery#awareAt()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder awareAt(ZonedDateTime value) {
            this.awareAt = value;
            return this;
        }

        /**
         * Sets {@link Discovery#reporterContact()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder reporterContact(String value) {
            this.reporterContact = value;
            return this;
        }

        /**
         * When the reportable situation became known, if later than {@code awareAt}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder reportableAwareAt(ZonedDateTime value) {
            this.reportableAwareAt = value;
            return this;
        }

        /**
         * Builds the Discovery; what was not set is unknown.
         *
         * @return the Discovery
         */
        public Discovery build() {
            return new Discovery(Optional.ofNullable(route), Optional.ofNullable(awareAt),
                    Optional.ofNullable(reporterContact), Optional.ofNullable(reportableAwareAt));
        }
    }
}
