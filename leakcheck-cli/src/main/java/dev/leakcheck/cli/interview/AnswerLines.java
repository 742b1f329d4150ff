package dev.leakcheck.cli.interview;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Optional;

/**
 * The person's answers, line by line, each read up to a bound: an answer is at most as long as a text
 * of the incident may be (4,000 characters), and a longer line, pasted by mistake or piped from a
 * file without line breaks, is read to its end without being kept, so that it costs no memory.
 * Lines end as {@link BufferedReader#readLine()} ends them: at {@code \n}, {@code \r} or {@code \r\n}.
 */
final class AnswerLines {

    /** One line, without its end; its text is cut at the bound when it was longer. */
    record Line(String text, boolean tooLong) {
    }

    private final BufferedReader in;
    private final int maxChars;

    AnswerLines(BufferedReader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line; empty at the end of the input. */
    Optional<Line> next() throws IOException {
        int c = in.read();
        if (c < 0) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        boolean tooLong = false;
        while (c >= 0 && c != '\n' && c != '\r') {
            if (text.length() < maxChars) {
                text.append((char) c);
            } else {
                tooLong = true;
            }
            c = in.read();
        }
        if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
                in.reset();
            }
        }
        return Optional.of(new Line(text.toString(), tooLong));
    }
}
