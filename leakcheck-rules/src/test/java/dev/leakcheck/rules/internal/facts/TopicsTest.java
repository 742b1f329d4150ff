package dev.leakcheck.rules.internal.facts;

import dev.leakcheck.rules.internal.duty.ReportDuty;
import dev.leakcheck.rules.internal.workbook.Catalogue;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator's vocabulary must know every topic the engine derives, and no other. */
class TopicsTest {

    @Test
    void the_validator_knows_every_topic_the_engine_derives() {
        Catalogue catalogue = Catalogue.read(RuleSources.bundled().file(Catalogue.FILE));
        List<String> derived = new java.util.ArrayList<>(IncidentFacts.of(Incident.builder("T", IncidentType.INSIDER_LEAK).build(),
                catalogue.fieldFacts(), dev.leakcheck.rules.internal.workbook.Regimes.bundled()).facts().stream().map(Fact::getTopic).toList());
        ReportDuty.decide(dev.leakcheck.rules.internal.workbook.Regimes.bundled(), dev.leakcheck.model.Organisation.UNKNOWN, List.of(), List.of()).facts().forEach(f -> derived.add(f.getTopic()));

        // Every derived topic is known (the regimes' <prefix>.* topics by their pattern), and the validator knows no other.
        assertThat(derived).allSatisfy(topic -> assertThat(catalogue.topics().allowed(topic)).as(topic).isPresent());
        assertThat(derived).containsAll(catalogue.topics().all());
    }
}
