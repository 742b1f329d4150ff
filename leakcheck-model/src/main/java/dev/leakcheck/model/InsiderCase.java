package dev.leakcheck.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts of an insider leak (内部犯行).
 *
 * @param perpetratorMayBeInside まだ社内にいる可能性があるか. The checklist says: when the
 *                               person cannot be identified, assume they are still inside; so
 *                               unknown is treated like yes.
 * @param storage                漏洩した情報の保管場所
 * @param takenMedia             何を持ち出されたか
 */
public record InsiderCase(
        Answer perpetratorMayBeInside,
        Optional<List<InsiderStorage>> storage,
        Optional<List<TakenMedium>> takenMedia) {

    private static final InsiderCase UNKNOWN = new InsiderCase(Answer.UNKNOWN, Optional.empty(), Optional.empty());

    /**
     * Checks that no component is null; the lists are copied.
     *
     * @param perpetratorMayBeInside the {@code perpetratorMayBeInside} component
     * @param storage the {@code storage} component
     * @param takenMedia the {@code takenMedia} component
     * @throws NullPointerException if a component is null
     */
    public InsiderCase {
        Objects.requireNonNull(perpetratorMayBeInside, "perpetratorMayBeInside");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(takenMedia, "takenMedia");
        storage = storage.map(List::copyOf);
        takenMedia = takenMedia.map(List::copyOf);
    }

    /**
     * One about which nothing is known yet.
     *
     * @return an InsiderCase with every answer unknown
     */
    public static InsiderCase unknown() {
        return UNKNOWN;
    }

    /**
     * The facts of an insider leak, the lists {@code null} while unknown.
     *
     * @param perpetratorMayBeInside whether the person may still be inside
     * @param storage                where the information was kept, or {@code null}
     * @param takenMedia             what was taken, or {@code null}
     * @return the insider case
     */
    public static InsiderCase of(Answer perpetratorMayBeInside, List<InsiderStorage> storage,
            List<TakenMedium> takenMedia) {
        return new InsiderCase(perpetratorMayBeInside, Optional.ofNullable(storage), Optional.ofNullable(takenMedia));
    }
}
