package dev.leakcheck.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Language;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.Text;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The HTML page: well-formed, strict HTML5, self-contained, printable, and complete. */
class HtmlReportTest {

    private static String html(Plan plan, Language language) {
        return PlanReport.write(plan, PlanReport.Format.HTML, language, ReportFixture.labels());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void the_page_is_well_formed_strict_html5_and_self_contained(Language language) {
        String html = html(ReportFixture.plan(), language);

        HtmlChecks.parseXml(html);
        HtmlChecks.parseStrictHtml5(html);
        HtmlChecks.assertSelfContained(html, HtmlChecks.quotedBy(ReportFixture.plan()));
    }

    @Test
    void the_web_addresses_of_the_reasons_are_plain_links() {
        String html = html(ReportFixture.plan(), Language.JA);

        assertThat(html).contains("<a href=\"https://www.jpcert.or.jp/\">https://www.jpcert.or.jp/</a>")
                .contains("<a href=\"https://www.jnsa.org/emergency_response/\">https://www.jnsa.org/emergency_response/</a>");
    }

    @Test
    void text_is_escaped_never_markup() {
        String html = html(ReportFixture.plan(), Language.JA);

        assertThat(html).contains("手順 &lt;見直し&gt; &amp; &quot;チェック&quot; | *強調* _下線_ &#39;x&#39; # [1]")
                .contains("a&lt;b&gt;&amp;c").doesNotContain("<見直し>");
    }

    @Test
    void a_web_address_the_incident_wrote_is_text_not_a_link() {
        Plan plan = ReportFixture.withIncidentText("https://evil.example/phish <script>alert(1)</script>");

        String html = html(plan, Language.JA);

        HtmlChecks.parseStrictHtml5(html);
        HtmlChecks.assertSelfContained(html, HtmlChecks.quotedBy(plan));
        assertThat(html).contains("連絡先: https://evil.example/phish &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("href=\"https://evil");
    }

    @Test
    void it_prints_on_a4_and_keeps_its_colours() {
        String html = html(ReportFixture.plan(), Language.JA);

        assertThat(html).contains("@page { size: A4;").contains("@media print").contains("print-color-adjust: exact");
    }

    @Test
    void the_first_actions_come_first_then_the_timeline_then_the_phases_then_the_report_then_the_questions() {
        String html = html(ReportFixture.plan(), Language.JA);

        assertThat(html).containsSubsequence("<h1>情報漏洩 対応計画</h1>", "期限 2027-01-04 は休日の表",
                "1. 今すぐ行うこと", "受信者にお詫びし、メールの削除を依頼する",
                "2. 期限（タイムライン）", "3. その他の対応（フェーズ別）", "<h3>発覚</h3>", "<h3>初動と1次対応</h3>",
                "<h3>調査・検討</h3>", "<h3>公表</h3>", "<h3>復旧</h3>", "<h3>再発防止</h3>",
                "4. 個人情報保護委員会への報告", "5. 未回答の質問");
    }

    @Test
    void every_action_shows_its_reasons_and_its_source() {
        Plan plan = ReportFixture.plan();
        String html = html(plan, Language.JA);

        for (PlannedAction action : plan.actions()) {
            int start = html.indexOf("id=\"" + action.code() + "\"");
            assertThat(start).as(action.code()).isPositive();
            String card = html.substring(start, html.indexOf("\n</li>\n", start));
            assertThat(card).contains(HtmlReport.esc(action.title().ja()))
                    .contains("出典: " + HtmlReport.esc(action.source().ja()));
            for (Text reason : action.because()) {
                // The reason as it reads, its web addresses made links.
                assertThat(card.replaceAll("<a href=\"[^\"]*\">([^<]*)</a>", "$1")).contains(HtmlReport.esc(reason.ja()));
            }
        }
    }

    @Test
    void the_checks_themselves_catch_a_broken_page_and_a_loaded_resource() {
        String page = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ja\"><head><meta charset=\"utf-8\"/>"
                + "<title>t</title></head><body>%s</body></html>";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HtmlChecks.parseStrictHtml5(
                String.format(page, "<p><table></table></p>"))).isInstanceOf(AssertionError.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HtmlChecks.parseXml(
                String.format(page, "<p>a &nbsp; b</p>"))).isInstanceOf(AssertionError.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HtmlChecks.assertSelfContained(
                String.format(page, "<img src=\"https://example.org/x.png\" alt=\"\"/>"), Set.of()))
                .isInstanceOf(AssertionError.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HtmlChecks.assertSelfContained(
                String.format(page, "<p><a href=\"https://example.org/\">here</a></p>"), Set.of("https://example.org/")))
                .isInstanceOf(AssertionError.class);
        HtmlChecks.assertSelfContained(String.format(page, "<p><a href=\"https://example.org/\">https://example.org/</a></p>"),
                Set.of("https://example.org/"));
    }

    @Test
    void the_timeline_places_target_and_due_of_every_deadline_on_one_axis() {
        String html = html(ReportFixture.plan(), Language.JA);
        String timeline = html.substring(html.indexOf("<table class=\"timeline\">"), html.indexOf("</table>"));

        // Due first: the same-day action, the 72-hour GDPR notice (due at 10:00, overdue), the preliminary
        // report, the final report.
        assertThat(timeline).containsSubsequence("受信者にお詫びし", "EU/EEAの監督機関に個人データ侵害を通知する",
                "個人情報保護委員会へ速報する", "個人情報保護委員会へ確報する");
        assertThat(timeline).contains("2026-12-04 10:00<span class=\"badge overdue\">期限切れ</span>");
        assertThat(timeline).contains("2026-12-04<span class=\"days\">+3日</span>")
                .contains("2026-12-06<span class=\"days\">+5日</span>")
                .contains("2027-01-04<span class=\"days\">+34日</span>");
        // The last due date ends the axis; each deadline has its due mark.
        assertThat(timeline).contains("<span class=\"mark due\" style=\"left: 100.00%\"></span>");
        Matcher marks = Pattern.compile("class=\"mark due\"").matcher(timeline);
        assertThat(marks.results().count()).isEqualTo(4);
        assertThat(timeline).contains("<span class=\"tick\" style=\"left: 0.00%\">12/1</span>");
    }

    @Test
    void a_plan_without_deadlines_says_what_would_give_them() {
        String html = html(ReportFixture.empty(), Language.JA);

        HtmlChecks.parseStrictHtml5(html);
        assertThat(html).contains("期限はまだ計算できません").contains("discovery.awareAt")
                .contains("真っ先にすべき対応はありません").contains("未回答の質問はありません")
                .doesNotContain("<table class=\"timeline\">");
    }

    @Test
    void the_same_plan_gives_the_same_bytes() {
        assertThat(html(ReportFixture.plan(), Language.EN)).isEqualTo(html(ReportFixture.plan(), Language.EN));
    }
}
