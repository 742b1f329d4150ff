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

    public InsiderCase {
        Objects.requireNonNull(perpetratorMayBeInside, "perpetratorMayBeInside");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(takenMedia, "takenMedia");
        storage = storage.map(List::copyOf);
        takenMedia = takenMedia.map(List::copyOf);
    }

    public static InsiderCase unknown() {
        return UNKNOWN;
    }

    public static InsiderCase of(Answer perpetratorMayBeInside, List<InsiderStorage> storage,
            List<TakenMedium> takenMedia) {
        return new InsiderCase(perpetratorMayBeInside, Optional.ofNullable(storage), Optional.ofNullable(takenMedia));
    }
}
