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

    public Protection {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(keyCompromised, "keyCompromised");
        Objects.requireNonNull(lockedStorage, "lockedStorage");
        Objects.requireNonNull(openAccess, "openAccess");
    }

    public static Protection unknown() {
        return UNKNOWN;
    }

    /** Plain text: no protection at all. */
    public static Protection none() {
        return new Protection(Optional.of(ProtectionLevel.NONE), Answer.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN);
    }

    public static Protection password() {
        return new Protection(Optional.of(ProtectionLevel.PASSWORD), Answer.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN);
    }

    public static Protection encrypted(Answer keyCompromised) {
        return new Protection(Optional.of(ProtectionLevel.ENCRYPTED), keyCompromised, Answer.UNKNOWN, Answer.UNKNOWN);
    }

    public Protection withStorage(Answer locked, Answer open) {
        return new Protection(level, keyCompromised, locked, open);
    }
}
