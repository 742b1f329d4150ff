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

    /**
     * Checks that no component is null.
     *
     * @param stolen the {@code stolen} component
     * @param device the {@code device} component
     * @param serialNumber the {@code serialNumber} component
     * @param description the {@code description} component
     * @param container the {@code container} component
     * @param place the {@code place} component
     * @param circumstances the {@code circumstances} component
     * @throws NullPointerException if a component is null
     */
    public Loss {
        Objects.requireNonNull(stolen, "stolen");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(circumstances, "circumstances");
    }

    /**
     * One about which nothing is known yet.
     *
     * @return a Loss with every answer unknown
     */
    public static Loss unknown() {
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

    /** Builds a {@link Loss}: set what is known, leave the rest unknown. */
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

        /**
         * Sets {@link Loss#stolen()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder stolen(Answer value) {
            this.stolen = value;
            return this;
        }

        /**
         * Sets {@link Loss#device()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder device(Device value) {
            this.device = value;
            return this;
        }

        /**
         * Sets {@link Loss#serialNumber()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder serialNumber(String value) {
            this.serialNumber = value;
            return this;
        }

        /**
         * Sets {@link Loss#description()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets {@link Loss#container()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder container(String value) {
            this.container = value;
            return this;
        }

        /**
         * Sets {@link Loss#place()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder place(LossPlace value) {
            this.place = value;
            return this;
        }

        /**
         * Sets {@link Loss#circumstances()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder circumstances(String value) {
            this.circumstances = value;
            return this;
        }

        /**
         * Builds the Loss; what was not set is unknown.
         *
         * @return the Loss
         */
        public Loss build() {
            return new Loss(stolen, Optional.ofNullable(device), Optional.ofNullable(serialNumber),
                    Optional.ofNullable(description), Optional.ofNullable(container), Optional.ofNullable(place),
                    Optional.ofNullable(circumstances));
        }
    }
}
