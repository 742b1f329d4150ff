package dev.leakcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.PpcExemption;
import dev.leakcheck.model.PpcTrigger;
import dev.leakcheck.model.Text;
import dev.leakcheck.model.field.IncidentField;
import dev.leakcheck.rules.Labels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The interview and the report show the catalogue's labels: the bundled catalogue must have them all. */
class LabelsShownTest {

    private final Labels labels = Labels.bundled();

    @Test
    void every_value_the_interview_offers_or_the_report_shows_has_a_label_in_both_languages() {
        List<Enum<?>> shown = new ArrayList<>();
        shown.addAll(Arrays.asList(IncidentType.values()));
        shown.addAll(Arrays.asList(PpcTrigger.values()));
        shown.addAll(Arrays.asList(PpcExemption.values()));
        shown.add(Answer.YES);
        shown.add(Answer.NO);
        for (IncidentField field : IncidentField.values()) {
            shown.addAll(field.choices());
        }

        for (Enum<?> value : shown) {
            assertThat(labels.hasValue(value.name())).as(value.name()).isTrue();
            Text label = labels.value(value);
            assertThat(label.ja()).as(value.name()).isNotBlank();
            assertThat(label.en()).as(value.name()).isNotBlank();
        }
    }

    @Test
    void the_section_names_of_the_checklist_label_the_types() {
        assertThat(labels.value(IncidentType.MISSENT_OR_MISPUBLISHED).ja()).isEqualTo("メール誤送信・web誤公開");
        assertThat(labels.value(IncidentType.LOST_OR_STOLEN).ja()).isEqualTo("紛失・盗難");
        assertThat(labels.value(IncidentType.EXTERNAL_ATTACK).ja()).isEqualTo("外部攻撃");
        assertThat(labels.value(IncidentType.INSIDER_LEAK).ja()).isEqualTo("内部犯行");
    }

    @Test
    void a_field_of_any_asset_has_the_label_of_its_template() {
        assertThat(labels.field("assets[3].personal.persons")).get().extracting(Text::ja).isEqualTo("本人の数");
        assertThat(labels.field("discovery.awareAt")).isPresent();
        assertThat(labels.field("no.such.field")).isEmpty();
    }

    @Test
    void a_code_without_a_label_is_shown_as_itself() {
        Labels none = new Labels(Map.of(), Map.of());

        assertThat(none.value("EMAIL")).isEqualTo(Text.of("EMAIL", "EMAIL"));
    }
}
