package dev.leakcheck.json;

import dev.leakcheck.json.JsonValue.JsonArray;
import dev.leakcheck.json.JsonValue.JsonBoolean;
import dev.leakcheck.json.JsonValue.JsonNumber;
import dev.leakcheck.json.JsonValue.JsonObject;
import dev.leakcheck.json.JsonValue.JsonString;
import dev.leakcheck.json.JsonValue.Member;
import dev.leakcheck.model.Answer;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the fields of one JSON object strictly: a field it does not know is an error, each value
 * must have the expected type, and a field that is absent or {@code null} is unknown.
 */
final class FieldReader {

    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final JsonObject object;

    private FieldReader(JsonObject object) {
        this.object = object;
    }

    /** A reader for this value, which must be an object holding only the allowed fields. */
    static FieldReader of(JsonValue value, List<String> allowed) {
        if (!(value instanceof JsonObject object)) {
            throw InputErrors.wrongKind(value, JsonKind.OBJECT);
        }
        for (Member member : object.members().values()) {
            if (!allowed.contains(member.name())) {
                throw InputErrors.unknownField(object.path(), member, allowed);
            }
        }
        return new FieldReader(object);
    }

    FieldPath path(String name) {
        return object.path().field(name);
    }

    /** The field as written, when it is known (present and not null). */
    Optional<Member> known(String name) {
        return object.known(name);
    }

    Optional<String> text(String name) {
        return value(name).map(FieldReader::string);
    }

    /** A string that must be there and must not be blank. */
    String requiredText(String name) {
        JsonValue value = value(name).orElseThrow(() -> InputErrors.missing(path(name)));
        String text = string(value);
        if (text.isBlank()) {
            throw InputErrors.blank(value);
        }
        return text;
    }

    Answer answer(String name) {
        return Answer.of(value(name).map(FieldReader::bool).orElse(null));
    }

    <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
        return value(name).map(v -> constant(v, type));
    }

    <E extends Enum<E>> E requiredChoice(String name, Class<E> type) {
        return choice(name, type).orElseThrow(() -> InputErrors.missing(path(name), names(type)));
    }

    /** A list of choices; an empty list is an answer too ("none"), unlike an absent one. */
    <E extends Enum<E>> Optional<List<E>> choices(String name, Class<E> type) {
        return list(name, v -> constant(v, type));
    }

    Optional<List<String>> texts(String name) {
        return list(name, FieldReader::string);
    }

    /** A whole number of 0 or more, such as a number of persons. */
    Optional<Integer> count(String name) {
        return value(name).map(FieldReader::count);
    }

    Optional<ZonedDateTime> dateTime(String name) {
        return value(name).map(FieldReader::dateTime);
    }

    /** A nested object, read with its own allowed fields. */
    Optional<FieldReader> block(String name, List<String> allowed) {
        return value(name).map(v -> of(v, allowed));
    }

    /** An array of objects, each read with the allowed fields. */
    Optional<List<FieldReader>> blocks(String name, List<String> allowed) {
        return list(name, v -> of(v, allowed));
    }

    private Optional<JsonValue> value(String name) {
        return known(name).map(Member::value);
    }

    private <T> Optional<List<T>> list(String name, Function<JsonValue, T> element) {
        return value(name).map(v -> {
            if (!(v instanceof JsonArray array)) {
                throw InputErrors.wrongKind(v, JsonKind.ARRAY);
            }
            List<T> items = new ArrayList<>();
            array.elements().forEach(e -> items.add(element.apply(e)));
            return items;
        });
    }

    private static String string(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.value();
        }
        throw InputErrors.wrongKind(value, JsonKind.STRING);
    }

    private static boolean bool(JsonValue value) {
        if (value instanceof JsonBoolean bool) {
            return bool.value();
        }
        throw InputErrors.wrongKind(value, JsonKind.BOOLEAN);
    }

    private static int count(JsonValue value) {
        if (!(value instanceof JsonNumber number)) {
            throw InputErrors.wrongKind(value, JsonKind.NUMBER);
        }
        BigDecimal n = number.value();
        if (n.signum() < 0 || n.scale() > 0 || n.compareTo(MAX_COUNT) > 0) {
            throw InputErrors.notCount(value, n.toString());
        }
        return n.intValueExact();
    }

    private static ZonedDateTime dateTime(JsonValue value) {
        String text = string(value);
        ZonedDateTime dateTime = DateTimes.parse(text).orElseThrow(() -> InputErrors.notDateTime(value, text));
        if (!DateTimes.inRange(dateTime)) {
            throw InputErrors.yearOutOfRange(value, text, DateTimes.MIN_YEAR, DateTimes.MAX_YEAR);
        }
        return dateTime;
    }

    private static <E extends Enum<E>> E constant(JsonValue value, Class<E> type) {
        String text = string(value);
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(text))
                .findFirst()
                .orElseThrow(() -> InputErrors.notAllowed(value, text, names(type)));
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
