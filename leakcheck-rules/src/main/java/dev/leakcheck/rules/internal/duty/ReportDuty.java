package dev.leakcheck.rules.internal.duty;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Organisation;
import dev.leakcheck.model.PpcExemption;
import dev.leakcheck.model.PpcReport;
import dev.leakcheck.model.PpcTrigger;
import dev.leakcheck.model.RegimeReport;
import dev.leakcheck.model.ReportItem;
import dev.leakcheck.model.Text;
import dev.leakcheck.rules.internal.facts.AnswerWithFields;
import dev.leakcheck.rules.internal.facts.Fact;
import dev.leakcheck.rules.internal.plan.UnknownFields;
import dev.leakcheck.rules.internal.workbook.Catalogue;
import dev.leakcheck.rules.internal.workbook.Regimes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The report duties of the regimes of {@code regimes.xlsx}: each regime's report is required when it
 * applies to the organisation and any of its triggers holds, provisional while one only may (or while
 * the regime only may apply). The triggers themselves are decided by the rows of the report-duty
 * table, each naming its regime; this class only combines the rows that fired, per regime, and hands
 * each decision back to the tables as facts ({@code <prefix>.required}, {@code <prefix>.<TRIGGER>}:
 * {@code ppc.required}, {@code ppc.MALICIOUS_INTENT}, … for APPI_BUSINESS) for the actions and
 * deadlines that depend on it.
 */
public final class ReportDuty {

    /** One regime's decision. */
    private record Decision(Regimes.Regime regime, AnswerWithFields applies, Map<String, AnswerWithFields> cases,
            AnswerWithFields required) {
    }

    private final List<Decision> decisions;
    private final List<TriggerFinding> findings;
    private final List<PpcExemption> exemptions;
    /** The authority the PPC delegated the APPI report to for this organisation (APPI Art. 150), if set. */
    private final Optional<String> delegate;

    private ReportDuty(List<Decision> decisions, List<TriggerFinding> findings, List<PpcExemption> exemptions,
            Optional<String> delegate) {
        this.decisions = decisions;
        this.findings = findings;
        this.exemptions = exemptions;
        this.delegate = delegate;
    }

    public static ReportDuty decide(Regimes regimes, Organisation organisation, List<TriggerFinding> findings,
            List<PpcExemption> exemptions) {
        List<Decision> decisions = new ArrayList<>(regimes.all().size());
        for (Regimes.Regime regime : regimes.all()) {
            Map<String, AnswerWithFields> cases = new LinkedHashMap<>();
            for (String trigger : regime.triggerCodes()) {
                List<AnswerWithFields> rows = new ArrayList<>();
                for (TriggerFinding finding : findings) {
                    if (finding.regime().equals(regime.code()) && finding.code().equals(trigger)) {
                        rows.add(finding.match().provisional() ? AnswerWithFields.unknown(finding.match().unknownFields())
                                : AnswerWithFields.YES);
                    }
                }
                cases.put(trigger, rows.isEmpty() ? AnswerWithFields.NO : AnswerWithFields.any(rows, row -> row, List.of()));
            }
            AnswerWithFields applies = regime.appliesTo(organisation);
            AnswerWithFields required = applies.and(AnswerWithFields.any(List.copyOf(cases.values()), t -> t, List.of()));
            decisions.add(new Decision(regime, applies, cases, required));
        }
        return new ReportDuty(List.copyOf(decisions), findings, exemptions,
                organisation.reportRecipient().map(String::strip).filter(r -> !r.isEmpty()));
    }

    /**
     * The recipient of an action: for an action that serves the APPI report and goes to its authority (the
     * PPC), the authority named by {@code organisation.reportRecipient} when set (APPI Art. 150: the PPC
     * delegated the report to it, for businesses; the basis is in the regime's source); else the catalogue's.
     */
    public Optional<Text> recipient(String code, Optional<Text> recipient) {
        Regimes.Regime appi = appi().regime();
        if (delegate.isPresent() && appi().applies().answer() != Answer.NO && appi.actions().contains(code)
                && recipient.isPresent() && recipient.get().ja().equals(appi.authority().ja())) {
            return Optional.of(Text.of(delegate.get(), delegate.get()));
        }
        return recipient;
    }

    /** The authority of a regime's report: the delegate in place of the PPC for the APPI report, when set. */
    private Text authority(Decision decision) {
        if (decision == appi() && delegate.isPresent() && decision.applies().answer() != Answer.NO) {
            return Text.of(delegate.get(), delegate.get());
        }
        return decision.regime().authority();
    }

    /**
     * The APPI report, the plan's {@code ppcReport}: APPI_BUSINESS unless it surely does not apply and
     * APPI_PUBLIC_SECTOR (Art. 68) may: a public body's report is its Art. 68 report. While the kind is
     * unknown the organisation is taken to be a business (APPI_BUSINESS applies) and the Art. 68 report
     * is only in {@code reports[]}, provisional.
     */
    private Decision appi() {
        for (Decision decision : decisions) {
            String code = decision.regime().code();
            if ((code.equals(Regimes.APPI_BUSINESS) || code.equals(Regimes.APPI_PUBLIC_SECTOR))
                    && decision.applies().answer() != Answer.NO) {
                return decision;
            }
        }
        return decisions.get(0);
    }

    /** {@code YES} when the APPI report is required for sure, {@code PROVISIONAL} while it may be, {@code NO} otherwise. */
    public String required() {
        return switch (appi().required().answer()) {
            case YES -> "YES";
            case NO -> "NO";
            case UNKNOWN -> "PROVISIONAL";
        };
    }

    /**
     * The decisions as facts for the second pass of the rules: per regime whether its report is
     * required, and whether each of its triggers holds (no for a regime that does not apply).
     */
    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        Decision appi = appi();
        for (Decision decision : decisions) {
            facts.add(decision.required().toFact(decision.regime().requiredTopic()));
            decision.cases().forEach((trigger, tri) -> facts.add(decision.applies().and(tri)
                    .toFact(decision.regime().triggerTopic(trigger))));
        }
        if (appi != decisions.get(0)) {
            // The ppc.* facts are the APPI report's: for a public body its Art. 68 decision (the tables
            // key the PPC actions, their deadlines and the notices on them).
            Regimes.Regime ppc = decisions.get(0).regime();
            facts.removeIf(f -> f.getTopic().startsWith(ppc.prefix() + "."));
            facts.add(appi.required().toFact(ppc.requiredTopic()));
            appi.cases().forEach((trigger, tri) -> facts.add(appi.applies().and(tri).toFact(ppc.triggerTopic(trigger))));
            decisions.get(0).cases().keySet().stream().filter(t -> !appi.cases().containsKey(t))
                    .forEach(t -> facts.add(AnswerWithFields.NO.toFact(ppc.triggerTopic(t))));
        }
        return facts;
    }

    /**
     * The APPI decision; {@code draft} is made and attached only when a report is, or may be, required.
     * The cases that hold are the {@code triggers}, those that rest on an unknown answer the
     * {@code possibleTriggers}: a person ticking the PPC form's boxes ticks exactly the first.
     *
     * @param reasons whether to give the reasons ({@code because}); a plan that is only compared has none
     */
    public PpcReport report(Catalogue catalogue, Supplier<List<ReportItem>> draft, boolean reasons) {
        Decision appi = appi();
        Answer required = appi.required().answer();
        boolean none = required == Answer.NO;
        return new PpcReport(required != Answer.NO, required == Answer.UNKNOWN,
                none ? List.of() : triggers(appi, Answer.YES).stream().map(PpcTrigger::valueOf).toList(),
                none ? List.of() : triggers(appi, Answer.UNKNOWN).stream().map(PpcTrigger::valueOf).toList(),
                exemptions, reasons ? because(appi, catalogue) : List.of(), required == Answer.NO ? List.of() : draft.get());
    }

    /**
     * One report per regime that applies, or may apply, to the organisation, in the regimes' order,
     * each with the codes of the plan's actions that serve it (none while no report is required).
     *
     * @param planned the codes of the plan's actions, in plan order
     * @param reasons whether to give the reasons ({@code because}); a plan that is only compared has none
     */
    public List<RegimeReport> reports(Catalogue catalogue, List<String> planned, boolean reasons) {
        List<RegimeReport> reports = new ArrayList<>();
        for (Decision decision : decisions) {
            if (decision.applies().answer() == Answer.NO) {
                continue;
            }
            Answer required = decision.required().answer();
            Set<String> serving = Set.copyOf(decision.regime().actions());
            reports.add(new RegimeReport(decision.regime().code(), authority(decision), required != Answer.NO,
                    required == Answer.UNKNOWN, required == Answer.NO ? List.of() : triggers(decision, Answer.YES),
                    required == Answer.NO ? List.of() : triggers(decision, Answer.UNKNOWN),
                    appiExemptionsApply(decision) ? exemptions.stream().map(Enum::name).toList() : List.of(),
                    reasons ? because(decision, catalogue) : List.of(),
                    required == Answer.NO ? List.of() : planned.stream().filter(serving::contains).toList()));
        }
        return reports;
    }

    /**
     * Whether the APPI's exemptions (strong encryption, recovered unseen, a restorable copy) decide this
     * regime's report: the APPI report itself, and the regimes that count what it counts (My Number).
     */
    private boolean appiExemptionsApply(Decision decision) {
        return decision == appi() || decision.regime().counted().filter(Regimes.Counted::appiExemptions).isPresent();
    }

    private static List<String> triggers(Decision decision, Answer answer) {
        List<String> triggers = new ArrayList<>();
        decision.cases().forEach((trigger, tri) -> {
            if (tri.answer() == answer) {
                triggers.add(trigger);
            }
        });
        return triggers;
    }

    /**
     * The reasons of the table rows that fired: those of the cases that hold (their sure rows), then
     * those of the cases that may hold, marked as resting on an unknown answer; then why the regime
     * only may apply, and the exemptions.
     */
    private List<Text> because(Decision decision, Catalogue catalogue) {
        List<Text> because = new ArrayList<>();
        List<String> order = new ArrayList<>(triggers(decision, Answer.YES));
        order.addAll(triggers(decision, Answer.UNKNOWN));
        for (String trigger : order) {
            boolean sure = decision.cases().get(trigger).answer() == Answer.YES;
            // Each reason once per case; a reason shared by two cases is given under both.
            Set<Text> reasons = new LinkedHashSet<>();
            for (TriggerFinding finding : findings) {
                if (finding.regime().equals(decision.regime().code()) && finding.code().equals(trigger)
                        && finding.match().provisional() != sure) {
                    Text unsure = sure ? null : UnknownFields.unknown(catalogue, finding.match().unknownFields());
                    Text reason = sure ? finding.reason() : Text.of(finding.reason().ja() + "（" + unsure.ja() + "）",
                            finding.reason().en() + " (" + unsure.en() + ")");
                    reasons.add(reason);
                }
            }
            because.addAll(reasons);
        }
        if (decision.applies().answer() == Answer.UNKNOWN && !order.isEmpty()) {
            Text name = decision.regime().name();
            Text unsure = UnknownFields.unknown(catalogue, decision.applies().fields());
            because.add(Text.of(name.ja() + "が適用されるかは組織の情報によります（" + unsure.ja() + "）",
                    "Whether " + name.en() + " applies depends on the organisation (" + unsure.en() + ")"));
        }
        if (appiExemptionsApply(decision)) {
            exemptions.forEach(e -> because.add(catalogue.valueLabel(e.name())));
        }
        return because;
    }
}
