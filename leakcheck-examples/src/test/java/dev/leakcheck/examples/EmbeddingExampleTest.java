package dev.leakcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** The example quoted in the README must keep working against the real engine. */
class EmbeddingExampleTest {

    @Test
    void the_example_prints_the_plan() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }

        assertThat(printed.toString()).contains("PPC_PRELIMINARY_REPORT");
    }
}
