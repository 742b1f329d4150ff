package dev.leakcheck.model;

/** How the information was protected: 平文, パスワード保護, 暗号化. */
public enum ProtectionLevel {
    NONE,
    /** A password, for example a password-protected ZIP: not strong encryption. */
    PASSWORD,
    ENCRYPTED
}
