package dev.leakcheck.rules.internal.duty;

import dev.leakcheck.rules.internal.deadline.AdministrativeCalendar;
import dev.leakcheck.rules.internal.drools.Engine;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import dev.leakcheck.rules.SharedEngine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Discovery;
import dev.leakcheck.model.DiscoveryRoute;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.InformationAsset;
import dev.leakcheck.model.PersonalData;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.ProtectionLevel;
import dev.leakcheck.model.Protection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Properties of the report duty that must hold for every incident, not just the worked examples:
 * more persons or one more trigger never takes the report away, and deadlines are well formed.
 *
 * <p>The plans are the engine's evaluation, assembled, without the what-if that drops the questions
 * whose answer changes nothing ({@code WhatIf}): it never touches the report, the actions or their
 * deadlines, which are what these properties check, and it would make each plan up to thirteen
 * evaluations. {@code PlanProperties} checks whole plans.
 */
class ReportDutyProperties {

    private static Engine engine;
    private static AdministrativeCalendar calendar;

    @BeforeContainer
    static void buildEngineOnce() {
        engine = SharedEngine.core();
        calendar = AdministrativeCalendar.read(RuleSources.bundled().file(AdministrativeCalendar.FILE));
    }

    private static Plan plan(Incident incident) {
        return engine.assemble(incident, engine.evaluate(incident));
    }

    @Property(tries = 200)
    void more_persons_never_remove_the_report(@ForAll("incidents") Incident incident,
            @ForAll("assetIndex") int which, @ForAll("extraPersons") int extra) {
        Plan before = plan(incident);
        Plan after = plan(withAsset(incident, which, a -> withPersons(a, extra)));

        assertThat(required(after)).isGreaterThanOrEqualTo(required(before));
    }

    @Property(tries = 200)
    void a_trigger_fact_turned_on_never_removes_the_report(@ForAll("incidents") Incident incident,
            @ForAll("assetIndex") int which, @ForAll("triggerFacts") String fact) {
        Plan before = plan(incident);
        Plan after = plan(withAsset(incident, which, a -> withYes(a, fact)));

        assertThat(required(after)).isGreaterThanOrEqualTo(required(before));
    }

    @Property(tries = 300)
    void deadlines_are_well_formed(@ForAll("incidents") Incident incident) {
        Plan plan = plan(incident);

        plan.actions().forEach(action -> action.deadline().ifPresent(deadline -> {
            assertThat(deadline.due()).isAfterOrEqualTo(deadline.target());
            assertThat(deadline.target()).isAfterOrEqualTo(plan.awareDate().orElseThrow());
        }));
        plan.action("PPC_FINAL_REPORT").flatMap(a -> a.deadline()).map(Deadline::due).ifPresent(due -> {
            if (calendar.covers(due)) {
                assertThat(calendar.isClosed(due)).as("final report due on an administrative holiday: " + due).isFalse();
            }
        });
    }

    /**
     * The final report (Rule 8(2)) counts the day of knowing as day 1 (PPC guideline, general rules,
     * 3-5-3-4): day n is the awareness date + (n - 1); it is the due date unless it is an administrative
     * holiday, then the next open day (note *2, Act on Holidays of Administrative Organs Art. 2). Never a
     * day later than that, and the target is day n itself.
     */
    @Property(tries = 400)
    void the_final_report_is_due_on_day_n_or_the_next_open_day(@ForAll("coveredDates") LocalDate aware,
            @ForAll boolean malicious) {
        Plan plan = plan(reportable(aware.atTime(9, 30).atZone(ZoneId.of("Asia/Tokyo")), null, malicious));
        int n = malicious ? 60 : 30;
        LocalDate dayN = aware.plusDays(n - 1);

        Deadline deadline = plan.action("PPC_FINAL_REPORT").flatMap(a -> a.deadline()).orElseThrow();
        assertThat(deadline.target()).isEqualTo(dayN);
        assertThat(deadline.due()).isEqualTo(calendar.openOnOrAfter(dayN));
        if (!calendar.isClosed(dayN)) {
            assertThat(deadline.due()).as("day " + n + " is open: due that day, not the day after").isEqualTo(dayN);
        }
        assertThat(calendar.isClosed(deadline.due())).isFalse();
    }

    /**
     * The legal clocks run from when the reportable situation became known; the first response runs
     * from awareness.
     */
    @Property(tries = 200)
    void the_legal_clocks_move_with_the_reportable_date(@ForAll("coveredDates") LocalDate aware,
            @ForAll("laterDays") int later) {
        ZonedDateTime awareAt = aware.atTime(9, 30).atZone(ZoneId.of("Asia/Tokyo"));
        Plan plan = plan(reportable(awareAt, awareAt.plusDays(later), false));
        LocalDate known = aware.plusDays(later);

        Deadline preliminary = plan.action("PPC_PRELIMINARY_REPORT").flatMap(a -> a.deadline()).orElseThrow();
        Deadline finalReport = plan.action("PPC_FINAL_REPORT").flatMap(a -> a.deadline()).orElseThrow();
        Deadline deletion = plan.action("REQUEST_RECIPIENT_DELETION").flatMap(a -> a.deadline()).orElseThrow();
        assertThat(preliminary.target()).isEqualTo(known.plusDays(3));
        assertThat(preliminary.due()).isEqualTo(known.plusDays(5));
        assertThat(finalReport.target()).isEqualTo(known.plusDays(29));
        assertThat(deletion.due()).isEqualTo(aware);
        assertThat(plan.awareDate()).hasValue(aware);
    }

    /** A reportable misdelivery (1,200 persons) or, with {@code malicious}, an unauthorised access. */
    private static Incident reportable(ZonedDateTime awareAt, ZonedDateTime reportableAt, boolean malicious) {
        Discovery discovery = Discovery.builder().route(DiscoveryRoute.SELF_REPORT).awareAt(awareAt)
                .reportableAwareAt(reportableAt).build();
        InformationAsset asset = InformationAsset.builder().personal(PersonalData.builder().included(Answer.YES)
                .persons(1200).sensitive(Answer.NO).financialDamageRisk(Answer.NO).maliciousIntent(Answer.NO).build())
                .financial(Answer.NO).protection(Protection.none()).build();
        if (malicious) {
            return Incident.builder("INC-F", IncidentType.EXTERNAL_ATTACK).discovery(discovery).asset(asset).build();
        }
        return Incident.builder("INC-F", IncidentType.MISSENT_OR_MISPUBLISHED).channel(dev.leakcheck.model.Channel.EMAIL)
                .discovery(discovery).asset(asset).build();
    }

    @Provide
    Arbitrary<LocalDate> coveredDates() {
        // Every day from 2016 to the autumn of 2027: the due dates stay inside the holiday table.
        return Arbitraries.integers().between(0, 365 * 11 + 250).map(days -> LocalDate.of(2016, 1, 1).plusDays(days));
    }

    @Provide
    Arbitrary<Integer> laterDays() {
        return Arbitraries.integers().between(0, 20);
    }

    /** 0 no report, 1 provisional, 2 required for sure. */
    private static int required(Plan plan) {
        if (!plan.ppcReport().required()) {
            return 0;
        }
        return plan.ppcReport().provisional() ? 1 : 2;
    }

    @Provide
    Arbitrary<Incident> incidents() {
        Arbitrary<IncidentType> type = Arbitraries.of(IncidentType.class);
        Arbitrary<List<InformationAsset>> assets = asset().list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<ZonedDateTime> aware = Arbitraries.integers().between(0, 365 * 2)
                .map(days -> LocalDate.of(2026, 1, 1).plusDays(days).atTime(10, 0).atZone(ZoneId.of("Asia/Tokyo")));
        return Combinators.combine(type, assets, aware).as((t, a, when) -> {
            Incident.Builder builder = Incident.builder("INC-P", t)
                    .discovery(Discovery.builder().route(DiscoveryRoute.SELF_REPORT).awareAt(when).build());
            a.forEach(builder::asset);
            return builder.build();
        });
    }

    private Arbitrary<InformationAsset> asset() {
        Arbitrary<Answer> answer = Arbitraries.of(Answer.class);
        Arbitrary<Integer> persons = Arbitraries.integers().between(0, 3000).injectNull(0.2);
        Arbitrary<PersonalData> personal = Combinators.combine(answer, persons, answer, answer, answer)
                .as((included, count, sensitive, damage, malice) -> PersonalData.builder().included(included)
                        .persons(count).sensitive(sensitive).financialDamageRisk(damage).maliciousIntent(malice)
                        .build());
        Arbitrary<Protection> protection = Arbitraries.of(ProtectionLevel.class).injectNull(0.2)
                .flatMap(level -> answer.map(key -> level == null ? Protection.unknown()
                        : level == ProtectionLevel.ENCRYPTED ? Protection.encrypted(key)
                        : level == ProtectionLevel.PASSWORD ? Protection.password() : Protection.none()));
        return Combinators.combine(personal, answer, protection)
                .as((p, financial, prot) -> InformationAsset.builder().personal(p).financial(financial)
                        .protection(prot).build());
    }

    @Provide
    Arbitrary<Integer> assetIndex() {
        return Arbitraries.integers().between(0, 2);
    }

    @Provide
    Arbitrary<Integer> extraPersons() {
        return Arbitraries.integers().between(1, 2000);
    }

    @Provide
    Arbitrary<String> triggerFacts() {
        return Arbitraries.of("sensitive", "financialDamageRisk", "maliciousIntent", "financial");
    }

    private static Incident withAsset(Incident incident, int which, java.util.function.UnaryOperator<InformationAsset> change) {
        List<InformationAsset> assets = new ArrayList<>(incident.assets());
        int i = which % assets.size();
        assets.set(i, change.apply(assets.get(i)));
        return new Incident(incident.id(), incident.type(), incident.channel(), incident.occurredAt(), incident.cause(),
                incident.socialImpactHigh(), incident.discovery(), assets, incident.lost(), incident.attack(),
                incident.insider());
    }

    private static InformationAsset withPersons(InformationAsset a, int extra) {
        PersonalData p = a.personal();
        PersonalData more = new PersonalData(p.included(),
                p.persons().isPresent() ? java.util.OptionalInt.of(p.persons().getAsInt() + extra) : p.persons(),
                p.sensitive(), p.financialDamageRisk(), p.maliciousIntent());
        return new InformationAsset(a.description(), a.owner(), more, a.financial(), a.publicInfrastructure(),
                a.businessPartner(), a.confidential(), a.forms(), a.protection());
    }

    private static InformationAsset withYes(InformationAsset a, String fact) {
        PersonalData p = a.personal();
        PersonalData personal = new PersonalData(p.included(), p.persons(),
                fact.equals("sensitive") ? Answer.YES : p.sensitive(),
                fact.equals("financialDamageRisk") ? Answer.YES : p.financialDamageRisk(),
                fact.equals("maliciousIntent") ? Answer.YES : p.maliciousIntent());
        Answer financial = fact.equals("financial") ? Answer.YES : a.financial();
        return new InformationAsset(a.description(), a.owner(), personal, financial, a.publicInfrastructure(),
                a.businessPartner(), a.confidential(), a.forms(), a.protection());
    }
}
