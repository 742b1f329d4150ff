package dev.leakcheck.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leakcheck.json.BadIncidents.Case;
import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Channel;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.InformationAsset;
import dev.leakcheck.model.InformationForm;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Owner;
import dev.leakcheck.model.ProtectionLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentJsonReadTest {

    static final Path SAMPLES = Path.of("../leakcheck-cli/samples");

    @ParameterizedTest
    @ValueSource(strings = {"email-misdelivery.json", "lost-laptop-on-train.json", "ransomware-attack.json",
        "insider-sold-customer-list.json"})
    void every_sample_is_a_valid_incident(String sample) {
        Incident incident = IncidentJson.read(SAMPLES.resolve(sample));

        assertThat(incident.id()).startsWith("SAMPLE-");
        assertThat(incident.discovery().awareAt()).isPresent();
    }

    @Test
    void the_email_sample_holds_the_facts_of_the_scenario() {
        Incident incident = IncidentJson.read(SAMPLES.resolve("email-misdelivery.json"));

        assertThat(incident.type()).isEqualTo(IncidentType.MISSENT_OR_MISPUBLISHED);
        assertThat(incident.channel()).contains(Channel.EMAIL);
        assertThat(incident.discovery().awareAt())
                .contains(ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.ofHours(9)));
        InformationAsset list = incident.assets().get(0);
        assertThat(list.owner()).contains(Owner.OWN);
        assertThat(list.personal().included()).isEqualTo(Answer.YES);
        assertThat(list.personal().persons()).isEqualTo(OptionalInt.of(1200));
        assertThat(list.businessPartner()).isEqualTo(Answer.YES);
        assertThat(list.confidential()).isEqualTo(Answer.NO);
        assertThat(list.forms()).contains(List.of(InformationForm.ATTACHMENT));
        assertThat(list.protection().level()).contains(ProtectionLevel.PASSWORD);
    }

    @Test
    void absent_and_null_are_unknown_while_false_is_no() {
        Incident incident = IncidentJson.parse("""
                {
                  "id": "X-1",
                  "type": "MISSENT_OR_MISPUBLISHED",
                  "socialImpactHigh": null,
                  "assets": [ { "financial": false, "confidential": null, "personal": { "included": true } } ]
                }
                """);

        InformationAsset asset = incident.assets().get(0);
        assertThat(incident.socialImpactHigh()).isEqualTo(Answer.UNKNOWN);
        assertThat(asset.financial()).isEqualTo(Answer.NO);
        assertThat(asset.confidential()).isEqualTo(Answer.UNKNOWN);
        assertThat(asset.businessPartner()).isEqualTo(Answer.UNKNOWN);
        assertThat(asset.personal().included()).isEqualTo(Answer.YES);
        assertThat(asset.personal().persons()).isEmpty();
        assertThat(asset.personal().sensitive()).isEqualTo(Answer.UNKNOWN);
        assertThat(asset.forms()).isEmpty();
        assertThat(asset.owner()).isEmpty();
        assertThat(incident.channel()).isEmpty();
        assertThat(incident.discovery().awareAt()).isEmpty();
    }

    @Test
    void an_empty_list_is_an_answer_and_an_absent_one_is_not() {
        Incident incident = IncidentJson.parse("""
                { "id": "X-1", "type": "MISSENT_OR_MISPUBLISHED", "assets": [ { "forms": [] }, {} ] }
                """);

        assertThat(incident.assets().get(0).forms()).contains(List.of());
        assertThat(incident.assets().get(1).forms()).isEmpty();
    }

    @Test
    void a_null_block_is_unknown_even_on_another_type() {
        Incident incident = IncidentJson.parse("""
                { "id": "X-1", "type": "LOST_OR_STOLEN", "insider": null, "channel": null, "lost": null }
                """);

        assertThat(incident.insider()).isEmpty();
        assertThat(incident.lost()).isEmpty();
    }

    @Test
    void a_local_date_time_is_japan_time_and_an_offset_or_zone_is_kept() {
        Incident incident = IncidentJson.parse("""
                {
                  "id": "X-1",
                  "type": "EXTERNAL_ATTACK",
                  "occurredAt": "2026-12-01T00:30:00Z",
                  "discovery": { "awareAt": "2026-12-01T10:00:00" }
                }
                """);

        assertThat(incident.discovery().awareAt())
                .contains(ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneId.of("Asia/Tokyo")));
        assertThat(incident.occurredAt()).contains(ZonedDateTime.of(2026, 12, 1, 0, 30, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void a_named_zone_is_read() {
        Incident incident = IncidentJson.parse("""
                { "id": "X-1", "type": "EXTERNAL_ATTACK",
                  "discovery": { "awareAt": "2026-12-01T10:00:00+09:00[Asia/Tokyo]" } }
                """);

        assertThat(incident.discovery().awareAt().orElseThrow().getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    static Stream<Case> badIncidents() {
        return BadIncidents.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badIncidents")
    void each_mistake_gives_one_error_naming_the_field_and_place(Case bad) {
        InputException error = catchThrowableOfType(InputException.class, () -> IncidentJson.parse(bad.json()));

        assertThat(error).as("an InputException").isNotNull();
        assertThat(error.field()).isEqualTo(bad.field());
        if (bad.marker() != null) {
            int[] position = bad.position();
            assertThat(error.line()).hasValue(position[0]);
            assertThat(error.column()).hasValue(position[1]);
        }
        for (String mention : bad.mentions()) {
            assertThat(error.problem().ja()).contains(mention);
            assertThat(error.problem().en()).contains(mention);
        }
        assertThat(error.problem().ja()).isNotEqualTo(error.problem().en());
    }

    @Test
    void a_missing_field_has_no_place_to_point_at() {
        InputException error = catchThrowableOfType(InputException.class,
                () -> IncidentJson.parse("{ \"type\": \"EXTERNAL_ATTACK\" }"));

        assertThat(error.line()).isEmpty();
        assertThat(error.describe(Language.JA)).isEqualTo("id: 必須の項目がありません");
        assertThat(error.describe(Language.EN)).isEqualTo("id: required field is missing");
    }

    @Test
    void the_message_names_field_line_and_column_in_each_language() {
        InputException error = catchThrowableOfType(InputException.class, () -> IncidentJson.parse("""
                {
                  "id": "X-1", "type": "MISSENT_OR_MISPUBLISHED",
                  "assets": [ { "personal": { "persons": -5 } } ]
                }
                """));

        assertThat(error.describe(Language.JA))
                .isEqualTo("assets[0].personal.persons (3行目 42列): 0 以上の整数を指定してください (書かれている値: -5)");
        assertThat(error.describe(Language.EN))
                .isEqualTo("assets[0].personal.persons (line 3, column 42): expected a whole number of 0 or more, found -5");
    }

    @Test
    void a_typo_is_answered_with_the_field_meant_and_the_fields_allowed() {
        InputException error = catchThrowableOfType(InputException.class, () -> IncidentJson.parse("""
                { "id": "X-1", "type": "MISSENT_OR_MISPUBLISHED", "discovery": { "awareAT": "2026-12-01T10:00:00" } }
                """));

        assertThat(error.describe(Language.EN)).isEqualTo("discovery.awareAT (line 1, column 66): unknown field"
                + " (did you mean \"awareAt\"?); allowed here: route, awareAt, reporterContact, reportableAwareAt");
    }

    @Test
    void a_syntax_error_has_a_line_and_column() {
        InputException error = catchThrowableOfType(InputException.class,
                () -> IncidentJson.parse("{ \"id\": \"X-1\",\n"));

        assertThat(error.field()).isEmpty();
        assertThat(error.line()).isPresent();
        assertThat(error.problem().ja()).startsWith("JSON の構文が正しくありません");
    }

    @Test
    void a_file_error_is_named_after_the_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("incident.json");
        Files.writeString(file, "{ \"id\": \"X-1\" }");

        InputException missingType = catchThrowableOfType(InputException.class, () -> IncidentJson.read(file));
        InputException missingFile = catchThrowableOfType(InputException.class,
                () -> IncidentJson.read(dir.resolve("nothing.json")));

        assertThat(missingType.source()).contains(file.toString());
        assertThat(missingType.field()).contains("type");
        assertThat(missingFile.describe(Language.JA)).isEqualTo(dir.resolve("nothing.json") + ": ファイルが見つかりません");
        assertThat(missingFile.describe(Language.EN)).isEqualTo(dir.resolve("nothing.json") + ": file not found");
    }

    @Test
    void a_byte_order_mark_is_accepted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.json");
        Files.writeString(file, "\uFEFF{ \"id\": \"X-1\", \"type\": \"EXTERNAL_ATTACK\" }");

        assertThat(IncidentJson.read(file).id()).isEqualTo("X-1");
    }
}
