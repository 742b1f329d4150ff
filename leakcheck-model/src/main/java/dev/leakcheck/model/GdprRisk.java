package dev.leakcheck.model;

/**
 * The assessed risk of a personal data breach to people's rights and freedoms, in the words of the
 * GDPR (and the UK GDPR): it decides the notice to the supervisory authority (Art. 33(1): not
 * required when the breach is unlikely to result in a risk) and to the data subjects (Art. 34(1):
 * required when the risk is high).
 */
public enum GdprRisk {
    /** Unlikely to result in a risk (Art. 33(1)): no notice to the authority; still documented (Art. 33(5)). */
    UNLIKELY,
    /** A risk: the authority is notified within 72 hours of awareness (Art. 33(1)). */
    RISK,
    /** A high risk: the data subjects are told as well (Art. 34(1)), unless Art. 34(3) exempts. */
    HIGH
}
