package dev.leakcheck.model;

/** The cases of APPI Enforcement Rules Art. 7 that make a leak reportable to the PPC. */
public enum PpcTrigger {
    /** No. 1: 要配慮個人情報. */
    SENSITIVE_DATA,
    /** No. 2: data whose misuse may cause financial damage (card numbers, banking credentials). */
    FINANCIAL_DAMAGE_RISK,
    /** No. 3: an act with, or suspected of, an improper purpose. */
    MALICIOUS_INTENT,
    /** No. 4: more than 1,000 persons. */
    OVER_1000_PERSONS,
    /** Public bodies, Rule 43 No. 4: more than 100 persons. */
    OVER_100_PERSONS,
    /** Public bodies, Rule 43 No. 5: 条例要配慮個人情報 (local bodies whose ordinance defines it). */
    ORDINANCE_SENSITIVE_DATA
}
