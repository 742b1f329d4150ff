package dev.leakcheck.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Answers are read line by line within a bound; a longer line is read to its end and not kept. */
class AnswerLinesTest {

    private static List<AnswerLines.Line> lines(Reader input, int max) throws IOException {
        AnswerLines lines = new AnswerLines(new BufferedReader(input), max);
        List<AnswerLines.Line> all = new ArrayList<>();
        for (Optional<AnswerLines.Line> line = lines.next(); line.isPresent(); line = lines.next()) {
            all.add(line.get());
        }
        return all;
    }

    @Test
    void lines_end_as_readLine_ends_them() throws IOException {
        assertThat(lines(new StringReader("a\nb\r\nc\rd\n\ne"), 10)).containsExactly(new AnswerLines.Line("a", false),
                new AnswerLines.Line("b", false), new AnswerLines.Line("c", false), new AnswerLines.Line("d", false),
                new AnswerLines.Line("", false), new AnswerLines.Line("e", false));
        assertThat(lines(new StringReader(""), 10)).isEmpty();
    }

    @Test
    void a_line_at_the_bound_is_kept_and_a_longer_one_is_cut_and_marked() throws IOException {
        assertThat(lines(new StringReader("12345\n123456\nok\n"), 5)).containsExactly(new AnswerLines.Line("12345", false),
                new AnswerLines.Line("12345", true), new AnswerLines.Line("ok", false));
    }

    @Test
    void a_line_of_a_hundred_million_characters_costs_no_memory() throws IOException {
        long length = 100_000_000L;
        Reader endless = new Reader() {
            private long left = length;

            @Override
            public int read(char[] buffer, int offset, int count) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(count, left);
                java.util.Arrays.fill(buffer, offset, offset + n, 'x');
                left -= n;
                return n;
            }

            @Override
            public void close() {
            }
        };

        List<AnswerLines.Line> read = lines(endless, 4_000);

        assertThat(read).singleElement().satisfies(line -> {
            assertThat(line.tooLong()).isTrue();
            assertThat(line.text()).hasSize(4_000);
        });
    }
}
