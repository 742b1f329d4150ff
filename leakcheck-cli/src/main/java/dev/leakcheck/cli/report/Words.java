package dev.leakcheck.cli.report;

import dev.leakcheck.model.Necessity;
import dev.leakcheck.model.Phase;
import dev.leakcheck.model.PpcReport;
import dev.leakcheck.model.Text;

/**
 * The report's own words (headings, field names), in Japanese and English. The plan's texts (titles,
 * reasons, sources, questions) and the catalogue's labels are not here: they come with the plan.
 */
final class Words {

    static final Text TITLE = Text.of("情報漏洩 対応計画", "Data leak response plan");
    static final Text INCIDENT = Text.of("事案", "Incident");
    static final Text TYPE = Text.of("種別", "Type");
    static final Text AWARE = Text.of("認識日", "Became aware");
    static final Text AWARE_UNKNOWN = Text.of("未回答（期限を計算できません）", "unanswered (no deadline can be computed)");
    static final Text PPC = Text.of("個人情報保護委員会への報告", "Report to the PPC");
    static final Text WARNINGS = Text.of("注意", "Warnings");

    static final Text NOW = Text.of("1. 今すぐ行うこと（真っ先にすべき対応）", "1. Do now (first response)");
    static final Text NOW_NONE = Text.of("真っ先にすべき対応はありません。", "Nothing to do first.");
    static final Text DEADLINES = Text.of("2. 期限（タイムライン）", "2. Deadlines (timeline)");
    static final Text DEADLINES_NONE = Text.of(
            "期限はまだ計算できません。気づいた日時（discovery.awareAt）に答えると、報告などの期限が入ります。",
            "No deadline can be computed yet: answer when you became aware (discovery.awareAt) to get them.");
    static final Text BY_PHASE = Text.of("3. その他の対応（フェーズ別）", "3. Everything else, by phase");
    static final Text PPC_SECTION = Text.of("4. 個人情報保護委員会への報告", "4. Report to the Personal Information Protection Commission");
    static final Text QUESTIONS = Text.of("5. 未回答の質問", "5. Open questions");
    static final Text QUESTIONS_NONE = Text.of("未回答の質問はありません。", "No open questions.");
    static final Text QUESTIONS_LEAD = Text.of(
            "答えると計画が確定します（暫定の対応が外れたり、期限が入ったりします）。",
            "Answering them settles the plan (provisional actions drop out or become certain, deadlines appear).");

    static final Text ACTION = Text.of("対応", "Action");
    static final Text TARGET = Text.of("目標", "Aim for");
    static final Text DUE = Text.of("期限", "Due");
    static final Text RECIPIENT = Text.of("宛先", "To");
    static final Text BECAUSE = Text.of("理由", "Because");
    static final Text SOURCE = Text.of("出典", "Source");
    static final Text BASIS = Text.of("期限の根拠", "Deadline basis");
    static final Text PROVISIONAL = Text.of("暫定", "provisional");
    static final Text PROVISIONAL_NOTE = Text.of(
            "「暫定」は、まだわからない事実しだいで必要になる対応です（わからない事実を「いいえ」とはみなしません）。",
            "\"Provisional\" actions depend on facts still unknown (an unknown fact is never taken as \"no\").");
    static final Text SAME_DAY = Text.of("当日", "same day");
    static final Text AIM_SPAN = Text.of("認識日から目標まで", "from awareness to the aim");
    static final Text GRACE_SPAN = Text.of("目標から期限まで", "from the aim to the due date");
    static final Text DUE_MARK = Text.of("期限", "due date");
    static final Text NOT_TO_SCALE = Text.of("時間軸は最初の数日を広げて描いています（等間隔ではありません）",
            "the time axis widens the first days (not to scale)");

    static final Text TRIGGERS = Text.of("該当する事態（施行規則第7条。報告様式でチェックする事由）",
            "Cases of Rule 7 that hold (the boxes to tick on the PPC's form)");
    static final Text POSSIBLE_TRIGGERS = Text.of("該当するかもしれない事態（答えが不明）",
            "Cases of Rule 7 that may hold (an answer is unknown)");
    static final Text EXEMPTIONS = Text.of("報告の対象外とした理由", "Left out of the count");
    static final Text DRAFT = Text.of("報告事項の下書き（施行規則第8条第1項）", "Draft of the report items (Rule 8(1))");
    static final Text DRAFT_ITEM = Text.of("報告事項", "Item");
    static final Text DRAFT_CONTENT = Text.of("わかっていること", "What is known");
    static final Text DRAFT_TO_COLLECT = Text.of("まだ集める項目", "Still to collect");
    static final Text DRAFT_BY_HAND = Text.of("（担当者が記入）", "(to be written by hand)");
    static final Text DRAFT_EMPTY = Text.of("（未回答）", "(not answered yet)");

    static final Text FOOTER = Text.of(
            "leakcheck が情報漏洩対応チェックリストと個人情報保護法の規則から作成した計画です。"
                    + "対応のすべてを担保するものではありません。状況に合わせて判断してください。",
            "Made by leakcheck from the leak-response checklist and the rules of the APPI. It does not "
                    + "cover every response: judge by the situation.");

    private Words() {
    }

    static Text ppcDecision(PpcReport report) {
        if (!report.required()) {
            return Text.of("不要", "not required");
        }
        return report.provisional()
                ? Text.of("必要（暫定: 未回答の質問しだい）", "required (provisional: depends on open questions)")
                : Text.of("必要", "required");
    }

    static final Text OTHER_REPORTS = Text.of("ほかの報告・通知", "Other reports and notices");

    /** A regime's report in a word: required, or required provisionally. */
    static Text regimeDecision(dev.leakcheck.model.RegimeReport report) {
        return report.provisional() ? Text.of("暫定", "provisional") : Text.of("必要", "required");
    }

    static Text necessity(Necessity necessity) {
        return switch (necessity) {
            case REQUIRED -> Text.of("必須", "required");
            case AS_NEEDED -> Text.of("必要に応じて", "as needed");
        };
    }

    /** The checklist's names of its phases. */
    static Text phase(Phase phase) {
        return switch (phase) {
            case FIRST -> Text.of("真っ先にすべき対応", "First response");
            case DISCOVERY -> Text.of("発覚", "Discovery");
            case INITIAL -> Text.of("初動と1次対応", "Initial response");
            case ASSESSMENT -> Text.of("調査・検討", "Investigation and assessment");
            case DISCLOSURE -> Text.of("公表", "Disclosure");
            case RECOVERY -> Text.of("復旧", "Recovery");
            case PREVENTION -> Text.of("再発防止", "Prevention");
        };
    }

    /** {@code +3日} / {@code +3 days} after awareness; {@code 当日} for the day itself. */
    static Text offset(long days) {
        if (days == 0) {
            return SAME_DAY;
        }
        return Text.of("+" + days + "日", "+" + days + (days == 1 ? " day" : " days"));
    }
}
