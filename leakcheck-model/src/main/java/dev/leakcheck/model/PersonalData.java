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
 */
public record PersonalData(
        Answer included,
        OptionalInt persons,
        Answer sensitive,
        Answer financialDamageRisk,
        Answer maliciousIntent) {

    private static final PersonalData UNKNOWN = new PersonalData(
            Answer.UNKNOWN, OptionalInt.empty(), Answer.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN);

    public PersonalData {
        Objects.requireNonNull(included, "included");
        Objects.requireNonNull(persons, "persons");
        Objects.requireNonNull(sensitive, "sensitive");
        Objects.requireNonNull(financialDamageRisk, "financialDamageRisk");
        Objects.requireNonNull(maliciousIntent, "maliciousIntent");
        if (persons.isPresent() && persons.getAsInt() < 0) {
            throw new IllegalArgumentException("persons must be 0 or more, was " + persons.getAsInt());
        }
    }

    public static PersonalData unknown() {
        return UNKNOWN;
    }

    /** Known to hold no personal information. */
    public static PersonalData none() {
        return new PersonalData(Answer.NO, OptionalInt.empty(), Answer.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Answer included = Answer.UNKNOWN;
        private Integer persons;
        private Answer sensitive = Answer.UNKNOWN;
        private Answer financialDamageRisk = Answer.UNKNOWN;
        private Answer maliciousIntent = Answer.UNKNOWN;

        private Builder() {
        }

        public Builder included(Answer value) {
            this.included = value;
            return this;
        }

        public Builder persons(Integer value) {
            this.persons = value;
            return this;
        }

        public Builder sensitive(Answer value) {
            this.sensitive = value;
            return this;
        }

        public Builder financialDamageRisk(Answer value) {
            this.financialDamageRisk = value;
            return this;
        }

        public Builder maliciousIntent(Answer value) {
            this.maliciousIntent = value;
            return this;
        }

        public PersonalData build() {
            return new PersonalData(included, persons == null ? OptionalInt.empty() : OptionalInt.of(persons),
                    sensitive, financialDamageRisk, maliciousIntent);
        }
    }
}
