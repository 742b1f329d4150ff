package dev.leakcheck.rules.internal.plan;

import dev.leakcheck.rules.internal.deadline.DeadlineFinding;
import dev.leakcheck.rules.internal.facts.Fact;
import dev.leakcheck.rules.internal.drools.Match;
import dev.leakcheck.rules.internal.workbook.RuleRows;
import dev.leakcheck.rules.internal.duty.TriggerFinding;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What the rules found for one incident: the actions they propose, the report triggers that hold
 * and the deadline rules that apply. The decision tables reach it as the global {@code out};
 * the engine turns it into a plan. One instance serves one evaluation on one thread.
 */
public final class Findings {

    private final List<Proposal> proposals = new ArrayList<>(64);
    private final List<TriggerFinding> triggers = new ArrayList<>();
    private final List<DeadlineFinding> deadlines = new ArrayList<>();
    private final RuleRows rows;

    /** @param rows the data cells of the tables' rows, which the proposals and findings take their texts from */
    public Findings(RuleRows rows) {
        this.rows = rows;
    }

    /** A checklist row applies: propose its action. */
    public Proposal propose(RuleContext kcontext, String code) {
        Match match = Match.of(kcontext, rows);
        Proposal proposal = new Proposal(code.strip(), match, rows.of(match.tableRow()));
        proposals.add(proposal);
        return proposal;
    }

    /** A row of the report-duty table applies: one case of a regime holds, or may hold. */
    public TriggerFinding trigger(RuleContext kcontext, String code) {
        Match match = Match.of(kcontext, rows);
        TriggerFinding trigger = new TriggerFinding(code.strip(), match, rows.of(match.tableRow()));
        triggers.add(trigger);
        return trigger;
    }

    /** A row of the deadline table applies to the actions it names. */
    public DeadlineFinding deadline(RuleContext kcontext, String codes) {
        Match match = Match.of(kcontext, rows);
        DeadlineFinding rule = new DeadlineFinding(Fact.cellValues(codes), match, rows.of(match.tableRow()));
        deadlines.add(rule);
        return rule;
    }

    public List<Proposal> proposals() {
        return proposals;
    }

    public List<TriggerFinding> triggers() {
        return triggers;
    }

    public List<DeadlineFinding> deadlines() {
        return deadlines;
    }
}
