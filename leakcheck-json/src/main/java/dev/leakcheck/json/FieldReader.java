package dev.leakcheck.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakcheck.model.Answer;
import dev.leakcheck.model.field.IncidentField;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Reads the fields of one object of Jackson's tree strictly: a field it does not know is an error, each
 * value must have the kind the registry gives it, and a field that is absent or {@code null} is unknown.
 * The fields come from the registry rather than from classes Jackson could bind, so these checks are ours;
 * a mistake is placed in the text by {@link JsonInput}.
 */
final class FieldReader {

    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final ObjectNode object;
    private final FieldPath path;
    private final JsonInput input;

    private FieldReader(ObjectNode object, FieldPath path, JsonInput input) {
        this.object = object;
        this.path = path;
        this.input = input;
    }

    /** A reader for the value at the path, which must be an object holding only the allowed fields. */
    static FieldReader of(JsonNode value, FieldPath path, JsonInput input, List<String> allowed) {
        if (!(value instanceof ObjectNode object)) {
            throw wrongKind(value, path, input, JsonKind.OBJECT);
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw InputErrors.unknownField(path, name, input.nameAt(path.field(name), 1), allowed);
            }
        }
        return new FieldReader(object, path, input);
    }

    FieldPath path(String name) {
        return path.field(name);
    }

    /** Whether the field is known (present and not null). */
    boolean has(String name) {
        return object.hasNonNull(name);
    }

    /** Where the field's name is written. */
    Location nameAt(String name) {
        return input.nameAt(path(name), 1);
    }

    /** Where the field's value is written. */
    Location valueAt(String name) {
        return input.valueAt(path(name));
    }

    /** The answer the object gives to a field of the registry, read as the field's kind; empty while unknown. */
    Optional<?> value(String name, IncidentField.Kind kind, Class<? extends Enum<?>> choices) {
        Value<?> read = switch (kind) {
            case YES_NO -> this::answer;
            case CHOICE -> (node, at) -> constant(node, at, choices);
            case CHOICES -> list((node, at) -> constant(node, at, choices));
            case TEXT -> this::string;
            case TEXTS -> list(this::string);
            case COUNT -> this::count;
            case DATE_TIME -> this::dateTime;
        };
        return value(name, read);
    }

    /** A string that must be there and must not be blank. */
    String requiredText(String name) {
        String text = value(name, this::string).orElseThrow(() -> InputErrors.missing(path(name)));
        if (text.isBlank()) {
            throw InputErrors.blank(path(name), valueAt(name));
        }
        return text;
    }

    <E extends Enum<E>> E requiredChoice(String name, Class<E> type) {
        return type.cast(value(name, (node, at) -> constant(node, at, type))
                .orElseThrow(() -> InputErrors.missing(path(name), names(type))));
    }

    Optional<ZonedDateTime> dateTime(String name) {
        return value(name, this::dateTime);
    }

    /** A nested object, read with its own allowed fields. */
    Optional<FieldReader> block(String name, List<String> allowed) {
        return value(name, (node, at) -> of(node, at, input, allowed));
    }

    /** An array of objects, each read with the allowed fields. */
    Optional<List<FieldReader>> blocks(String name, List<String> allowed) {
        return value(name, list((node, at) -> of(node, at, input, allowed)));
    }

    /** Reads one value, given its node and path. */
    @FunctionalInterface
    private interface Value<T> {
        T read(JsonNode node, FieldPath at);
    }

    private <T> Optional<T> value(String name, Value<T> value) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(value.read(node, path(name)));
    }

    /** A list; an empty list is an answer too ("none"), unlike an absent one. */
    private <T> Value<List<T>> list(Value<T> element) {
        return (node, at) -> {
            if (!node.isArray()) {
                throw wrongKind(node, at, input, JsonKind.ARRAY);
            }
            List<T> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(element.read(node.get(i), at.index(i)));
            }
            return items;
        };
    }

    private String string(JsonNode node, FieldPath at) {
        if (!node.isTextual()) {
            throw wrongKind(node, at, input, JsonKind.STRING);
        }
        return node.textValue();
    }

    private Answer answer(JsonNode node, FieldPath at) {
        if (!node.isBoolean()) {
            throw wrongKind(node, at, input, JsonKind.BOOLEAN);
        }
        return Answer.of(node.booleanValue());
    }

    /** A whole number of 0 or more, such as a number of persons. */
    private Integer count(JsonNode node, FieldPath at) {
        if (!node.isNumber()) {
            throw wrongKind(node, at, input, JsonKind.NUMBER);
        }
        BigDecimal n = node.decimalValue();
        if (n.signum() < 0 || n.scale() > 0 || n.compareTo(MAX_COUNT) > 0) {
            throw InputErrors.notCount(at, input.valueAt(at), n.toString());
        }
        return n.intValueExact();
    }

    private ZonedDateTime dateTime(JsonNode node, FieldPath at) {
        String text = string(node, at);
        ZonedDateTime dateTime = DateTimes.parse(text)
                .orElseThrow(() -> InputErrors.notDateTime(at, input.valueAt(at), text));
        if (!DateTimes.inRange(dateTime)) {
            throw InputErrors.yearOutOfRange(at, input.valueAt(at), text, DateTimes.MIN_YEAR, DateTimes.MAX_YEAR);
        }
        return dateTime;
    }

    private Enum<?> constant(JsonNode node, FieldPath at, Class<? extends Enum<?>> type) {
        String text = string(node, at);
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(text))
                .findFirst()
                .orElseThrow(() -> InputErrors.notAllowed(at, input.valueAt(at), text, names(type)));
    }

    private static InputException wrongKind(JsonNode node, FieldPath at, JsonInput input, JsonKind expected) {
        return InputErrors.wrongKind(at, input.valueAt(at), JsonKind.of(node), expected);
    }

    /** The allowed values in the model's order (the contract's), which Jackson's enum handling does not keep. */
    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
