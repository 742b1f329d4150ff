package dev.leakcheck.rules.internal.workbook;

import dev.leakcheck.model.Necessity;

/** The words business staff write in the tables' cells, in Japanese or English. */
final class Vocabulary {

    private Vocabulary() {
    }

    static Necessity necessity(String cell) {
        return switch (cell) {
            case "必須", "REQUIRED", "" -> Necessity.REQUIRED;
            case "必要に応じて", "AS_NEEDED" -> Necessity.AS_NEEDED;
            default -> throw new IllegalArgumentException(
                    "必要性は「必須」か「必要に応じて」で書いてください: '" + cell + "'");
        };
    }

    static boolean yes(String cell) {
        return switch (cell) {
            case "はい", "YES" -> true;
            case "いいえ", "NO", "" -> false;
            default -> throw new IllegalArgumentException("「はい」か「いいえ」で書いてください: '" + cell + "'");
        };
    }
}
