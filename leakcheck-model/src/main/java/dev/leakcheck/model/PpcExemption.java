package dev.leakcheck.model;

/** Why an asset was left out of the report decision. */
public enum PpcExemption {
    /** 高度な暗号化: encrypted, and the key did not leak (Rule 7, the bracket of No. 1). */
    STRONG_ENCRYPTION,
    /**
     * Not a leak: every copy was recovered (or deleted) before any third party saw it (PPC guideline,
     * general rules, 3-5-1-2), and nothing of it was lost or damaged.
     */
    RECOVERED_UNSEEN,
    /**
     * Not 滅失/毀損: the data lost or encrypted is kept elsewhere and can be restored (3-5-1-3,
     * 3-5-1-4), and no copy of it leaked.
     */
    RESTORABLE_COPY
}
