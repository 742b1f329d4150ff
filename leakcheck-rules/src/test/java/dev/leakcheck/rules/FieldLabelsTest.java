package dev.leakcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.field.IncidentField;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every input field has its name, in Japanese and English, in the catalogue's sheet 項目名: the
 * plans' reasons, the interview, the report and the server's pages name a field by it, never by its path.
 */
@DisplayName("入力項目にはすべて 項目名 がある")
class FieldLabelsTest {

    @Test
    void every_field_of_the_registry_has_a_name_in_both_languages() {
        Labels labels = Labels.bundled();
        assertThat(Arrays.stream(IncidentField.values()).map(IncidentField::template))
                .allSatisfy(template -> assertThat(labels.field(template)).as(template).isPresent()
                        .get().satisfies(t -> {
                            assertThat(t.ja()).isNotBlank().isNotEqualTo(template);
                            assertThat(t.en()).isNotBlank().isNotEqualTo(template);
                        }));
    }
}
