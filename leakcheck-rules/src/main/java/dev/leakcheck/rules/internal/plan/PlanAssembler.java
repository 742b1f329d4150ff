package dev.leakcheck.rules.internal.plan;

import dev.leakcheck.rules.internal.deadline.AdministrativeCalendar;
import dev.leakcheck.rules.internal.workbook.Catalogue;
import dev.leakcheck.rules.internal.deadline.DeadlineCalculator;
import dev.leakcheck.rules.internal.deadline.DeadlineFinding;
import dev.leakcheck.rules.internal.facts.Fact;
import dev.leakcheck.rules.internal.facts.IncidentFields;
import dev.leakcheck.rules.internal.drools.Match;
import dev.leakcheck.rules.internal.duty.ReportDraft;
import dev.leakcheck.rules.internal.duty.ReportDuty;
import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.JapanTime;
import dev.leakcheck.model.Necessity;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.Question;
import dev.leakcheck.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns what the rules found into a plan: one action per code in catalogue order, the proposals of
 * several rows merged, titles from the catalogue, deadlines from the deadline table.
 *
 * <p>This runs for every incident, so it works in plain loops and keeps what does not depend on
 * the incident: the label of a fact ({@code 個人情報: はい}) is made once per engine.
 */
public final class PlanAssembler {

    /** Table, then row; a table's rows share one name instance (Match.TableRow), so most comparisons are cheap. */
    private static final Comparator<Keyed> BY_TABLE_ROW = (a, b) -> {
        int table = a.table() == b.table() ? 0 : a.table().compareTo(b.table());
        return table != 0 ? table : Integer.compare(a.row(), b.row());
    };

    private static final Comparator<Ranked> BY_PHASE_AND_RANK = Comparator
            .comparing((Ranked r) -> r.entry().phase())
            .thenComparingInt(r -> r.entry().rank());

    private final Catalogue catalogue;
    private final DeadlineCalculator deadlines;
    private final ReportDraft reportDraft;
    /** The labels of facts, by topic and values: a few hundred at most, made on first use. */
    private final Map<FactKey, Text> factLabels = new ConcurrentHashMap<>();

    public PlanAssembler(Catalogue catalogue, AdministrativeCalendar calendar) {
        this.catalogue = catalogue;
        this.deadlines = new DeadlineCalculator(calendar);
        this.reportDraft = new ReportDraft(catalogue);
    }

    /** An action with its catalogue entry, for sorting. */
    private record Ranked(Catalogue.ActionEntry entry, PlannedAction action) {
    }

    /** A proposal with the table and row of its rule, for sorting. */
    private record Keyed(String table, int row, Proposal proposal) {
    }

    /** What a fact's label depends on. */
    private record FactKey(String topic, boolean known, Object values) {
    }

    /** How much of a plan is made. */
    public enum Detail {
        /** All of it. */
        FULL,
        /**
         * Only what {@link WhatIf} compares: the actions (code, necessity, provisional mark, deadline) and
         * the reports (required, provisional, cases, exemptions). No reason, no report draft and no question
         * is made, which is most of the work of assembling; every decision is made by the same code as
         * {@link #FULL}'s.
         */
        DECISIONS
    }

    /**
     * The plan.
     *
     * @param now when the plan is made: the deadlines already past are flagged overdue
     */
    public Plan assemble(Incident incident, Findings findings, ReportDuty duty, java.time.Instant now) {
        return assemble(incident, findings, duty, now, Detail.FULL);
    }

    /**
     * The plan, all of it or only its decisions.
     *
     * @param now    when the plan is made: the deadlines already past are flagged overdue
     * @param detail {@link Detail#DECISIONS} for a plan that is only compared, never shown
     */
    public Plan assemble(Incident incident, Findings findings, ReportDuty duty, java.time.Instant now, Detail detail) {
        boolean full = detail == Detail.FULL;
        Optional<LocalDate> aware = incident.discovery().awareAt()
                .map(t -> t.withZoneSameInstant(JapanTime.ZONE).toLocalDate());
        // The legal clocks run from when the reportable situation became known (awareness, unless later).
        Optional<LocalDate> reportable = incident.discovery().legalClockStart()
                .map(t -> t.withZoneSameInstant(JapanTime.ZONE).toLocalDate());
        DeadlineCalculator.Clocks clocks = new DeadlineCalculator.Clocks(aware, reportable,
                reportable.isPresent() && !reportable.equals(aware), incident.discovery().awareAt(),
                incident.discovery().legalClockStart(), now);
        List<Text> warnings = new ArrayList<>();
        Map<String, List<Proposal>> byCode = byCode(findings.proposals());
        List<Ranked> ranked = new ArrayList<>(byCode.size());
        for (Map.Entry<String, List<Proposal>> code : byCode.entrySet()) {
            Catalogue.ActionEntry entry = entry(code.getKey());
            ranked.add(new Ranked(entry, action(entry, code.getValue(), clocks, findings.deadlines(), warnings, duty,
                    full)));
        }
        ranked.sort(BY_PHASE_AND_RANK);
        List<PlannedAction> actions = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            actions.add(r.action());
        }
        List<String> planned = new ArrayList<>(actions.size());
        for (PlannedAction action : actions) {
            planned.add(action.code());
        }
        if (!full) {
            return new Plan(incident.id(), incident.type(), aware, duty.report(catalogue, List::of, false), actions,
                    List.of(), List.of(), duty.reports(catalogue, planned, false));
        }
        IncidentFields fields = IncidentFields.of(incident);
        List<Question> questions = QuestionList.open(incident.type(), fields, catalogue.questions(), duty.required());
        return new Plan(incident.id(), incident.type(), aware,
                duty.report(catalogue, () -> reportDraft.draft(fields, questions), true), actions, questions,
                distinct(warnings), duty.reports(catalogue, planned, true));
    }

    /**
     * The proposals by action code, each code's in table and row order, the codes in the order of
     * their first proposal in that order.
     */
    private static Map<String, List<Proposal>> byCode(List<Proposal> proposals) {
        List<Keyed> sorted = new ArrayList<>(proposals.size());
        for (Proposal proposal : proposals) {
            Match.TableRow where = proposal.match().tableRow();
            sorted.add(new Keyed(where.table(), where.row(), proposal));
        }
        sorted.sort(BY_TABLE_ROW);
        Map<String, List<Proposal>> byCode = new LinkedHashMap<>(Math.max(16, sorted.size() * 2));
        for (Keyed keyed : sorted) {
            byCode.computeIfAbsent(keyed.proposal().code(), code -> new ArrayList<>(2)).add(keyed.proposal());
        }
        return byCode;
    }

    private PlannedAction action(Catalogue.ActionEntry entry, List<Proposal> proposals,
            DeadlineCalculator.Clocks clocks, List<DeadlineFinding> deadlineRules, List<Text> warnings, ReportDuty duty,
            boolean full) {
        // A row that applies for sure outweighs rows that only may apply: its reasons are the ones to give.
        List<Proposal> sure = new ArrayList<>(proposals.size());
        for (Proposal proposal : proposals) {
            if (!proposal.provisional()) {
                sure.add(proposal);
            }
        }
        List<Proposal> reasons = sure.isEmpty() ? proposals : sure;
        Necessity necessity = Necessity.AS_NEEDED;
        for (Proposal reason : reasons) {
            if (reason.necessity() == Necessity.REQUIRED) {
                necessity = Necessity.REQUIRED;
                break;
            }
        }
        Optional<Deadline> deadline = Optional.empty();
        Optional<DeadlineCalculator.Result> result = deadlines.deadline(entry.code(), clocks, deadlineRules);
        if (result.isPresent()) {
            result.get().warning().ifPresent(warnings::add);
            deadline = Optional.of(result.get().deadline());
        }
        Text title = entry.title();
        for (Proposal reason : reasons) {
            if (reason.title() != null) {
                title = reason.title();
                break;
            }
        }
        return new PlannedAction(entry.code(), entry.phase(), necessity, sure.isEmpty(), title,
                duty.recipient(entry.code(), entry.recipient()), deadline, full ? because(reasons) : List.of(),
                reasons.get(0).source());
    }

    /** The facts each reason rests on (the type aside) and its note, each text once, in order. */
    private List<Text> because(List<Proposal> proposals) {
        List<Text> because = new ArrayList<>();
        for (Proposal proposal : proposals) {
            List<Fact> facts = proposal.match().facts();
            for (int i = 0; i < facts.size(); i++) {
                Fact fact = facts.get(i);
                if (!fact.getTopic().equals("type")) {
                    addOnce(because, describe(fact));
                }
            }
            Text note = proposal.note();
            if (note != null) {
                addOnce(because, note);
            }
        }
        return because;
    }

    private static void addOnce(List<Text> texts, Text text) {
        if (!texts.contains(text)) {
            texts.add(text);
        }
    }

    private static List<Text> distinct(List<Text> texts) {
        List<Text> distinct = new ArrayList<>(texts.size());
        texts.forEach(text -> addOnce(distinct, text));
        return distinct;
    }

    /** 「個人情報: はい」, 「経路: メール」, 「個人情報: 不明（未確認: 個人情報が含まれるか assets[0].personal.included）」. */
    private Text describe(Fact fact) {
        FactKey key = new FactKey(fact.getTopic(), fact.isKnown(),
                fact.isKnown() ? fact.getValues() : fact.getUnknownFields());
        Text label = factLabels.get(key);
        if (label == null) {
            label = factLabels.computeIfAbsent(key, k -> label(fact));
        }
        return label;
    }

    private Text label(Fact fact) {
        Text label = catalogue.topicLabel(fact.getTopic());
        List<Text> values = fact.isKnown()
                ? fact.getValues().stream().sorted().map(catalogue::valueLabel).toList()
                : List.of(UnknownFields.unknown(catalogue, fact.getUnknownFields()));
        return Text.of(label.ja() + ": " + String.join("、", values.stream().map(Text::ja).toList()),
                label.en() + ": " + String.join(", ", values.stream().map(Text::en).toList()));
    }

    private Catalogue.ActionEntry entry(String code) {
        return catalogue.action(code).orElseThrow(() -> new IllegalStateException("action code not in catalogue: " + code));
    }
}
