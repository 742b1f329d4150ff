package dev.leakcheck.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Language;
import dev.leakcheck.model.PlannedAction;
import org.junit.jupiter.api.Test;

/** The Markdown report: the same sections, text that never turns into markup. */
class MarkdownReportTest {

    private static String md(Language language) {
        return PlanReport.write(ReportFixture.plan(), PlanReport.Format.MD, language, ReportFixture.labels());
    }

    @Test
    void the_sections_come_in_the_order_of_the_html_page() {
        assertThat(md(Language.JA)).containsSubsequence("# 情報漏洩 対応計画 — INC-2026-0042", "> **注意**",
                "## 1. 今すぐ行うこと", "## 2. 期限（タイムライン）", "## 3. その他の対応（フェーズ別）",
                "## 4. 個人情報保護委員会への報告", "## 5. 未回答の質問");
    }

    @Test
    void markup_characters_of_the_texts_are_escaped_but_web_addresses_stay_links() {
        String md = md(Language.JA);

        assertThat(md).contains("手順 \\<見直し\\> & \"チェック\" \\| \\*強調\\* \\_下線\\_ 'x' \\# \\[1\\]")
                .contains("https://www.jnsa.org/emergency_response/").doesNotContain("emergency\\_response");
    }

    @Test
    void every_action_has_its_reasons_and_its_source() {
        String md = md(Language.EN);

        for (PlannedAction action : ReportFixture.plan().actions()) {
            assertThat(md).contains("`" + action.code() + "`");
        }
        assertThat(md).contains("   - Because: Channel: unknown")
                .contains("   - Source: Misdelivery ＞ 真っ先にすべき対応 `REQUEST_RECIPIENT_DELETION`");
    }

    @Test
    void the_deadline_table_counts_the_days_from_awareness() {
        assertThat(md(Language.JA)).contains("| **2026-12-06** (+5日) | 2026-12-04 (+3日) | 個人情報保護委員会へ速報する *(暫定)* | 個人情報保護委員会 |")
                .contains("| **2026-12-01** (当日) | 2026-12-01 (当日) | 受信者にお詫びし、メールの削除を依頼する *(暫定)* | 誤送信先 |");
    }
}
