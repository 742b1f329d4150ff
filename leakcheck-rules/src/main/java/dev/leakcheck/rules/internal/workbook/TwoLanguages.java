package dev.leakcheck.rules.internal.workbook;

import dev.leakcheck.model.Text;

/**
 * A text of a workbook, written in Japanese and English. A text written in one language only is shown in that
 * language to both readers: an English plan then reads the Japanese note, never an empty line.
 */
final class TwoLanguages {

    private TwoLanguages() {
    }

    /** The text of two cells, either of which may be empty; both empty is the empty text. */
    static Text text(String japanese, String english) {
        return Text.of(japanese.isEmpty() ? english : japanese, english.isEmpty() ? japanese : english);
    }
}
