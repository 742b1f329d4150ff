package dev.leakcheck.examples.cli;

import static dev.leakcheck.rules.EditedWorkbooks.columnHeaded;
import static dev.leakcheck.rules.EditedWorkbooks.columnOf;
import static dev.leakcheck.rules.EditedWorkbooks.edit;
import static dev.leakcheck.rules.EditedWorkbooks.rowWith;
import static dev.leakcheck.rules.EditedWorkbooks.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff's edited workbooks through the tool: plan --rules, validate, dump-drl. */
class RulesCommandsTest {

    private static final String SAMPLE = "samples/email-misdelivery.json";

    @TempDir
    Path rules;

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LeakcheckCommand.run(args, new PrintStream(out), new PrintStream(err));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void preliminaryDueDays(int days) {
        edit(rules, "deadlines.drl.xlsx", sheet ->
                set(rowWith(sheet, "PPC_PRELIMINARY_REPORT"), columnHeaded(sheet, "期限（日数）"), days));
    }

    @Test
    @DisplayName("plan --rules: 速報の期限を4日にしたブックで計画を作る")
    void plan_with_edited_rules() {
        preliminaryDueDays(4);

        Result edited = run("plan", "--rules", rules.toString(), SAMPLE);
        assertThat(edited.exit()).as(edited.err()).isZero();
        assertThat(edited.out()).contains("\"due\": \"2026-12-05\"");
        assertThat(run("plan", SAMPLE).out()).contains("\"due\": \"2026-12-06\"").doesNotContain("2026-12-05");
    }

    @Test
    @DisplayName("validate: 誤りのないブックは 0 で終わり、検証シナリオで変わった結果を示す")
    void validate_lists_changed_outcomes() {
        preliminaryDueDays(4);

        Result result = run("validate", rules.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("ブックに誤りはありません")
                .contains("PPC_PRELIMINARY_REPORT: REQUIRED")
                .containsPattern("2026-12-04/2026-12-06 → REQUIRED 2026-12-04/2026-12-05");
    }

    @Test
    @DisplayName("validate: 日数は書式（4.0 と表示）によらず値で読む")
    void validate_reads_a_formatted_day_count_by_its_value() {
        edit(rules, "deadlines.drl.xlsx", sheet ->
                set(rowWith(sheet, "PPC_PRELIMINARY_REPORT"), columnHeaded(sheet, "期限（日数）"), 4, "0.0"));

        Result result = run("validate", rules.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("2026-12-04/2026-12-06 → REQUIRED 2026-12-04/2026-12-05");
    }

    @Test
    @DisplayName("validate: 誤りのあるブックは 2 で終わり、セルを示す。スタックトレースは出さない")
    void validate_names_the_cells() {
        edit(rules, "checklist-missent.drl.xlsx", sheet ->
                set(rowWith(sheet, "ASSESS_SEVERITY"), columnOf(sheet, "out.propose("), "ASSES_SEVERITY"));

        Result result = run("validate", rules.toString());
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("checklist-missent.drl.xlsx ＞ メール誤送信・web誤公開 ＞ ")
                .contains("ASSES_SEVERITY").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("プログラムの行を変えたブックは --trust-code なしでは拒否")
    void changed_code_needs_trust() {
        edit(rules, "deadlines.drl.xlsx", sheet ->
                set(rowWith(sheet, "DeadlineRule d = out.deadline(kcontext, \"$param\");"), columnOf(sheet, "out.deadline("),
                        "DeadlineRule d = out.deadline(kcontext, \"$param\"); d.hashCode();"));

        Result refused = run("plan", "--rules", rules.toString(), SAMPLE);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("プログラムの一部").contains("--trust-code");
        assertThat(run("plan", "--rules", rules.toString(), "--trust-code", SAMPLE).exit()).isZero();
    }

    @Test
    @DisplayName("dump-drl: 決定表から生成した DRL を表示する")
    void dump_drl() {
        Result result = run("dump-drl");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("// ===== checklist-missent.drl.xlsx =====")
                .contains("rule \"メール誤送信・web誤公開_11\"")
                .contains("// ===== deadlines.drl.xlsx =====");
    }
}
