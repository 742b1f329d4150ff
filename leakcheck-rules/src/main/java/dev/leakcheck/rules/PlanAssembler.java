package dev.leakcheck.rules;

import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Necessity;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.Question;
import dev.leakcheck.model.Text;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what the rules found into a plan: one action per code in catalogue order, the proposals of
 * several rows merged, titles from the catalogue, deadlines from the deadline table.
 */
final class PlanAssembler {

    /** The legal clock runs on the calendar of Tokyo, whatever zone the awareness time was given in. */
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static final Comparator<Proposal> BY_TABLE_ROW = Comparator
            .comparing((Proposal p) -> table(p.match().rule()))
            .thenComparingInt(p -> row(p.match().rule()));

    private final Catalogue catalogue;
    private final DeadlineCalculator deadlines;
    private final ReportDraft reportDraft;

    PlanAssembler(Catalogue catalogue, AdministrativeCalendar calendar) {
        this.catalogue = catalogue;
        this.deadlines = new DeadlineCalculator(calendar);
        this.reportDraft = new ReportDraft(catalogue);
    }

    Plan assemble(Incident incident, Findings findings, ReportDuty duty) {
        Optional<LocalDate> aware = incident.discovery().awareAt()
                .map(t -> t.withZoneSameInstant(TOKYO).toLocalDate());
        List<Text> warnings = new ArrayList<>();
        List<PlannedAction> actions = new ArrayList<>();
        byCode(findings.proposals()).forEach((code, proposals) ->
                actions.add(action(code, proposals, aware, findings.deadlines(), warnings)));
        actions.sort(Comparator.comparing(PlannedAction::phase)
                .thenComparingInt(a -> entry(a.code()).rank()));
        List<Question> questions = QuestionList.open(incident, catalogue.questions());
        return new Plan(incident.id(), incident.type(), aware,
                duty.report(catalogue, reportDraft.draft(incident, questions)), actions, questions,
                warnings.stream().distinct().toList());
    }

    private static Map<String, List<Proposal>> byCode(List<Proposal> proposals) {
        return proposals.stream().sorted(BY_TABLE_ROW)
                .collect(Collectors.groupingBy(Proposal::code, LinkedHashMap::new, Collectors.toList()));
    }

    private PlannedAction action(String code, List<Proposal> proposals, Optional<LocalDate> aware,
            List<DeadlineRule> deadlineRules, List<Text> warnings) {
        Catalogue.ActionEntry entry = entry(code);
        // A row that applies for sure outweighs rows that only may apply: its reasons are the ones to give.
        List<Proposal> sure = proposals.stream().filter(p -> !p.provisional()).toList();
        List<Proposal> reasons = sure.isEmpty() ? proposals : sure;
        Necessity necessity = reasons.stream().anyMatch(p -> p.necessity() == Necessity.REQUIRED)
                ? Necessity.REQUIRED : Necessity.AS_NEEDED;
        Optional<Deadline> deadline = aware.flatMap(date -> deadlines.deadline(code, date, deadlineRules))
                .map(result -> {
                    result.warning().ifPresent(warnings::add);
                    return result.deadline();
                });
        return new PlannedAction(code, entry.phase(), necessity, sure.isEmpty(), entry.title(), entry.recipient(),
                deadline, because(reasons), reasons.get(0).source());
    }

    private List<Text> because(List<Proposal> proposals) {
        List<Text> because = new ArrayList<>();
        for (Proposal proposal : proposals) {
            proposal.match().facts().stream()
                    .filter(fact -> !fact.getTopic().equals("type"))
                    .map(this::describe)
                    .forEach(because::add);
            because.add(proposal.note());
        }
        return because.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** 「個人情報: はい」, 「経路: メール」, 「個人情報: 不明」. */
    private Text describe(Fact fact) {
        Text label = catalogue.topicLabel(fact.getTopic());
        List<Text> values = fact.isKnown()
                ? fact.getValues().stream().sorted().map(catalogue::valueLabel).toList()
                : List.of(catalogue.valueLabel("UNKNOWN"));
        return Text.of(label.ja() + ": " + values.stream().map(Text::ja).collect(Collectors.joining("、")),
                label.en() + ": " + values.stream().map(Text::en).collect(Collectors.joining(", ")));
    }

    private Catalogue.ActionEntry entry(String code) {
        return catalogue.action(code).orElseThrow(() -> new IllegalStateException("action code not in catalogue: " + code));
    }

    private static String table(String rule) {
        int underscore = rule.lastIndexOf('_');
        return underscore < 0 ? rule : rule.substring(0, underscore);
    }

    private static int row(String rule) {
        int underscore = rule.lastIndexOf('_');
        try {
            return underscore < 0 ? 0 : Integer.parseInt(rule.substring(underscore + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
