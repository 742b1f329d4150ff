package dev.leakcheck.model;

import java.util.Objects;

/**
 * A text a person reads, in Japanese (the default) and English. The texts come from the
 * spreadsheets, where business staff maintain both languages side by side.
 */
public record Text(String ja, String en) {

    /**
     * Checks that no component is null.
     *
     * @param ja the {@code ja} component
     * @param en the {@code en} component
     * @throws NullPointerException if a component is null
     */
    public Text {
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
    }

    /**
     * A text in both languages.
     *
     * @param ja the Japanese text
     * @param en the English text, blank where a row has none
     * @return the text
     */
    public static Text of(String ja, String en) {
        return new Text(ja, en);
    }

    /**
     * The text in the given language; English falls back to Japanese where a row has none.
     *
     * @param language the language
     * @return the text in that language
     */
    public String in(Language language) {
        if (language == Language.EN && !en.isBlank()) {
            return en;
        }
        return ja;
    }

    @Override
    public String toString() {
        return ja;
    }
}
