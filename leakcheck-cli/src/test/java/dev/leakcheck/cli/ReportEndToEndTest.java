package dev.leakcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.json.IncidentJson;
import dev.leakcheck.cli.report.HtmlChecks;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.Question;
import dev.leakcheck.model.ReportItem;
import dev.leakcheck.model.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code leakcheck report} with the real engine on every sample, in both formats and languages. */
class ReportEndToEndTest {

    private static final String[] SAMPLES = {"email-misdelivery.json", "lost-laptop-on-train.json",
        "ransomware-attack.json", "insider-sold-customer-list.json"};

    @TempDir
    Path dir;

    private static Plan plan(String sample) {
        return Planner.bundled().plan(IncidentJson.read(Path.of("samples", sample)));
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"email-misdelivery.json, ja", "lost-laptop-on-train.json, ja", "ransomware-attack.json, ja",
        "insider-sold-customer-list.json, ja", "ransomware-attack.json, en", "email-misdelivery.json, en"})
    void the_html_report_of_every_sample_is_strict_self_contained_and_complete(String sample, String lang) {
        ToolRun run = ToolRun.withEngine("report", "samples/" + sample, "--format", "html", "--lang", lang);
        Language language = Language.parse(lang);
        Plan plan = plan(sample);

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        HtmlChecks.parseStrictHtml5(run.out());
        HtmlChecks.assertSelfContained(run.out(), HtmlChecks.quotedBy(plan));
        // Links are made of the addresses in the text: compare the text as it reads.
        String page = run.out().replaceAll("<a href=\"[^\"]*\">([^<]*)</a>", "$1");
        for (PlannedAction action : plan.actions()) {
            assertThat(page).contains(html(action.title().in(language))).contains(html(action.source().in(language)));
            for (Text reason : action.because()) {
                assertThat(page).contains(html(reason.in(language)));
            }
            action.deadline().ifPresent(d -> assertThat(page).contains(d.due().toString()).contains(d.target().toString()));
        }
        for (Question question : plan.questions()) {
            assertThat(page).contains(html(question.text().in(language))).contains(question.field());
        }
        for (ReportItem item : plan.ppcReport().draft()) {
            assertThat(page).contains(html(item.title().in(language)));
            item.content().ifPresent(c -> assertThat(page).contains(html(c.in(language))));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"email-misdelivery.json", "insider-sold-customer-list.json"})
    void the_markdown_report_has_every_action_with_its_reasons(String sample) {
        ToolRun run = ToolRun.withEngine("report", "samples/" + sample, "--format", "md");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("# 情報漏洩 対応計画 — ");
        for (PlannedAction action : plan(sample).actions()) {
            assertThat(run.out()).contains("`" + action.code() + "`");
        }
    }

    @Test
    void the_report_is_written_to_the_output_file_and_nothing_to_stdout() throws IOException {
        Path file = dir.resolve("report.html");

        ToolRun run = ToolRun.withEngine("report", "samples/ransomware-attack.json", "--output", file.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("外部攻撃");
    }

    @Test
    void the_same_incident_gives_the_same_bytes() {
        ToolRun first = ToolRun.withEngine("report", "samples/email-misdelivery.json");
        ToolRun second = ToolRun.withEngine("report", "samples/email-misdelivery.json");

        assertThat(second.outBytes()).isEqualTo(first.outBytes());
    }

    @Test
    void an_interview_saved_at_the_start_makes_a_report_too() throws IOException {
        Path incident = Files.writeString(dir.resolve("new.json"), "{\"id\": \"NEW\", \"type\": \"LOST_OR_STOLEN\"}\n");

        ToolRun run = ToolRun.withEngine("report", incident.toString());

        assertThat(run.exit()).isZero();
        HtmlChecks.parseStrictHtml5(run.out());
        assertThat(run.out()).contains("期限はまだ計算できません").contains("discovery.awareAt");
    }

    @Test
    void a_wrong_format_a_wrong_incident_or_an_unwritable_output_is_exit_status_2() throws IOException {
        ToolRun format = ToolRun.withEngine("report", "samples/email-misdelivery.json", "--format", "pdf");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"id\": \"X\"}");
        ToolRun incident = ToolRun.withEngine("report", bad.toString());
        ToolRun output = ToolRun.withEngine("report", "samples/email-misdelivery.json", "--output",
                dir.resolve("no/such/dir/r.html").toString());

        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("'pdf'").contains("html").contains("md").hasLineCount(1);
        assertThat(incident.exit()).isEqualTo(2);
        assertThat(incident.err()).startsWith("leakcheck: 入力エラー: ").hasLineCount(1);
        assertThat(output.exit()).isEqualTo(2);
        assertThat(output.err()).startsWith("leakcheck: ").contains("書き出せません").hasLineCount(1)
                .doesNotContain("at dev.");
    }

    @Test
    void help_names_the_three_commands() {
        ToolRun help = ToolRun.withEngine("--help");
        ToolRun report = ToolRun.withEngine("report", "--help");
        ToolRun interview = ToolRun.withEngine("interview", "--help");

        assertThat(help.out()).contains("plan").contains("interview").contains("report");
        assertThat(report.out()).contains("--format=html|md").contains("--output").contains("--lang").contains("--rules=DIR")
                .contains("--trust-code");
        assertThat(interview.out()).contains("--resume").contains("--save").contains("--id").contains("--rules=DIR")
                .contains("--trust-code");
    }
}
