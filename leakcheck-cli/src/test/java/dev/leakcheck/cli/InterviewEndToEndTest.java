package dev.leakcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.json.IncidentJson;
import dev.leakcheck.json.PlanJson;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The interview with the real engine, driven by scripted input as a pipe would give it. Each script
 * (src/test/resources/interview/NAME.txt) answers one incident of a type; NAME.json is the incident
 * the answers describe. Every line of a script names the field the interview is expected to ask at
 * that point, so the script also checks that the questions come in the plan's order.
 */
class InterviewEndToEndTest {

    private static final Pattern ASKED = Pattern.compile("(?m)^    (\\S+) (?:・ 残り \\d+ 問|· \\d+ to go)$");
    private static final String TYPE = "type";

    @TempDir
    Path dir;

    /** One script: the typed lines and, for each, the field the interview asks when it is typed. */
    record Script(List<String> answers, List<String> fields) {

        static Script read(String name) {
            List<String> answers = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            for (String line : resource("interview/" + name + ".txt").split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int comment = line.lastIndexOf('#');
                answers.add(line.substring(0, comment).strip());
                fields.add(line.substring(comment + 1).strip());
            }
            return new Script(answers, fields);
        }

        String input() {
            return input(0, answers.size());
        }

        String input(int from, int to) {
            return String.join("\n", answers.subList(from, to)) + "\n";
        }

        /** The fields asked by the lines from..to, leaving out the type question. */
        List<String> asked(int from, int to) {
            return fields.subList(from, to).stream().filter(f -> !f.equals(TYPE)).toList();
        }
    }

    private static String resource(String name) {
        try (InputStream in = InterviewEndToEndTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> asked(String transcript) {
        List<String> fields = new ArrayList<>();
        Matcher matcher = ASKED.matcher(transcript);
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }
        return fields;
    }

    private static Incident expected(String name) {
        return IncidentJson.parse(resource("interview/" + name + ".json"));
    }

    private static String planOf(Incident incident) {
        return PlanJson.write(Planner.bundled().plan(incident), Language.JA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"email-misdelivery", "lost-laptop-on-train", "ransomware-attack",
        "insider-sold-customer-list"})
    void a_scripted_interview_ends_with_the_plan_of_the_equivalent_json_incident(String name) {
        Script script = Script.read(name);
        Path save = dir.resolve(name + ".json");

        ToolRun run = ToolRun.withInput(script.input(), "interview", "--save", save.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(asked(run.out())).isEqualTo(script.asked(0, script.answers().size()));
        assertThat(run.out()).contains("質問は以上です").doesNotContain("Exception");
        Incident saved = IncidentJson.read(save);
        assertThat(saved).isEqualTo(expected(name));
        assertThat(planOf(saved)).isEqualTo(planOf(expected(name)));
    }

    @Test
    void a_stopped_session_is_saved_and_resumed_where_it_stopped() {
        Script script = Script.read("email-misdelivery");
        Path save = dir.resolve("email-misdelivery.json");
        int half = 9;

        ToolRun first = ToolRun.withInput(script.input(0, half) + "q\n", "interview", "--save", save.toString());

        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("中断しました").contains("leakcheck interview --resume " + save);
        assertThat(IncidentJson.read(save).assets()).singleElement()
                .satisfies(a -> assertThat(a.personal().persons()).hasValue(1200));

        ToolRun second = ToolRun.withInput(script.input(half, script.answers().size()), "interview", "--resume",
                save.toString());

        assertThat(second.err()).isEmpty();
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("続きから始めます");
        assertThat(asked(second.out())).isEqualTo(script.asked(half, script.answers().size()));
        assertThat(IncidentJson.read(save)).isEqualTo(expected("email-misdelivery"));
    }

    @Test
    void the_end_of_the_input_stops_and_saves_like_q() {
        Script script = Script.read("ransomware-attack");
        Path save = dir.resolve("attack.json");

        ToolRun run = ToolRun.withInput(script.input(0, 5), "interview", "--save", save.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("中断しました");
        Incident saved = IncidentJson.read(save);
        assertThat(saved.attack()).get().satisfies(a -> assertThat(a.devices()).isPresent());
    }

    @Test
    void an_invalid_answer_is_asked_again_with_a_one_line_hint() {
        Script script = Script.read("ransomware-attack");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < script.answers().size(); i++) {
            // Wrong answers first, typed where these fields are asked; then the script's right one.
            switch (script.fields().get(i)) {
                case "discovery.route" -> lines.add("ランサムウェア");
                case "assets[0].personal.persons" -> lines.add("-3");
                case "discovery.awareAt" -> lines.addAll(List.of("now", "2026-12-05"));
                default -> {
                }
            }
            lines.add(script.answers().get(i));
        }
        String input = String.join("\n", lines) + "\n";
        Path save = dir.resolve("ransomware-attack.json");

        ToolRun run = ToolRun.withInput(input, "interview", "--save", save.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("  ! 1〜11 の番号で答えてください")
                .contains("  ! 人数を 0 以上の整数で答えてください")
                .contains("  ! 現在時刻は自動では入れません")
                .contains("  ! 時刻も答えてください")
                .doesNotContain("Exception").doesNotContain("at dev.");
        List<String> asked = asked(run.out());
        assertThat(asked.stream().filter("discovery.awareAt"::equals)).hasSize(3);
        assertThat(asked.stream().filter("assets[0].personal.persons"::equals)).hasSize(2);
        assertThat(IncidentJson.read(save)).isEqualTo(expected("ransomware-attack"));
    }

    @Test
    void what_is_left_unknown_is_not_asked_again_in_the_session_but_is_in_the_next() {
        Script script = Script.read("lost-laptop-on-train");
        Path save = dir.resolve("lost-laptop-on-train.json");

        ToolRun first = ToolRun.withInput(script.input(), "interview", "--save", save.toString());

        assertThat(asked(first.out())).doesNotHaveDuplicates();
        assertThat(first.out()).contains("（わからない: 12 問）");

        ToolRun next = ToolRun.withInput("", "interview", "--resume", save.toString());

        assertThat(asked(next.out())).containsExactly("assets[0].personal.persons");
    }

    @Test
    void what_became_urgent_is_shown_at_once_after_the_answer() {
        Script script = Script.read("email-misdelivery");
        Path save = dir.resolve("email-misdelivery.json");

        String out = ToolRun.withInput(script.input(), "interview", "--save", save.toString()).out();

        String start = out.substring(0, out.indexOf("[1] "));
        assertThat(start).contains("■ 真っ先にすべき対応").contains("受信者にお詫びし、メールの削除を依頼する（暫定）")
                .contains("■ 期限: まだ計算できません").contains("■ 個人情報保護委員会への報告: 必要かもしれません");
        String afterAwareAt = out.substring(out.indexOf("> 2026-12-01 10:00"));
        assertThat(afterAwareAt.lines().skip(1).findFirst()).hasValue(
                // The day of awareness, 2026-12-01, is always past by the time the test runs: overdue.
                "  → 最も近い期限: 2026-12-01（目標 2026-12-01） 【期限切れ】受信者にお詫びし、メールの削除を依頼する（暫定）");
        assertThat(out).contains("  → 個人情報保護委員会への報告: 必要\n");
        assertThat(out.substring(out.indexOf("質問は以上です"))).contains("■ 期限のある対応")
                .contains("2026-12-06 まで（目標 2026-12-04） 個人情報保護委員会へ速報する")
                .contains("leakcheck report " + save + " --format html --output report.html");
    }

    @Test
    void the_interview_speaks_english_with_lang_en() {
        Script script = Script.read("email-misdelivery");
        Path save = dir.resolve("en.json");

        ToolRun run = ToolRun.withInput(script.input(), "interview", "--lang", "en", "--save", save.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("What kind of incident is it?").contains("1) Email sent to the wrong address")
                .contains("?) unknown (skip this question)").contains("  → Nearest deadline: 2026-12-01")
                .contains("No more questions.");
        assertThat(asked(run.out())).hasSize(script.answers().size() - 1);
    }

    @Test
    void q_at_the_first_question_saves_nothing() {
        Path save = dir.resolve("nothing.json");

        ToolRun run = ToolRun.withInput("q\n", "interview", "--save", save.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("保存はしていません");
        assertThat(save).doesNotExist();
    }

    @Test
    void the_type_is_asked_again_until_it_is_given() {
        Path save = dir.resolve("typed.json");

        ToolRun run = ToolRun.withInput("?\n5\n紛失・盗難\nq\n", "interview", "--save", save.toString());

        assertThat(run.out()).contains("  ! 種別は必須です");
        assertThat(IncidentJson.read(save).type().name()).isEqualTo("LOST_OR_STOLEN");
        assertThat(IncidentJson.read(save).id()).isEqualTo("typed");
    }

    @Test
    void an_existing_file_is_never_overwritten_by_a_new_interview() throws IOException {
        Path save = Files.writeString(dir.resolve("incident.json"), "{\"id\": \"X\", \"type\": \"INSIDER_LEAK\"}");

        ToolRun run = ToolRun.withInput("1\n", "interview", "--save", save.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("leakcheck: " + save + " は既にあります").contains("--resume").hasLineCount(1);
        assertThat(Files.readString(save)).contains("INSIDER_LEAK");
    }

    @Test
    void a_resume_file_that_is_not_an_incident_is_an_input_error() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"id\": \"X\", \"type\": \"LOST\"}");

        ToolRun run = ToolRun.withInput("", "interview", "--resume", bad.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("leakcheck: 入力エラー: type").hasLineCount(1);
    }

    @Test
    void a_save_file_in_a_folder_that_does_not_exist_is_refused_before_any_question() {
        ToolRun run = ToolRun.withInput("1\n", "interview", "--save", dir.resolve("no/such/folder.json").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("フォルダがありません");
    }

    @Test
    void the_answers_go_to_the_resumed_file_unless_save_names_another() throws IOException {
        Path original = dir.resolve("original.json");
        ToolRun.withInput("2\n2026-12-01 10:00\n1\nq\n", "interview", "--save", original.toString());
        Path copy = dir.resolve("copy.json");

        ToolRun.withInput("1\nq\n", "interview", "--resume", original.toString(), "--save", copy.toString());

        assertThat(IncidentJson.read(original).assets()).isEmpty();
        assertThat(IncidentJson.read(copy).assets()).singleElement()
                .satisfies(a -> assertThat(a.owner()).isPresent());
        assertThat(IncidentJson.read(copy).id()).isEqualTo("original");
    }
}
