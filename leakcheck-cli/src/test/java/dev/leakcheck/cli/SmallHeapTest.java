package dev.leakcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.json.IncidentLimit;
import dev.leakcheck.json.LargeIncidents;
import dev.leakcheck.rules.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tool in a JVM of its own limited to a 64 MB heap ({@code java -Xmx64m}), as a small container
 * would run it: every sample gets exactly the plan the tool prints in-process; the hostile inputs of
 * issue A (which ran out of memory there) are refused with exit status 2, naming the file or field;
 * the largest incident within the limits is planned and reported.
 *
 * <p>Each case is a JVM of its own (a few seconds each on 2 cores), so every build runs one sample and, for
 * each command, one of the two largest incidents (the other for the other command); {@code -Pstress}
 * ({@code -Dleakcheck.smallHeap.all=true}) runs all four samples and both incidents for both commands.
 * The hostile inputs, refused before any engine is built, all run in every build.
 */
class SmallHeapTest {

    /** The heap limit, with the test JVMs' flags (the serial collector, which the JVM itself chooses in a container this small). */
    private static final List<String> SMALL_HEAP = Stream.concat(Stream.of("-Xmx64m"),
            ChildJvm.TEST_JVM_FLAGS.stream()).toList();
    /** Every sample and every largest incident, not one of each ({@code -Pstress}). */
    private static final boolean ALL = Boolean.getBoolean("leakcheck.smallHeap.all");

    @TempDir
    Path dir;

    static Stream<String> samples() {
        // The one of every build: the sample whose plan is the longest (43 KB of output).
        List<String> samples = List.of("lost-laptop-on-train.json", "email-misdelivery.json", "ransomware-attack.json",
                "insider-sold-customer-list.json");
        return (ALL ? samples : samples.subList(0, 1)).stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void the_tool_plans_in_a_64_mb_heap(String sample) throws Exception {
        String file = Path.of("samples", sample).toString();
        ChildJvm.Run tool = ChildJvm.run(SMALL_HEAP, LeakcheckCommand.class, "plan", file);

        ToolRun inProcess = ToolRun.withEngine("plan", file);
        assertThat(tool.exit()).as(tool.errText()).isZero();
        assertThat(tool.out()).isEqualTo(inProcess.outBytes());
        assertThat(List.of(tool.errText().split("\n")))
                .as("stderr holds no error").noneMatch(line -> line.contains("OutOfMemoryError") || line.contains("leakcheck:"));
    }

    static Stream<Arguments> hostileInputs() {
        int limit = IncidentLimit.INPUT_BYTES.max();
        String fileTooLarge = "入力が大きすぎます。1,048,576 バイト";
        return Stream.of(
                Arguments.of("a description of 5,000,000 characters", LargeIncidents.description(5_000_000), fileTooLarge),
                Arguments.of("a description just over the file limit", LargeIncidents.description(limit), fileTooLarge),
                Arguments.of("a description just under the file limit", LargeIncidents.description(limit - 200),
                        "入力エラー: assets[0].description (1行目 73列): 文字列が長すぎます。4,000 文字まで"),
                Arguments.of("1,000,000 devices", LargeIncidents.attackOnDevices(1_000_000), fileTooLarge),
                Arguments.of("100,000 devices", LargeIncidents.attackOnDevices(100_000),
                        "入力エラー: attack.devices (1行目 "),
                Arguments.of("10,000 empty assets", LargeIncidents.emptyAssets(10_000),
                        "入力エラー: assets (1行目 358列): 情報資産が多すぎます。100 件まで"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void a_hostile_input_is_refused_in_a_64_mb_heap(String name, String json, String message) throws Exception {
        Path file = Files.writeString(dir.resolve("incident.json"), json, StandardCharsets.UTF_8);

        ChildJvm.Run tool = ChildJvm.run(SMALL_HEAP, LeakcheckCommand.class, "plan", file.toString());

        assertThat(tool.exit()).as(tool.errText()).isEqualTo(2);
        assertThat(tool.out()).isEmpty();
        assertThat(tool.errText()).contains(message).hasLineCount(1).doesNotContain("OutOfMemoryError");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plan", "report"})
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void the_largest_incident_within_the_limits_is_planned_in_a_64_mb_heap(String command) throws Exception {
        List<String> largest = List.of(LargeIncidents.largestMisdelivery(), LargeIncidents.largestAttack());
        if (!ALL) {
            // One each: plan the misdelivery, report the attack.
            largest = List.of(largest.get(command.equals("plan") ? 0 : 1));
        }
        for (String json : largest) {
            Path file = Files.writeString(dir.resolve("largest.json"), json, StandardCharsets.UTF_8);

            ChildJvm.Run tool = ChildJvm.run(SMALL_HEAP, LeakcheckCommand.class, command, file.toString());

            assertThat(tool.exit()).as(tool.errText()).isZero();
            assertThat(tool.outText()).contains("BIG-");
        }
    }
}
