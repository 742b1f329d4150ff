package dev.leakcheck.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What is known about personal information (個人情報) in one information asset: the facts that
 * decide the report duty to the Personal Information Protection Commission (APPI Rule 7).
 *
 * @param included            個人情報が含まれるか
 * @param persons             何件程度か: the number of persons (not records); empty while unknown
 * @param sensitive           要配慮個人情報が含まれるか
 * @param financialDamageRisk 財産的被害が生じる恐れがあるか (カード情報など)
 * @param maliciousIntent     不正目的をもって行われた漏洩か
 * @param myNumber            特定個人情報（マイナンバーを含む個人情報）が含まれるか (My Number Act Art. 29-4)
 * @param myNumberSystem      held in a system the My Number breach rule Art. 2(1) lists (情報提供ネットワークシステム, a system for 個人番号利用事務, a public body's system for 個人番号関係事務)
 * @param ordinanceSensitive  条例要配慮個人情報 (only for a local body whose ordinance defines it: APPI Art. 60(5), Rules Art. 43(5))
 * @param euResidents         data subjects residing in the EU/EEA are affected (GDPR)
 * @param ukResidents         data subjects residing in the UK are affected (UK GDPR)
 */
public record PersonalData(
        Answer included,
        OptionalInt persons,
        Answer sensitive,
        Answer financialDamageRisk,
        Answer maliciousIntent,
        Answer myNumber,
        Answer myNumberSystem,
        Answer ordinanceSensitive,
        Answer euResidents,
        Answer ukResidents) {

    private static final PersonalData UNKNOWN = new PersonalData(
            Answer.UNKNOWN, OptionalInt.empty(), Answer.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN,
            Answer.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN);

    /**
     * Checks that no component is null and that the number of persons is not negative.
     *
     * @param included the {@code included} component
     * @param persons the {@code persons} component
     * @param sensitive the {@code sensitive} component
     * @param financialDamageRisk the {@code financialDamageRisk} component
     * @param maliciousIntent the {@code maliciousIntent} component
     * @param myNumber the {@code myNumber} component
     * @param myNumberSystem the {@code myNumberSystem} component
     * @param ordinanceSensitive the {@code ordinanceSensitive} component
     * @param euResidents the {@code euResidents} component
     * @param ukResidents the {@code ukResidents} component
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code persons} is negative
     */
    public PersonalData {
        Objects.requireNonNull(included, "included");
        Objects.requireNonNull(persons, "persons");
        Objects.requireNonNull(sensitive, "sensitive");
        Objects.requireNonNull(financialDamageRisk, "financialDamageRisk");
        Objects.requireNonNull(maliciousIntent, "maliciousIntent");
        Objects.requireNonNull(myNumber, "myNumber");
        Objects.requireNonNull(myNumberSystem, "myNumberSystem");
        Objects.requireNonNull(ordinanceSensitive, "ordinanceSensitive");
        Objects.requireNonNull(euResidents, "euResidents");
        Objects.requireNonNull(ukResidents, "ukResidents");
        if (persons.isPresent() && persons.getAsInt() < 0) {
            throw new IllegalArgumentException("persons must be 0 or more, was " + persons.getAsInt());
        }
    }

    /**
     * Personal data without the answers of the other regimes (My Number, local ordinances, GDPR): those
     * are unknown.
     *
     * @param included the {@code included} component
     * @param persons the {@code persons} component
     * @param sensitive the {@code sensitive} component
     * @param financialDamageRisk the {@code financialDamageRisk} component
     * @param maliciousIntent the {@code maliciousIntent} component
     */
    public PersonalData(Answer included, OptionalInt persons, Answer sensitive, Answer financialDamageRisk,
            Answer maliciousIntent) {
        this(included, persons, sensitive, financialDamageRisk, maliciousIntent, Answer.UNKNOWN, Answer.UNKNOWN,
                Answer.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN);
    }

    /**
     * One about which nothing is known yet.
     *
     * @return a PersonalData with every answer unknown
     */
    public static PersonalData unknown() {
        return UNKNOWN;
    }

    /**
     * Known to hold no personal information.
     *
     * @return personal data known to be absent
     */
    public static PersonalData none() {
        return new PersonalData(Answer.NO, OptionalInt.empty(), Answer.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN);
    }

    /**
     * A builder with every answer unknown.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PersonalData}: set what is known, leave the rest unknown. */
    public static final class Builder {
        private Answer included = Answer.UNKNOWN;
        private Integer persons;
        private Answer sensitive = Answer.UNKNOWN;
        private Answer financialDamageRisk = Answer.UNKNOWN;
        private Answer maliciousIntent = Answer.UNKNOWN;
        private Answer myNumber = Answer.UNKNOWN;
        private Answer myNumberSystem = Answer.UNKNOWN;
        private Answer ordinanceSensitive = Answer.UNKNOWN;
        private Answer euResidents = Answer.UNKNOWN;
        private Answer ukResidents = Answer.UNKNOWN;

        private Builder() {
        }

        /**
         * Sets {@link PersonalData#included()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder included(Answer value) {
            this.included = value;
            return this;
        }

        /**
         * Sets {@link PersonalData#persons()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder persons(Integer value) {
            this.persons = value;
            return this;
        }

        /**
         * Sets {@link PersonalData#sensitive()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder sensitive(Answer value) {
            this.sensitive = value;
            return this;
        }

        /**
         * Sets {@link PersonalData#financialDamageRisk()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder financialDamageRisk(Answer value) {
            this.financialDamageRisk = value;
            return this;
        }

        /**
         * Sets {@link PersonalData#maliciousIntent()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder maliciousIntent(Answer value) {
            this.maliciousIntent = value;
            return this;
        }

        /**
         * Sets {@link PersonalData#myNumber()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder myNumber(Answer value) {
            this.myNumber = value;
            return this;
        }

        /**
         * Sets {@link PersonalData#myNumberSystem()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder myNumberSystem(Answer value) {
            this.myNumberSystem = value;
            return this;
        }

        /**
         * Sets {@link PersonalData#ordinanceSensitive()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder ordinanceSensitive(Answer value) {
            this.ordinanceSensitive = value;
            return this;
        }

        /**
         * Sets {@link PersonalData#euResidents()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder euResidents(Answer value) {
            this.euResidents = value;
            return this;
        }

        /**
         * Sets {@link PersonalData#ukResidents()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder ukResidents(Answer value) {
            this.ukResidents = value;
            return this;
        }

        /**
         * Builds the PersonalData; what was not set is unknown.
         *
         * @return the PersonalData
         */
        public PersonalData build() {
            return new PersonalData(included, persons == null ? OptionalInt.empty() : OptionalInt.of(persons),
                    sensitive, financialDamageRisk, maliciousIntent, myNumber, myNumberSystem, ordinanceSensitive, euResidents, ukResidents);
        }
    }
}
