package dev.leakcheck.model;

/** How the information was protected: 平文, パスワード保護, 暗号化. */
public enum ProtectionLevel {
    /** 何ら保護はなく、平文の状態 / No protection (plain text). */
    NONE,
    /** A password, for example a password-protected ZIP: not strong encryption. */
    PASSWORD,
    /** 暗号化 / Encrypted. */
    ENCRYPTED
}
