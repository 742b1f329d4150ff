package dev.leakcheck.model;

/**
 * A sector whose own laws add reports of their own.
 */
public enum Sector {
    /** 金融分野. */
    FINANCE,
    /** 電気通信事業. */
    TELECOM,
    /** 医療・介護. */
    MEDICAL
}
