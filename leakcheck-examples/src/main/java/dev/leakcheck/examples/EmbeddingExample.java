package dev.leakcheck.examples;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Channel;
import dev.leakcheck.model.Discovery;
import dev.leakcheck.model.DiscoveryRoute;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.InformationAsset;
import dev.leakcheck.model.PersonalData;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.Protection;
import dev.leakcheck.rules.LeakcheckEngine;
import java.time.ZonedDateTime;

/** What an application writes to get a response plan: describe the incident, ask the engine. */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        // What is known so far; everything not set stays unknown, and the plan asks about it.
        Incident incident = Incident.builder("INC-2026-0042", IncidentType.MISSENT_OR_MISPUBLISHED)
                .channel(Channel.EMAIL)
                .discovery(Discovery.builder()
                        .route(DiscoveryRoute.THIRD_PARTY)
                        .awareAt(ZonedDateTime.parse("2026-12-01T10:00:00+09:00"))
                        .build())
                .asset(InformationAsset.builder()
                        .description("顧客名簿")
                        .personal(PersonalData.builder().included(Answer.YES).persons(1200).build())
                        .protection(Protection.password())
                        .build())
                .build();

        LeakcheckEngine engine = LeakcheckEngine.bundled();   // once; share it between threads
        Plan plan = engine.plan(incident);

        plan.actions().forEach(action -> System.out.println(action.code()
                + action.deadline().map(d -> "  target " + d.target() + ", due " + d.due()).orElse("")));
        plan.questions().forEach(question -> System.out.println("? " + question.field()));
    }
}
