package dev.leakcheck.model;

import java.util.Locale;

/** The languages of the texts a person reads. Japanese is the default. */
public enum Language {
    JA,
    EN;

    /** Parses {@code ja} or {@code en} (any case). */
    public static Language parse(String code) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "ja" -> JA;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("language: '" + code + "' is not one of ja, en");
        };
    }
}
