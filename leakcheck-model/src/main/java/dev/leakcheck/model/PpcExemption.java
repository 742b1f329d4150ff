package dev.leakcheck.model;

/** Why an asset was left out of the report decision. */
public enum PpcExemption {
    /** 高度な暗号化: encrypted, and the key did not leak. */
    STRONG_ENCRYPTION
}
