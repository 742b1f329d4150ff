package dev.leakcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.json.BadIncidents;
import dev.leakcheck.json.BadIncidents.Case;
import dev.leakcheck.json.HandBuiltPlan;
import dev.leakcheck.json.PlanJson;
import dev.leakcheck.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line, in-process, with a hand-built plan standing in for the engine. */
class LeakcheckCommandTest {

    private static final Planner HAND_BUILT = incident -> HandBuiltPlan.plan();
    private static final Planner MUST_NOT_RUN = incident -> {
        throw new AssertionError("the input is wrong: the engine must not be asked");
    };
    private static final String SAMPLE = "samples/email-misdelivery.json";

    @TempDir
    Path dir;

    @Test
    void a_plan_is_printed_as_json_with_exit_status_0() {
        ToolRun run = ToolRun.of(HAND_BUILT, "plan", SAMPLE);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(PlanJson.write(HandBuiltPlan.plan(), Language.JA));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void lang_en_prints_english_texts() {
        ToolRun run = ToolRun.of(HAND_BUILT, "plan", SAMPLE, "--lang", "en");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(PlanJson.write(HandBuiltPlan.plan(), Language.EN));
    }

    @Test
    void the_output_is_utf8_whatever_the_platform_default() {
        ToolRun run = ToolRun.of(HAND_BUILT, "plan", SAMPLE);

        assertThat(run.outBytes()).isEqualTo(run.out().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(run.out()).contains("個人情報保護委員会へ速報する");
    }

    static Stream<Case> badIncidents() {
        return BadIncidents.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badIncidents")
    void wrong_input_gives_exit_status_2_and_one_line_naming_the_mistake(Case bad) throws IOException {
        Path file = Files.writeString(dir.resolve("incident.json"), bad.json());

        ToolRun run = ToolRun.of(MUST_NOT_RUN, "plan", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("leakcheck: 入力エラー: ")
                .startsWith("leakcheck: 入力エラー: " + bad.field().orElse(file.toString()))
                .endsWith("\n")
                .hasLineCount(1)
                .doesNotContain("Exception").doesNotContain("at dev.");
        if (bad.marker() != null) {
            int[] position = bad.position();
            assertThat(run.err()).contains(" (" + position[0] + "行目 " + position[1] + "列): ");
        }
    }

    @Test
    void wrong_input_is_reported_in_english_with_lang_en() throws IOException {
        Path file = Files.writeString(dir.resolve("incident.json"), """
                {
                  "id": "X-1", "type": "MISSENT_OR_MISPUBLISHED",
                  "assets": [ { "personal": { "persons": -5 } } ]
                }
                """);

        ToolRun run = ToolRun.of(MUST_NOT_RUN, "plan", file.toString(), "--lang", "en");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("leakcheck: input error: assets[0].personal.persons (line 3, column 42):"
                + " expected a whole number of 0 or more, found -5\n");
    }

    @Test
    void a_value_with_a_line_break_is_still_reported_on_one_line() throws IOException {
        Path file = Files.writeString(dir.resolve("incident.json"), """
                { "id": "X-1", "type": "EXTERNAL_ATTACK", "discovery": { "awareAt": "2026-12-01\\n10:00" } }
                """);

        ToolRun run = ToolRun.of(MUST_NOT_RUN, "plan", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).hasLineCount(1).contains("\"2026-12-01\\n10:00\"");
    }

    @Test
    void a_missing_file_is_input_error() {
        ToolRun run = ToolRun.of(MUST_NOT_RUN, "plan", "no-such-incident.json");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("leakcheck: 入力エラー: no-such-incident.json: ファイルが見つかりません\n");
    }

    @Test
    void a_directory_is_input_error() {
        ToolRun run = ToolRun.of(MUST_NOT_RUN, "plan", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(dir.toString()).contains("ディレクトリ").hasLineCount(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan", "plan --lang fr " + SAMPLE, "plan --frobnicate " + SAMPLE, "plan a.json b.json",
        "", "explode " + SAMPLE})
    void usage_errors_give_exit_status_2_and_no_stack_trace(String commandLine) {
        String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");

        ToolRun run = ToolRun.of(MUST_NOT_RUN, args);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("leakcheck: 使い方の誤り: ").contains("--help")
                .doesNotContain("Exception").doesNotContain("at dev.");
    }

    @Test
    void a_bad_lang_says_what_is_allowed() {
        ToolRun run = ToolRun.of(MUST_NOT_RUN, "plan", SAMPLE, "--lang", "fr");

        assertThat(run.err()).contains("'fr'").contains("ja").contains("en");
    }

    @Test
    void help_and_version_exit_with_0() {
        ToolRun help = ToolRun.of(MUST_NOT_RUN, "--help");
        ToolRun planHelp = ToolRun.of(MUST_NOT_RUN, "plan", "--help");
        ToolRun version = ToolRun.of(MUST_NOT_RUN, "--version");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: leakcheck").contains("plan");
        assertThat(planHelp.exit()).isZero();
        assertThat(planHelp.out()).contains("INCIDENT.json").contains("--lang");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).matches("leakcheck \\d+\\.\\d+\\.\\d+.*\n");
    }

    @Test
    void a_fault_of_the_tool_gives_exit_status_1_and_one_line_without_the_message() {
        Planner broken = incident -> {
            throw new IllegalStateException("顧客名簿 of 山田 could not be planned");
        };

        ToolRun run = ToolRun.of(broken, "plan", SAMPLE);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("leakcheck: 内部エラー (internal error): java.lang.IllegalStateException")
                .hasLineCount(1)
                .doesNotContain("山田").doesNotContain("at dev.");
    }

    @Test
    void a_rule_engine_that_fails_to_load_is_a_fault_of_the_tool_too() {
        Planner unloadable = incident -> {
            throw new NoClassDefFoundError("org/drools/Missing");
        };

        ToolRun run = ToolRun.of(unloadable, "plan", SAMPLE, "--lang", "en");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("leakcheck: internal error: java.lang.NoClassDefFoundError").hasLineCount(1);
    }
}
