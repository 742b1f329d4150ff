package dev.leakcheck.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The facts of a loss or theft (紛失・盗難): what, how to recognise it, where, and why.
 * The free-text fields may hold personal data and are never logged.
 *
 * @param stolen 盗難か紛失か: a theft is malicious intent for the report duty
 */
public record Loss(
        Answer stolen,
        Optional<Device> device,
        Optional<String> serialNumber,
        Optional<String> description,
        Optional<String> container,
        Optional<LossPlace> place,
        Optional<String> circumstances) {

    private static final Loss UNKNOWN = new Loss(Answer.UNKNOWN, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Loss {
        Objects.requireNonNull(stolen, "stolen");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(circumstances, "circumstances");
    }

    public static Loss unknown() {
        return UNKNOWN;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Answer stolen = Answer.UNKNOWN;
        private Device device;
        private String serialNumber;
        private String description;
        private String container;
        private LossPlace place;
        private String circumstances;

        private Builder() {
        }

        public Builder stolen(Answer value) {
            this.stolen = value;
            return this;
        }

        public Builder device(Device value) {
            this.device = value;
            return this;
        }

        public Builder serialNumber(String value) {
            this.serialNumber = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder container(String value) {
            this.container = value;
            return this;
        }

        public Builder place(LossPlace value) {
            this.place = value;
            return this;
        }

        public Builder circumstances(String value) {
            this.circumstances = value;
            return this;
        }

        public Loss build() {
            return new Loss(stolen, Optional.ofNullable(device), Optional.ofNullable(serialNumber),
                    Optional.ofNullable(description), Optional.ofNullable(container), Optional.ofNullable(place),
                    Optional.ofNullable(circumstances));
        }
    }
}
