package dev.leakcheck.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Language;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Markdown report: the same sections, text that never turns into markup. */
class MarkdownReportTest {

    private static String md(Language language) {
        return PlanReport.write(ReportFixture.plan(), PlanReport.Format.MD, language, ReportFixture.labels());
    }

    @Test
    void the_sections_come_in_the_order_of_the_html_page() {
        assertThat(md(Language.JA)).containsSubsequence("# 情報漏洩 対応計画 — INC\\-2026\\-0042", "> **注意**",
                "## 1. 今すぐ行うこと", "## 2. 期限（タイムライン）", "## 3. その他の対応（フェーズ別）",
                "## 4. 個人情報保護委員会への報告", "## 5. 未回答の質問");
    }

    @Test
    void markup_characters_of_the_texts_are_escaped_and_the_plans_addresses_are_autolinks() {
        String md = md(Language.JA);

        assertThat(md).contains("手順 &lt;見直し&gt; &amp; &quot;チェック&quot; \\| \\*強調\\* \\_下線\\_ &#39;x&#39; \\# \\[1\\]")
                .contains("<https://www.jnsa.org/emergency_response/>").contains("<https://www.jpcert.or.jp/>");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void a_renderer_finds_no_html_only_the_plans_links_and_even_tables(Language language) {
        String md = md(language);

        MarkdownChecks.assertSafe(md, HtmlChecks.quotedBy(ReportFixture.plan()));
        List<String> links = new ArrayList<>();
        MarkdownChecks.parse(md).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
            }
        });
        assertThat(links).containsExactly("https://www.jpcert.or.jp/", "https://www.jnsa.org/emergency_response/");
        assertThat(MarkdownChecks.textOf(MarkdownChecks.parse(md)))
                .contains(ReportFixture.plan().actions().get(ReportFixture.plan().actions().size() - 1).title().in(language));
    }

    @Test
    void what_the_incident_says_is_never_html_a_link_or_a_column() {
        String script = "https://evil.example/<script>alert(1)</script>";
        String columns = "https://evil.example/x|col|col";
        Plan plan = ReportFixture.withIncidentText(script + " " + columns);

        String md = PlanReport.write(plan, PlanReport.Format.MD, Language.JA, ReportFixture.labels());

        MarkdownChecks.assertSafe(md, HtmlChecks.quotedBy(plan));
        assertThat(MarkdownChecks.textOf(MarkdownChecks.parse(md))).contains("ID " + script).contains(script + " " + columns);
        assertThat(md).doesNotContain("<script").doesNotContain("<https://evil");
    }

    @Test
    void every_action_has_its_reasons_and_its_source() {
        String md = md(Language.EN);

        for (PlannedAction action : ReportFixture.plan().actions()) {
            assertThat(md).contains("`" + action.code() + "`");
        }
        assertThat(md).contains("   - Because: Channel\\: unknown")
                .contains("   - Source: Misdelivery ＞ 真っ先にすべき対応 `REQUEST_RECIPIENT_DELETION`");
    }

    @Test
    void the_deadline_table_counts_the_days_from_awareness() {
        assertThat(md(Language.JA)).contains("| **2026-12-06** (+5日) | 2026-12-04 (+3日) | 個人情報保護委員会へ速報する *(暫定)* | 個人情報保護委員会 |")
                .contains("| **2026-12-01** (当日) | 2026-12-01 (当日) | 受信者にお詫びし、メールの削除を依頼する *(暫定)* | 誤送信先 |");
    }
}
