package dev.leakcheck.model;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * How the incident came to light (発覚) and when the organisation became aware of it.
 *
 * <p>{@code awareAt} starts the legal clock: the report deadlines count from its date in
 * Asia/Tokyo. While it is unknown no deadline is computed; it is never taken from the clock.
 */
public record Discovery(
        Optional<DiscoveryRoute> route,
        Optional<ZonedDateTime> awareAt,
        Optional<String> reporterContact) {

    private static final Discovery UNKNOWN = new Discovery(Optional.empty(), Optional.empty(), Optional.empty());

    public Discovery {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(awareAt, "awareAt");
        Objects.requireNonNull(reporterContact, "reporterContact");
    }

    /** Nothing is known yet about the discovery. */
    public static Discovery unknown() {
        return UNKNOWN;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private DiscoveryRoute route;
        private ZonedDateTime awareAt;
        private String reporterContact;

        private Builder() {
        }

        public Builder route(DiscoveryRoute value) {
            this.route = value;
            return this;
        }

        public Builder awareAt(ZonedDateTime value) {
            this.awareAt = value;
            return this;
        }

        public Builder reporterContact(String value) {
            this.reporterContact = value;
            return this;
        }

        public Discovery build() {
            return new Discovery(Optional.ofNullable(route), Optional.ofNullable(awareAt),
                    Optional.ofNullable(reporterContact));
        }
    }
}
