package dev.leakcheck.cli.report;

/**
 * Text as a report can show it, before either format escapes its own characters: line breaks and tabs
 * are kept, other control characters dropped (XML allows none of C0, HTML5 none of C1), and what is no
 * character at all (half a surrogate pair, a noncharacter such as U+FFFF) becomes U+FFFD, as a
 * decoder shows bytes it cannot read. An incident's text can hold any of these, written as
 * {@code \\u0000} or {@code \\ud800} in its JSON.
 */
final class PrintableText {

    private static final char REPLACEMENT = '\uFFFD';

    private PrintableText() {
    }

    static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\t';
            boolean notACharacter = Character.isSurrogate((char) c) && width == 1 || isNoncharacter(c);
            if ((control || notACharacter) && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && !control) {
                if (notACharacter) {
                    out.append(REPLACEMENT);
                } else {
                    out.appendCodePoint(c);
                }
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isNoncharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }
}
