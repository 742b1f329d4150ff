package dev.leakcheck.rules;

import static dev.leakcheck.rules.Incidents.harmlessAsset;
import static dev.leakcheck.rules.Incidents.misdeliveryOf;
import static dev.leakcheck.rules.Incidents.persons;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Organisation;
import dev.leakcheck.model.OrganisationKind;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.Question;
import dev.leakcheck.model.Sector;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The organisation's profile, set once for an engine, answers its questions: a plan never asks what the
 * profile says, and an incident's own answer still wins over it.
 */
@DisplayName("組織の情報は一度だけ: エンジンに設定した項目は質問されない")
class OrganisationProfileTest {

    private final Incident email = misdeliveryOf(harmlessAsset().personal(persons(40)).build());

    @Test
    void what_the_profile_answers_is_not_asked() {
        Plan unknown = SharedEngine.get().plan(email);
        Plan bank = SharedEngine.get().withOrganisation(Organisation.of(OrganisationKind.BUSINESS)
                .withSectors(Set.of(Sector.FINANCE))).plan(email);

        assertThat(unknown.questions()).extracting(Question::field).contains("organisation.sectors");
        assertThat(bank.questions()).extracting(Question::field).doesNotContain("organisation.sectors");
        assertThat(bank.report("FINANCE_SECTOR").orElseThrow().provisional()).isFalse();
    }

    @Test
    void the_incident_s_own_answer_wins_over_the_profile() {
        Plan none = SharedEngine.get().withOrganisation(Organisation.of(OrganisationKind.BUSINESS)
                .withSectors(Set.of(Sector.FINANCE))).plan(email.withOrganisation(Organisation.UNKNOWN.withSectors(Set.of())));

        assertThat(none.report("FINANCE_SECTOR")).isEmpty();
        assertThat(none.questions()).extracting(Question::field).doesNotContain("organisation.sectors");
    }
}
