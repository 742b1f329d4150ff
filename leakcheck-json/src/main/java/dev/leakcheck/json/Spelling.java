package dev.leakcheck.json;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds what a mistyped name was probably meant to be: {@code sensitve} → {@code sensitive}. */
final class Spelling {

    private static final int MAX_DISTANCE = 2;

    private Spelling() {
    }

    /** The closest candidate, if one is close enough to be a typo rather than a different word. */
    static Optional<String> closest(String given, List<String> candidates) {
        String typed = given.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(c -> distance(typed, c.toLowerCase(Locale.ROOT)) <= allowedDistance(typed))
                .min(Comparator.comparingInt(c -> distance(typed, c.toLowerCase(Locale.ROOT))));
    }

    private static int allowedDistance(String typed) {
        // Short words are within two edits of too many others: "id" must not suggest "type".
        return Math.min(MAX_DISTANCE, typed.length() / 3);
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
