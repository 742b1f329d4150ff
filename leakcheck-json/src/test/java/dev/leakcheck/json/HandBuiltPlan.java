package dev.leakcheck.json;

import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Necessity;
import dev.leakcheck.model.Phase;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.PpcReport;
import dev.leakcheck.model.PpcTrigger;
import dev.leakcheck.model.Question;
import dev.leakcheck.model.ReportItem;
import dev.leakcheck.model.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A plan as the engine might make it, for tests that must not depend on the engine. */
public final class HandBuiltPlan {

    private HandBuiltPlan() {
    }

    public static Plan plan() {
        PlannedAction report = new PlannedAction("PPC_PRELIMINARY_REPORT", Phase.INITIAL, Necessity.REQUIRED, false,
                Text.of("個人情報保護委員会へ速報する", "Send the preliminary report to the PPC"),
                Optional.of(Text.of("個人情報保護委員会", "Personal Information Protection Commission")),
                Optional.of(new Deadline(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 6),
                        Text.of("規則8条1項: 速やかに (目安 3〜5日)", "Rule 8(1): promptly (about 3 to 5 days)"))),
                List.of(Text.of("1000人を超える", "more than 1,000 persons")),
                Text.of("個人情報保護法 26条", "APPI Art. 26"));
        PlannedAction delete = new PlannedAction("ASK_RECIPIENT_TO_DELETE", Phase.FIRST, Necessity.AS_NEEDED, true,
                Text.of("受信者に削除を依頼する", ""), Optional.empty(), Optional.empty(), List.of(),
                Text.of("メール誤送信・web誤公開", "Misdelivery"));
        return new Plan("INC-2026-0042", IncidentType.MISSENT_OR_MISPUBLISHED, Optional.of(LocalDate.of(2026, 12, 1)),
                new PpcReport(true, false, List.of(PpcTrigger.OVER_1000_PERSONS), List.of(PpcTrigger.SENSITIVE_DATA), List.of(),
                        List.of(Text.of("1200人", "1,200 persons")),
                        List.of(new ReportItem(1, Text.of("概要", "Summary"), Optional.of(Text.of("種別: メール誤送信", "Type: misdelivery")),
                                List.of("occurredAt")),
                                new ReportItem(5, Text.of("二次被害", "Secondary damage"), Optional.empty(), List.of()))),
                List.of(delete, report),
                List.of(new Question("assets[0].personal.sensitive",
                        Text.of("要配慮個人情報が含まれていますか？", "Does it include sensitive personal data?"))),
                List.of());
    }
}
