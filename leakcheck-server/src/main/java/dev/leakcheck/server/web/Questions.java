package dev.leakcheck.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Text;
import dev.leakcheck.model.field.IncidentField;
import dev.leakcheck.rules.Labels;
import dev.leakcheck.spring.api.ApiException;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The interview's form fields: each open question of the plan becomes the form its field's kind needs
 * (yes/no, a choice, several choices, a date and time, a number, text), and what the form sends becomes the
 * JSON value the incident takes. "Unknown" is a button of every question, sent as JSON {@code null}.
 */
final class Questions {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter OFFSET_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * One choice offered.
     *
     * @param code  the value's code
     * @param label its label in the page's language
     */
    record Option(String code, String label) {
    }

    /**
     * One open question as a form.
     *
     * @param field   the field's path
     * @param text    the question, in the page's language
     * @param kind    the field's kind ({@code YES_NO}, {@code CHOICE}, …; {@code TEXT} for a field the registry lacks)
     * @param options the choices of a {@code CHOICE} or {@code CHOICES} field
     */
    record Question(String field, String text, String kind, List<Option> options) {
    }

    private Questions() {
    }

    /**
     * The plan's open questions as forms.
     *
     * @param plan     the plan JSON
     * @param labels   the labels of the rules serving
     * @param language the page's language
     * @return the questions, in the plan's order
     */
    static List<Question> of(JsonNode plan, Labels labels, Language language) {
        List<Question> questions = new ArrayList<>();
        for (JsonNode question : plan.path("questions")) {
            String field = question.path("field").asText();
            IncidentField registered = IncidentField.ofTemplate(IncidentField.templateOf(field)).orElse(null);
            String kind = registered == null ? IncidentField.Kind.TEXT.name() : registered.kind().name();
            List<Option> options = registered == null ? List.of() : registered.choices().stream()
                    .map(choice -> new Option(choice.name(), labels.value(choice).in(language))).toList();
            questions.add(new Question(field, question.path("text").asText(), kind, options));
        }
        return questions;
    }

    /**
     * The JSON value of what a question's form sent.
     *
     * @param field   the field's path
     * @param unknown whether "unknown" was pressed
     * @param value   the single value sent (yes/no, choice, text, number, date-time)
     * @param values  the values ticked (several choices)
     * @return the JSON value; {@code null} for unknown
     * @throws ApiException 400 when a number or date is not one
     */
    static JsonNode value(String field, boolean unknown, String value, String[] values) {
        if (unknown) {
            return NullNode.getInstance();
        }
        IncidentField.Kind kind = IncidentField.ofTemplate(IncidentField.templateOf(field))
                .map(IncidentField::kind).orElse(IncidentField.Kind.TEXT);
        String given = value == null ? "" : value.strip();
        return switch (kind) {
            case YES_NO -> given.isEmpty() ? NullNode.getInstance() : NODES.booleanNode("true".equals(given));
            case CHOICE -> given.isEmpty() ? NullNode.getInstance() : NODES.textNode(given);
            case CHOICES -> {
                ArrayNode array = NODES.arrayNode();
                Arrays.stream(values == null ? new String[0] : values).forEach(array::add);
                yield array;
            }
            case TEXTS -> {
                ArrayNode array = NODES.arrayNode();
                Arrays.stream(given.split("[,、]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(array::add);
                yield array;
            }
            case COUNT -> {
                try {
                    yield NODES.numberNode(new BigInteger(given));
                } catch (NumberFormatException e) {
                    throw wrong(Text.of("数（0 以上の整数）を入れてください", "enter a whole number of 0 or more"));
                }
            }
            case DATE_TIME -> {
                try {
                    yield NODES.textNode(LocalDateTime.parse(given).atZone(TOKYO).format(OFFSET_DATE_TIME));
                } catch (DateTimeParseException e) {
                    throw wrong(Text.of("日付と時刻を入れてください", "enter a date and a time"));
                }
            }
            case TEXT -> given.isEmpty() ? NullNode.getInstance() : NODES.textNode(given);
        };
    }

    private static ApiException wrong(Text text) {
        return new ApiException(HttpStatus.BAD_REQUEST, "ANSWER", text);
    }
}
