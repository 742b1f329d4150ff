package dev.leakcheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checklist starts with every question open: the model must keep "unknown" apart from "no". */
class UnknownIsNotFalseTest {

    @Test
    void an_absent_boolean_is_unknown_and_false_is_no() {
        assertThat(Answer.of(null)).isEqualTo(Answer.UNKNOWN);
        assertThat(Answer.of(false)).isEqualTo(Answer.NO);
        assertThat(Answer.of(true)).isEqualTo(Answer.YES);
        assertThat(Answer.UNKNOWN.isKnown()).isFalse();
        assertThat(Answer.UNKNOWN.toBoolean()).isNull();
        assertThat(Answer.NO.toBoolean()).isFalse();
    }

    @Test
    void an_incident_with_only_id_and_type_knows_nothing_else() {
        Incident incident = Incident.builder("INC-1", IncidentType.MISSENT_OR_MISPUBLISHED).build();

        assertThat(incident.channel()).isEmpty();
        assertThat(incident.cause()).isEmpty();
        assertThat(incident.socialImpactHigh()).isEqualTo(Answer.UNKNOWN);
        assertThat(incident.discovery().route()).isEmpty();
        assertThat(incident.discovery().awareAt()).isEmpty();
        assertThat(incident.assets()).isEmpty();
    }

    @Test
    void an_asset_built_without_answers_leaves_every_question_open() {
        InformationAsset asset = InformationAsset.builder().build();

        assertThat(asset.owner()).isEmpty();
        assertThat(asset.personal().included()).isEqualTo(Answer.UNKNOWN);
        assertThat(asset.personal().persons()).isEmpty();
        assertThat(asset.personal().sensitive()).isEqualTo(Answer.UNKNOWN);
        assertThat(asset.financial()).isEqualTo(Answer.UNKNOWN);
        assertThat(asset.confidential()).isEqualTo(Answer.UNKNOWN);
        assertThat(asset.forms()).isEmpty();
        assertThat(asset.protection().level()).isEmpty();
        assertThat(asset.protection().keyCompromised()).isEqualTo(Answer.UNKNOWN);
        assertThat(asset.recoveredUnseen()).isEqualTo(Answer.UNKNOWN);
        assertThat(asset.restorableCopy()).isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void the_legal_clocks_start_when_the_reportable_situation_became_known() {
        ZonedDateTime aware = ZonedDateTime.parse("2026-06-01T10:00:00+09:00");
        Discovery first = Discovery.builder().awareAt(aware).build();
        Discovery later = Discovery.builder().awareAt(aware).reportableAwareAt(aware.plusDays(7)).build();

        assertThat(Discovery.unknown().legalClockStart()).isEmpty();
        assertThat(first.reportableAwareAt()).isEmpty();
        assertThat(first.legalClockStart()).contains(aware);
        assertThat(later.legalClockStart()).contains(aware.plusDays(7));
        assertThatThrownBy(() -> Discovery.builder().awareAt(aware).reportableAwareAt(aware.minusMinutes(1)).build())
                .hasMessageStartingWith("reportableAwareAt:");
    }

    @Test
    void a_case_either_holds_or_only_may_hold() {
        List<PpcTrigger> sensitive = List.of(PpcTrigger.SENSITIVE_DATA);
        assertThatThrownBy(() -> new PpcReport(true, false, sensitive, sensitive, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PpcReport(true, true, sensitive, List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PpcReport(false, false, List.of(), sensitive, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PpcReport(true, true, List.of(), sensitive, List.of(), List.of()).possibleTriggers())
                .containsExactly(PpcTrigger.SENSITIVE_DATA);
    }

    @Test
    void zero_persons_is_an_answer_and_not_the_same_as_unknown() {
        PersonalData none = PersonalData.builder().included(Answer.YES).persons(0).build();
        PersonalData unknown = PersonalData.builder().included(Answer.YES).build();

        assertThat(none.persons()).hasValue(0);
        assertThat(unknown.persons()).isEmpty();
    }

    @Test
    void a_negative_number_of_persons_is_refused() {
        assertThatThrownBy(() -> PersonalData.builder().persons(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("persons");
    }

    @Test
    void a_block_of_another_type_is_refused_and_named() {
        assertThatThrownBy(() -> Incident.builder("INC-2", IncidentType.LOST_OR_STOLEN)
                .insider(InsiderCase.unknown()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("insider:");
        assertThatThrownBy(() -> Incident.builder("INC-3", IncidentType.EXTERNAL_ATTACK)
                .channel(Channel.EMAIL).build())
                .hasMessageStartingWith("channel:");
    }

    @Test
    void occurrence_after_awareness_is_refused() {
        ZonedDateTime aware = ZonedDateTime.parse("2026-12-01T10:00:00+09:00");
        assertThatThrownBy(() -> Incident.builder("INC-4", IncidentType.MISSENT_OR_MISPUBLISHED)
                .occurredAt(aware.plusMinutes(1))
                .discovery(Discovery.builder().awareAt(aware).build()).build())
                .hasMessageStartingWith("occurredAt:");
    }

    @Test
    void a_blank_id_is_refused() {
        assertThatThrownBy(() -> Incident.builder(" ", IncidentType.INSIDER_LEAK).build())
                .hasMessageStartingWith("id:");
    }

    @Test
    void the_model_is_immutable() {
        List<InformationForm> forms = new java.util.ArrayList<>(List.of(InformationForm.ATTACHMENT));
        InformationAsset asset = InformationAsset.builder().forms(forms).build();
        forms.add(InformationForm.LINK);

        assertThat(asset.forms()).hasValue(List.of(InformationForm.ATTACHMENT));
    }

    @Test
    void a_deadline_never_ends_before_its_target() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThatThrownBy(() -> new Deadline(day, day.minusDays(1), Text.of("", "")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void english_falls_back_to_japanese_where_a_row_has_no_translation() {
        assertThat(Text.of("警察に届け出る", "").in(Language.EN)).isEqualTo("警察に届け出る");
        assertThat(Text.of("警察に届け出る", "Report to the police").in(Language.EN)).isEqualTo("Report to the police");
        assertThat(Language.parse("EN")).isEqualTo(Language.EN);
    }
}
