package dev.leakcheck.rules.internal.drools;

import dev.leakcheck.rules.internal.workbook.Catalogue;
import dev.leakcheck.rules.internal.deadline.DeadlineFinding;
import dev.leakcheck.rules.internal.plan.Findings;
import dev.leakcheck.rules.internal.plan.Proposal;
import dev.leakcheck.rules.RulesDefinitionException;
import dev.leakcheck.rules.internal.duty.TriggerFinding;
import dev.leakcheck.model.Discovery;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.JapanTime;
import dev.leakcheck.rules.internal.workbook.Regimes;
import java.util.Optional;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Before an engine is handed out, evaluate an incident of every type about which nothing is known
 * but the time of awareness. Unknown facts admit every value, so nearly every row of every table
 * fires: a misspelt action code, a necessity that is neither 必須 nor 必要に応じて, or a deadline
 * whose target falls after its due date is found now, naming its row, and not in front of a
 * person handling a leak.
 */
public final class SelfCheck {

    private static final ZonedDateTime AWARE = ZonedDateTime.of(2026, 1, 5, 10, 0, 0, 0, JapanTime.ZONE);

    private SelfCheck() {
    }

    public static void run(Engine engine) {
        List<String> problems = new ArrayList<>();
        for (IncidentType type : IncidentType.values()) {
            Incident incident = Incident.builder("self-check", type)
                    .discovery(Discovery.builder().awareAt(AWARE).build()).build();
            try {
                Engine.Evaluation evaluation = engine.evaluate(incident);
                checkCodes(engine.catalogue(), engine.regimes(), evaluation.findings(), problems);
                engine.plan(incident);
            } catch (ConsequenceException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                problems.add(Match.TableRow.of(e.getMatch().getRule().getName()).describe() + ": " + cause.getMessage());
            } catch (RuntimeException e) {
                problems.add(type + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesDefinitionException(problems.stream().distinct().toList());
        }
    }

    private static void checkCodes(Catalogue catalogue, Regimes regimes, Findings findings, List<String> problems) {
        for (Proposal proposal : findings.proposals()) {
            if (catalogue.action(proposal.code()).isEmpty()) {
                problems.add(proposal.match().tableRow().describe() + ": アクションコード「" + proposal.code()
                        + "」は catalogue.xlsx のアクション一覧にありません / action code not in the catalogue");
            }
        }
        for (TriggerFinding trigger : findings.triggers()) {
            Optional<Regimes.Regime> regime = regimes.regime(trigger.regime());
            if (regime.isEmpty()) {
                problems.add(trigger.match().tableRow().describe() + ": 制度「" + trigger.regime() + "」は regimes.xlsx にありません。使えるのは "
                        + regimes.codes() + " / unknown regime");
            } else if (!regime.get().triggerCodes().contains(trigger.code())) {
                problems.add(trigger.match().tableRow().describe() + ": 報告事由「" + trigger.code() + "」は制度「" + trigger.regime()
                        + "」にありません。使えるのは " + regime.get().triggerCodes() + " / not a trigger of this regime");
            }
        }
        for (DeadlineFinding deadline : findings.deadlines()) {
            deadline.codes().stream().filter(code -> catalogue.action(code).isEmpty()).forEach(code ->
                    problems.add(deadline.match().tableRow().describe() + ": アクションコード「" + code
                            + "」は catalogue.xlsx のアクション一覧にありません / action code not in the catalogue"));
            if (deadline.targetDays() > deadline.dueDays()) {
                problems.add(deadline.match().tableRow().describe() + ": 目標の日数が期限の日数より後です / target after due");
            }
        }
    }
}
