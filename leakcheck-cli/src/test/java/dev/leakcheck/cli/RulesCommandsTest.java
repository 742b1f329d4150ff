package dev.leakcheck.cli;

import static dev.leakcheck.rules.EditedWorkbooks.columnHeaded;
import static dev.leakcheck.rules.EditedWorkbooks.columnOf;
import static dev.leakcheck.rules.EditedWorkbooks.edit;
import static dev.leakcheck.rules.EditedWorkbooks.rowWith;
import static dev.leakcheck.rules.EditedWorkbooks.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
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
                set(rowWith(sheet, "DeadlineFinding d = out.deadline(kcontext, \"$param\");"), columnOf(sheet, "out.deadline("),
                        "DeadlineFinding d = out.deadline(kcontext, \"$param\"); d.hashCode();"));

        Result refused = run("plan", "--rules", rules.toString(), SAMPLE);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("プログラムの一部").contains("--trust-code");
        assertThat(run("plan", "--rules", rules.toString(), "--trust-code", SAMPLE).exit()).isZero();
    }

    /** The edits an interview or a report shows: a day count, an action's title and a type's label. */
    private void editDeadlineTitleAndLabel() {
        preliminaryDueDays(4);
        edit(rules, "catalogue.xlsx", first -> {
            Sheet actions = first.getWorkbook().getSheet("アクション一覧");
            set(rowWith(actions, "PPC_PRELIMINARY_REPORT"), columnHeaded(actions, "見出し（日本語）"),
                    "個人情報保護委員会へ速報する（編集済み）");
            Sheet values = first.getWorkbook().getSheet("選択肢");
            set(rowWith(values, "MISSENT_OR_MISPUBLISHED"), columnHeaded(values, "日本語"), "メール誤送信・web誤公開（編集済み）");
        });
    }

    private static Result runWithInput(String input, String... args) {
        ToolRun run = ToolRun.withInput(input, args);
        return new Result(run.exit(), run.out(), run.err());
    }

    @Test
    @DisplayName("report --rules: 編集したブックの期限・見出し・ラベルで報告書を作る")
    void report_with_edited_rules() {
        editDeadlineTitleAndLabel();

        for (String format : new String[] {"html", "md"}) {
            Result edited = run("report", "--rules", rules.toString(), "--format", format, SAMPLE);
            assertThat(edited.exit()).as(edited.err()).isZero();
            assertThat(edited.out()).contains("2026-12-05").contains("個人情報保護委員会へ速報する（編集済み）")
                    .contains("メール誤送信・web誤公開（編集済み）");
            assertThat(run("report", "--format", format, SAMPLE).out()).doesNotContain("編集済み").doesNotContain("2026-12-05");
        }
    }

    @Test
    @DisplayName("interview --rules: 編集したブックのラベルで尋ね、編集した期限と見出しで計画する")
    void interview_with_edited_rules() throws IOException {
        editDeadlineTitleAndLabel();
        Path work = Files.createTempDirectory("leakcheck-interview-rules-");
        try {
            Result asked = runWithInput("q\n", "interview", "--rules", rules.toString(), "--save",
                    work.resolve("new.json").toString());
            Path resumed = Files.copy(Path.of(SAMPLE), work.resolve("sample.json"));
            Result planned = runWithInput("?\n".repeat(80), "interview", "--rules", rules.toString(), "--resume",
                    resumed.toString());

            assertThat(asked.exit()).as(asked.err()).isZero();
            assertThat(asked.out()).contains("1) メール誤送信・web誤公開（編集済み）");
            assertThat(planned.exit()).as(planned.err()).isZero();
            assertThat(planned.out()).contains("質問は以上です")
                    .contains("2026-12-05 まで（目標 2026-12-04） 個人情報保護委員会へ速報する（編集済み）");
        } finally {
            try (Stream<Path> files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(work);
        }
    }

    @Test
    @DisplayName("report・interview --rules: 誤りのあるフォルダは 2 で終わり、問題をすべて示す")
    void report_and_interview_refuse_broken_rules() {
        edit(rules, "checklist-missent.drl.xlsx", sheet ->
                set(rowWith(sheet, "ASSESS_SEVERITY"), columnOf(sheet, "out.propose("), "ASSES_SEVERITY"));
        edit(rules, "deadlines.drl.xlsx", sheet ->
                set(rowWith(sheet, "PPC_PRELIMINARY_REPORT"), columnHeaded(sheet, "期限（日数）"), "４"));
        Path save = rules.resolveSibling(rules.getFileName() + "-never.json");

        Result report = run("report", "--rules", rules.toString(), SAMPLE);
        Result interview = runWithInput("1\n", "interview", "--rules", rules.toString(), "--save", save.toString());

        for (Result refused : new Result[] {report, interview}) {
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).startsWith("leakcheck: ルールのブックに誤りがあります（2件）:")
                    .contains("checklist-missent.drl.xlsx ＞ ").contains("ASSES_SEVERITY")
                    .contains("deadlines.drl.xlsx ＞ 期限 ＞ ").doesNotContain("Exception");
        }
        assertThat(report.out()).isEmpty();
        assertThat(interview.out()).doesNotContain("事案の種別は");
        assertThat(save).doesNotExist();
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
