package dev.leakcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.leakcheck.cli.JsonMutations.Mutation;
import dev.leakcheck.json.IncidentJson;
import dev.leakcheck.json.InputException;
import dev.leakcheck.model.Incident;
import dev.leakcheck.rules.RandomIncidents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing the reader and the tool with mutated incident JSON (see {@link JsonMutations}): whatever
 * the input, the reader returns an incident or throws the documented {@link InputException}, and
 * the tool ends with status 0 and a plan, or status 2 and one line naming the mistake; never
 * another exception, never status 1. Runs jqwik's default number of tries: 100 in every build
 * (src/test/resources/junit-platform.properties), 1,000 with {@code -Pstress};
 * {@code -Djqwik.tries.default=1000000} for a long run.
 */
@Label("壊れた事案 JSON はすべて入力エラーになる")
class IncidentJsonFuzzProperties {

    private static final List<String> VALID = new ArrayList<>();
    private static Path file;

    @BeforeContainer
    static void validIncidents() throws IOException {
        for (String sample : List.of("email-misdelivery.json", "lost-laptop-on-train.json", "ransomware-attack.json",
                "insider-sold-customer-list.json")) {
            VALID.add(Files.readString(Path.of("samples", sample)));
        }
        for (Incident incident : RandomIncidents.list(11, 60)) {
            VALID.add(IncidentJson.write(incident));
        }
        file = Files.createTempFile("leakcheck-fuzz-", ".json");
    }

    @AfterContainer
    static void removeFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Property
    void the_reader_returns_an_incident_or_throws_an_input_error(@ForAll("mutations") Mutation mutation) throws IOException {
        Files.write(file, mutation.bytes());
        readOrInputError(() -> IncidentJson.read(file));
        readOrInputError(() -> IncidentJson.parse(new String(mutation.bytes(), StandardCharsets.UTF_8)));
    }

    @Property
    void the_tool_plans_or_reports_an_input_error(@ForAll("mutations") Mutation mutation) throws IOException {
        Files.write(file, mutation.bytes());
        boolean readable = readOrInputError(() -> IncidentJson.read(file));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = LeakcheckCommand.run(new String[] {"plan", file.toString()}, new PrintStream(out), new PrintStream(err));

        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        if (readable) {
            assertThat(exit).as("exit status; stderr: " + stderr).isZero();
            assertThat(stderr).isEmpty();
            assertThat(stdout).startsWith("{").endsWith("}\n");
        } else {
            assertThat(exit).as("exit status; stderr: " + stderr).isEqualTo(2);
            assertThat(stdout).isEmpty();
            assertThat(stderr).startsWith("leakcheck: 入力エラー: ").endsWith("\n").hasLineCount(1)
                    .doesNotContain("Exception");
        }
    }

    /** Whether the input was read; an exception other than InputException fails the property. */
    private static boolean readOrInputError(Read read) {
        try {
            assertThat(read.read()).isNotNull();
            return true;
        } catch (InputException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            return false;
        } catch (RuntimeException | Error other) {
            fail("not an input error: " + other, other);
            return false;
        }
    }

    @FunctionalInterface
    private interface Read {
        Incident read();
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.randomValue(random -> new JsonMutations(random).mutate(VALID.get(random.nextInt(VALID.size()))));
    }
}
