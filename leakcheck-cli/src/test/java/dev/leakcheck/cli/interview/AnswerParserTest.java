package dev.leakcheck.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Channel;
import dev.leakcheck.model.InsiderStorage;
import dev.leakcheck.model.Text;
import dev.leakcheck.model.field.IncidentField;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What a typed line means for each kind of field. */
class AnswerParserTest {

    private static List<Option> options(IncidentField field) {
        List<Option> options = new ArrayList<>();
        if (field.kind() == IncidentField.Kind.YES_NO) {
            options.add(new Option("YES", Answer.YES, Text.of("はい", "Yes")));
            options.add(new Option("NO", Answer.NO, Text.of("いいえ", "No")));
        }
        for (Enum<?> constant : field.choices()) {
            options.add(new Option(constant.name(), constant, Text.of(constant.name() + "の表示名", constant.name())));
        }
        return options;
    }

    private static Reply parse(IncidentField field, String line) {
        return AnswerParser.parse(field, options(field), line);
    }

    private static Object value(IncidentField field, String line) {
        Reply reply = parse(field, line);
        assertThat(reply).as(line).isInstanceOf(Reply.Value.class);
        return ((Reply.Value) reply).value();
    }

    @ParameterizedTest
    @ValueSource(strings = {"q", "Q", "ｑ", "quit", "中断"})
    void q_stops(String line) {
        assertThat(parse(IncidentField.LOST_SERIAL_NUMBER, line)).isInstanceOf(Reply.Stop.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?", "？", "わからない", "unknown", "不明", " ? "})
    void a_question_mark_or_wakaranai_leaves_it_unknown(String line) {
        assertThat(parse(IncidentField.ASSET_PERSONAL_PERSONS, line)).isInstanceOf(Reply.Unknown.class);
        assertThat(parse(IncidentField.CHANNEL, line)).isInstanceOf(Reply.Unknown.class);
    }

    @Test
    void a_choice_is_its_number_its_code_or_its_label() {
        assertThat(value(IncidentField.CHANNEL, "1")).isEqualTo(Channel.EMAIL);
        assertThat(value(IncidentField.CHANNEL, "３")).isEqualTo(Channel.THIRD_PARTY_WEBSITE);
        assertThat(value(IncidentField.CHANNEL, "own_website")).isEqualTo(Channel.OWN_WEBSITE);
        assertThat(value(IncidentField.CHANNEL, "EMAILの表示名")).isEqualTo(Channel.EMAIL);
    }

    @ParameterizedTest
    @CsvSource({"1,YES", "2,NO", "y,YES", "はい,YES", "No,NO", "いいえ,NO", "ｙｅｓ,YES"})
    void yes_and_no(String line, Answer expected) {
        assertThat(value(IncidentField.ASSET_FINANCIAL, line)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "4", "99", "maybe", "", "1,2"})
    void what_is_not_a_choice_gets_a_hint_naming_the_numbers(String line) {
        Reply reply = parse(IncidentField.CHANNEL, line);

        assertThat(reply).isInstanceOf(Reply.Invalid.class);
        assertThat(((Reply.Invalid) reply).hint().ja()).contains("1〜3");
    }

    @Test
    void several_choices_are_kept_in_the_models_order_and_0_is_none() {
        assertThat(value(IncidentField.INSIDER_STORAGE, "2, 1")).isEqualTo(
                List.of(InsiderStorage.FILE_SERVER, InsiderStorage.PHYSICAL));
        assertThat(value(IncidentField.INSIDER_STORAGE, "2、2")).isEqualTo(List.of(InsiderStorage.PHYSICAL));
        assertThat(value(IncidentField.INSIDER_STORAGE, "0")).isEqualTo(List.of());
        assertThat(value(IncidentField.INSIDER_STORAGE, "なし")).isEqualTo(List.of());
        assertThat(parse(IncidentField.INSIDER_STORAGE, "1,7")).isInstanceOf(Reply.Invalid.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1200;1200", "1,200;1200", "１２００人;1200", "0;0", "5000件;5000"})
    void a_count_is_a_whole_number(String line, int expected) {
        assertThat(value(IncidentField.ASSET_PERSONAL_PERSONS, line)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "約1000", "1.5", "many", "99999999999"})
    void what_is_not_a_count_gets_a_hint(String line) {
        assertThat(parse(IncidentField.ASSET_PERSONAL_PERSONS, line)).isInstanceOf(Reply.Invalid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01 10:00", "2026-12-01T10:00", "2026/12/01 10:00", "2026-12-1 10:00:00",
        "２０２６－１２－０１　１０：００", "2026-12-01T10:00:00+09:00", "2026-12-01T01:00Z",
        "2026-12-01T10:00+09:00[Asia/Tokyo]"})
    void a_time_without_an_offset_is_japan_time(String line) {
        ZonedDateTime value = (ZonedDateTime) value(IncidentField.DISCOVERY_AWARE_AT, line);

        assertThat(value.toInstant()).isEqualTo(ZonedDateTime.parse("2026-12-01T10:00:00+09:00").toInstant());
    }

    @Test
    void a_local_time_is_kept_with_its_offset_as_the_samples_write_it() {
        assertThat(value(IncidentField.DISCOVERY_AWARE_AT, "2026-12-01 10:00"))
                .isEqualTo(ZonedDateTime.parse("2026-12-01T10:00:00+09:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"now", "今", "today"})
    void now_is_never_filled_in(String line) {
        Reply reply = parse(IncidentField.DISCOVERY_AWARE_AT, line);

        assertThat(reply).isInstanceOf(Reply.Invalid.class);
        assertThat(((Reply.Invalid) reply).hint().ja()).contains("現在時刻は自動では入れません");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01", "2026-13-01 10:00", "2026-02-30 10:00", "yesterday 10:00", "10:00", ""})
    void an_incomplete_or_impossible_time_gets_a_hint(String line) {
        assertThat(parse(IncidentField.DISCOVERY_AWARE_AT, line)).isInstanceOf(Reply.Invalid.class);
    }

    @Test
    void free_text_is_kept_as_typed_and_lists_are_split_on_commas() {
        assertThat(value(IncidentField.LOST_SERIAL_NUMBER, "  資産管理番号 PC-0001 ")).isEqualTo("資産管理番号 PC-0001");
        assertThat(value(IncidentField.ATTACK_DEVICES, "予約管理サーバー、受付端末 3台, ")).isEqualTo(
                List.of("予約管理サーバー", "受付端末 3台"));
        assertThat(parse(IncidentField.LOST_SERIAL_NUMBER, "   ")).isInstanceOf(Reply.Invalid.class);
        assertThat(parse(IncidentField.ATTACK_DEVICES, " , ")).isInstanceOf(Reply.Invalid.class);
    }

    @Test
    void a_list_holds_as_many_names_as_the_incident_may() {
        assertThat((List<?>) value(IncidentField.ATTACK_DEVICES, "d,".repeat(1_000))).hasSize(1_000);
        Reply tooMany = parse(IncidentField.ATTACK_DEVICES, "d,".repeat(1_001));
        assertThat(tooMany).isInstanceOf(Reply.Invalid.class);
        assertThat(((Reply.Invalid) tooMany).hint().ja()).isEqualTo("名前が多すぎます。1,000 個までにしてください");
    }
}
