package dev.leakcheck.cli.report;

import dev.leakcheck.rules.Labels;
import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Necessity;
import dev.leakcheck.model.Phase;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.PpcExemption;
import dev.leakcheck.model.PpcReport;
import dev.leakcheck.model.PpcTrigger;
import dev.leakcheck.model.Question;
import dev.leakcheck.model.RegimeReport;
import dev.leakcheck.model.ReportItem;
import dev.leakcheck.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan with something of every kind the report shows, built by hand so that the golden files do
 * not change when the rules' texts do: a same-day first action, the two PPC reports (the final one
 * rolled over the New Year holidays), a 72-hour GDPR notice already overdue, the reports of two other
 * regimes, an action without a deadline in every later phase, web
 * addresses, text that HTML and Markdown must escape, open questions and a warning.
 */
public final class ReportFixture {

    private ReportFixture() {
    }

    public static Labels labels() {
        return new Labels(Map.of(
                        "MISSENT_OR_MISPUBLISHED", Text.of("メール誤送信・web誤公開", "Misdelivery or mis-publication"),
                        "OVER_1000_PERSONS", Text.of("本人の数が千人を超える（施行規則第7条第4号）",
                                "More than 1,000 persons (Rule 7 No. 4)"),
                        "SENSITIVE_DATA", Text.of("要配慮個人情報（施行規則第7条第1号）", "Sensitive personal data (Rule 7 No. 1)"),
                        "STRONG_ENCRYPTION", Text.of("高度な暗号化等の措置（報告対象外）",
                                "Strong encryption (exempt from reporting)"),
                        "GDPR", Text.of("EU一般データ保護規則（GDPR）", "EU General Data Protection Regulation (GDPR)"),
                        "MY_NUMBER", Text.of("番号法（特定個人情報）", "My Number Act (specific personal information)")),
                Map.of("assets[].personal.persons", Text.of("本人の数", "Number of persons")));
    }

    private static Text source(String part) {
        return Text.of("メール誤送信・web誤公開 ＞ " + part, "Misdelivery ＞ " + part);
    }

    private static PlannedAction action(String code, Phase phase, Necessity necessity, boolean provisional, Text title,
            Optional<Text> recipient, Optional<Deadline> deadline, List<Text> because, Text source) {
        return new PlannedAction(code, phase, necessity, provisional, title, recipient, deadline, because, source);
    }

    public static Plan plan() {
        LocalDate aware = LocalDate.of(2026, 12, 1);
        Text ppc = Text.of("個人情報保護委員会", "Personal Information Protection Commission");
        List<PlannedAction> actions = new ArrayList<>();
        actions.add(action("REQUEST_RECIPIENT_DELETION", Phase.FIRST, Necessity.REQUIRED, true,
                Text.of("受信者にお詫びし、メールの削除を依頼する", "Apologise to the recipient and ask them to delete the email"),
                Optional.of(Text.of("誤送信先", "The recipient")),
                Optional.of(new Deadline(aware, aware, Text.of("気づいた当日に行います", "On the day you became aware"))),
                List.of(Text.of("経路: 不明", "Channel: unknown"), Text.of("メール誤送信の場合、受信者にお詫びし、メールの削除を依頼します",
                        "For a misdelivered email, apologise and ask for deletion")),
                source("真っ先にすべき対応")));
        actions.add(action("RECORD_REPORTER_CONTACT", Phase.DISCOVERY, Necessity.REQUIRED, false,
                Text.of("連絡してきた方の連絡先を控える", "Write down the reporter's contact details"), Optional.empty(),
                Optional.empty(), List.of(Text.of("発覚の経緯: ミスを発見した第三者からの連絡", "Route: a third party")),
                source("発覚")));
        actions.add(action("PPC_PRELIMINARY_REPORT", Phase.INITIAL, Necessity.REQUIRED, true,
                Text.of("個人情報保護委員会へ速報する", "Send the preliminary report to the PPC"), Optional.of(ppc),
                Optional.of(new Deadline(aware.plusDays(3), aware.plusDays(5),
                        Text.of("施行規則第8条第1項（速報: 速やかに）。概ね3～5日以内",
                                "Rule 8(1) (promptly): about 3 to 5 days"))),
                List.of(Text.of("個人情報保護委員会への報告義務: 不明", "PPC report required: unknown")),
                Text.of("個人情報保護法 第26条第1項・施行規則 第8条第1項（速報）", "APPI Art. 26(1), Rule 8(1)")));
        actions.add(action("PPC_FINAL_REPORT", Phase.INITIAL, Necessity.REQUIRED, true,
                Text.of("個人情報保護委員会へ確報する", "Send the final report to the PPC"), Optional.of(ppc),
                Optional.of(new Deadline(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 4),
                        Text.of("施行規則第8条第2項（30日以内）。12月31日は行政機関の休日のため翌開庁日",
                                "Rule 8(2) (30 days); 31 December is an administrative holiday, so the next open day"))),
                List.of(Text.of("個人情報保護委員会への報告義務: 不明", "PPC report required: unknown")),
                Text.of("個人情報保護法 第26条第1項・施行規則 第8条第2項（確報）", "APPI Art. 26(1), Rule 8(2)")));
        // A period in hours: GDPR's 72 hours end at an instant (Friday 23:00 + 72 h), already past when planned.
        actions.add(action("GDPR_NOTIFY_SUPERVISORY_AUTHORITY", Phase.INITIAL, Necessity.REQUIRED, false,
                Text.of("EU/EEAの監督機関に個人データ侵害を通知する（72時間以内）",
                        "Notify the personal data breach to the EU/EEA supervisory authority (within 72 hours)"),
                Optional.of(Text.of("EU/EEAの監督機関", "The EU/EEA supervisory authority")),
                Optional.of(new Deadline(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4),
                        Text.of("GDPR第33条第1項（72時間以内）", "GDPR Art. 33(1) (within 72 hours)"),
                        Optional.of(java.time.OffsetDateTime.parse("2026-12-04T10:00:00+09:00")), true)),
                List.of(Text.of("GDPR第33条第1項: リスクがある", "GDPR Art. 33(1): a risk")),
                Text.of("GDPR第33条第1項", "GDPR Art. 33(1)")));
        actions.add(action("ENGAGE_INCIDENT_RESPONSE_EXPERTS", Phase.ASSESSMENT, Necessity.AS_NEEDED, false,
                Text.of("専門業者に調査を依頼する", "Ask incident-response experts to investigate"),
                Optional.of(Text.of("専門業者（JPCERT/CC・JNSA）", "Experts (JPCERT/CC, JNSA)")), Optional.empty(),
                List.of(Text.of("・JPCERT/CC https://www.jpcert.or.jp/ ・JNSA: 緊急対応企業一覧 https://www.jnsa.org/emergency_response/",
                        "JPCERT/CC https://www.jpcert.or.jp/ and JNSA https://www.jnsa.org/emergency_response/")),
                source("検討と公表")));
        actions.add(action("PUBLISH_ANNOUNCEMENT", Phase.DISCLOSURE, Necessity.REQUIRED, true,
                Text.of("Webなどを通じて公表する", "Announce it, on the web or otherwise"), Optional.empty(), Optional.empty(),
                List.of(Text.of("社会的影響が大きい: 不明", "High social impact: unknown")), source("検討と公表")));
        actions.add(action("PURGE_SEARCH_ENGINE_CACHE", Phase.RECOVERY, Necessity.REQUIRED, true,
                Text.of("検索サイトに残ったキャッシュを削除する", "Have search engines drop their cached copies"), Optional.empty(),
                Optional.empty(), List.of(), source("復旧")));
        actions.add(action("REVIEW_PROCEDURES_AND_CHECKS", Phase.PREVENTION, Necessity.REQUIRED, false,
                Text.of("手順 <見直し> & \"チェック\" | *強調* _下線_ 'x' # [1]", "Review <procedures> & \"checks\" | *x* _y_ 'z'"),
                Optional.empty(), Optional.empty(), List.of(Text.of("a<b>&c", "a<b>&c")), source("再発防止")));
        PpcReport report = new PpcReport(true, true, List.of(),
                List.of(PpcTrigger.SENSITIVE_DATA, PpcTrigger.OVER_1000_PERSONS), List.of(PpcExemption.STRONG_ENCRYPTION),
                List.of(Text.of("施行規則第7条第4号: 本人の数が1,000人を超える（不明）", "Rule 7 No. 4: more than 1,000 persons (unknown)")),
                List.of(new ReportItem(1, Text.of("概要", "Summary"),
                                Optional.of(Text.of("種別: メール誤送信・web誤公開。認識日時: 2026-12-01T10:00+09:00",
                                        "Type: misdelivery. Aware at: 2026-12-01T10:00+09:00")), List.of("occurredAt")),
                        new ReportItem(3, Text.of("本人の数", "Number of persons"), Optional.empty(),
                                List.of("assets[0].personal.persons", "assets[1].personal.persons")),
                        new ReportItem(5, Text.of("二次被害又はそのおそれの有無及びその内容", "Secondary damage"), Optional.empty(),
                                List.of())));
        List<Question> questions = List.of(
                new Question("assets[0].personal.sensitive",
                        Text.of("個人情報は要配慮個人情報が含まれていますか？(人種、病歴など)", "Does it include sensitive data?")),
                new Question("assets[1].personal.persons",
                        Text.of("個人情報は何件程度の数(情報量)ですか？", "How many persons?")));
        List<Text> warnings = List.of(Text.of("期限 2027-01-04 は休日の表（2016〜2027年）の範囲内です（例示の警告）",
                "The due date is within the holiday table (an example warning)"));
        List<RegimeReport> reports = List.of(
                new RegimeReport("GDPR", Text.of("EU/EEAの監督機関", "The EU/EEA supervisory authority"), true, false,
                        List.of("RISK"), List.of(), List.of(), List.of(Text.of("GDPR第33条第1項", "GDPR Art. 33(1)")),
                        List.of("GDPR_NOTIFY_SUPERVISORY_AUTHORITY")),
                new RegimeReport("MY_NUMBER", Text.of("個人情報保護委員会", "Personal Information Protection Commission"), true,
                        true, List.of(), List.of("OVER_100_PERSONS"), List.of(), List.of(), List.of()));
        return new Plan("INC-2026-0042", IncidentType.MISSENT_OR_MISPUBLISHED, Optional.of(aware), report, actions,
                questions, warnings, reports);
    }

    /**
     * The plan with what an incident wrote where a plan quotes it: the incident's id ({@code "ID " + text})
     * and the first item of the PPC draft ({@code "連絡先: " + text}).
     */
    public static Plan withIncidentText(String text) {
        Plan plan = plan();
        PpcReport ppc = plan.ppcReport();
        List<ReportItem> draft = new ArrayList<>(ppc.draft());
        ReportItem first = draft.get(0);
        draft.set(0, new ReportItem(first.number(), first.title(),
                Optional.of(Text.of("連絡先: " + text, "Contact: " + text)), first.toCollect()));
        return new Plan("ID " + text, plan.type(), plan.awareDate(), new PpcReport(ppc.required(), ppc.provisional(),
                ppc.triggers(), ppc.possibleTriggers(), ppc.exemptions(), ppc.because(), draft), plan.actions(), plan.questions(), plan.warnings());
    }

    /** A plan at the very start: nothing known, no deadline, no report decided. */
    public static Plan empty() {
        return new Plan("INC-0", IncidentType.MISSENT_OR_MISPUBLISHED, Optional.empty(),
                new PpcReport(false, false, List.of(), List.of(), List.of(), List.of()), List.of(), List.of(), List.of());
    }
}
