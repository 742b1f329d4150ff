package dev.leakcheck.model;

/** How misdirected information went out (メール宛先ミスか、web上の誤公開か). */
public enum Channel {
    EMAIL,
    OWN_WEBSITE,
    THIRD_PARTY_WEBSITE
}
