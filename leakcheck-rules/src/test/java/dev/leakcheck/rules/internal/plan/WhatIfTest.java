package dev.leakcheck.rules.internal.plan;

import dev.leakcheck.rules.LeakcheckEngine;
import dev.leakcheck.rules.SharedEngine;
import dev.leakcheck.rules.internal.drools.Engine;
import dev.leakcheck.rules.internal.drools.Precompiled;
import dev.leakcheck.rules.internal.workbook.RuleSources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Device;
import dev.leakcheck.model.Discovery;
import dev.leakcheck.model.DiscoveryRoute;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.InformationAsset;
import dev.leakcheck.model.Loss;
import dev.leakcheck.model.PersonalData;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.Protection;
import dev.leakcheck.model.Question;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("計画を変える答えがある質問だけを聞く / only questions whose answer can change the plan (B11)")
class WhatIfTest {

    private static final LeakcheckEngine engine = SharedEngine.get();
    private static final Engine core = Engine.build(RuleSources.bundled(), Precompiled.of(RuleSources.bundled()));

    private static Incident loss(Answer stolen, int assets) {
        Incident.Builder incident = Incident.builder("INC-W", IncidentType.LOST_OR_STOLEN)
                .socialImpactHigh(Answer.NO)
                .discovery(Discovery.builder().route(DiscoveryRoute.SELF_REPORT)
                        .awareAt(ZonedDateTime.parse("2026-12-01T10:00:00+09:00")).build())
                .lost(Loss.builder().stolen(stolen).device(Device.PC).build());
        for (int i = 0; i < assets; i++) {
            incident.asset(InformationAsset.builder()
                    .personal(PersonalData.builder().included(Answer.YES).persons(300).build())
                    .financial(Answer.NO).protection(Protection.password()).build());
        }
        return incident.build();
    }

    private static List<String> fields(Plan plan) {
        return plan.questions().stream().map(Question::field).toList();
    }

    @Test
    @DisplayName("盗難なら第3号は決まっている: 不正目的は聞かない。紛失なら聞く")
    void a_theft_settles_the_improper_purpose_a_loss_does_not() {
        assertThat(fields(engine.plan(loss(Answer.YES, 1))))
                .contains("assets[0].personal.sensitive", "assets[0].personal.financialDamageRisk")
                .doesNotContain("assets[0].personal.maliciousIntent");
        assertThat(fields(engine.plan(loss(Answer.NO, 1)))).contains("assets[0].personal.maliciousIntent");
    }

    @Test
    @DisplayName("計画し直すのは1件の計画で最大12回。それを超えた質問は聞く")
    void the_what_if_stays_within_its_budget() {
        Incident incident = loss(Answer.YES, 10);
        Plan plain = core.assemble(incident, core.evaluate(incident));
        AtomicInteger replans = new AtomicInteger();
        Plan plan = WhatIf.relevant(plain, incident, core.catalogue().onlyIfDeciding(), i -> {
            replans.incrementAndGet();
            return core.assemble(i, core.evaluate(i));
        });

        assertThat(replans.get()).isBetween(WhatIf.MAX_REPLANS - 1, WhatIf.MAX_REPLANS);
        // The sheet's order: sensitive of every asset (each kept at "yes"), then financial damage risk;
        // the budget is spent before improper purpose, which is then asked, as before.
        assertThat(fields(plan)).contains("assets[0].personal.maliciousIntent", "assets[9].personal.maliciousIntent",
                "assets[9].personal.sensitive");
    }
}
