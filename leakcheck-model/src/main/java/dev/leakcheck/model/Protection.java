package dev.leakcheck.model;

import java.util.Objects;
import java.util.Optional;

/**
 * How an information asset was protected (保護されていたか).
 *
 * @param level          平文 / パスワード / 暗号化
 * @param keyCompromised whether the decryption key leaked too; only meaningful for ENCRYPTED.
 *                       Encryption exempts an asset from the report duty only when this is NO.
 * @param lockedStorage  施錠できる適切な場所で保管されていたか (insider leaks)
 * @param openAccess     だれでも閲覧できる場所に置かれていたか (insider leaks)
 */
public record Protection(
        Optional<ProtectionLevel> level,
        Answer keyCompromised,
        Answer lockedStorage,
        Answer openAccess) {

    private static final Protection UNKNOWN = new Protection(Optional.empty(), Answer.UNKNOWN, Answer.UNKNOWN,
            Answer.UNKNOWN);

    /**
     * Checks that no component is null.
     *
     * @param level the {@code level} component
     * @param keyCompromised the {@code keyCompromised} component
     * @param lockedStorage the {@code lockedStorage} component
     * @param openAccess the {@code openAccess} component
     * @throws NullPointerException if a component is null
     */
    public Protection {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(keyCompromised, "keyCompromised");
        Objects.requireNonNull(lockedStorage, "lockedStorage");
        Objects.requireNonNull(openAccess, "openAccess");
    }

    /**
     * One about which nothing is known yet.
     *
     * @return a Protection with every answer unknown
     */
    public static Protection unknown() {
        return UNKNOWN;
    }

    /**
     * Plain text: no protection at all.
     *
     * @return the protection
     */
    public static Protection none() {
        return new Protection(Optional.of(ProtectionLevel.NONE), Answer.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN);
    }

    /**
     * Protected by a password only.
     *
     * @return the protection
     */
    public static Protection password() {
        return new Protection(Optional.of(ProtectionLevel.PASSWORD), Answer.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN);
    }

    /**
     * Encrypted.
     *
     * @param keyCompromised whether the decryption key leaked too
     * @return the protection
     */
    public static Protection encrypted(Answer keyCompromised) {
        return new Protection(Optional.of(ProtectionLevel.ENCRYPTED), keyCompromised, Answer.UNKNOWN, Answer.UNKNOWN);
    }

    /**
     * This protection, with how the information was stored (insider leaks).
     *
     * @param locked whether it was kept in a suitable place that can be locked
     * @param open   whether it was where anyone could read it
     * @return the protection with these answers
     */
    public Protection withStorage(Answer locked, Answer open) {
        return new Protection(level, keyCompromised, locked, open);
    }
}
