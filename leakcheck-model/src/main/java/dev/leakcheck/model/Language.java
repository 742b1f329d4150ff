package dev.leakcheck.model;

import java.util.Locale;

/** The languages of the texts a person reads. Japanese is the default. */
public enum Language {
    /** Japanese, the default. */
    JA,
    /** English. */
    EN;

    /**
     * Parses {@code ja} or {@code en} (any case).
     *
     * @param code {@code ja} or {@code en}, in any case
     * @return the language
     * @throws IllegalArgumentException for any other code
     */
    public static Language parse(String code) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "ja" -> JA;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("language: '" + code + "' is not one of ja, en");
        };
    }
}
