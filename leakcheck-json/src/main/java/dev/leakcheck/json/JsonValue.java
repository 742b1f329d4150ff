package dev.leakcheck.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed JSON value that remembers its path and where it was written. Jackson's own tree forgets
 * locations, and an error message without a line and column sends staff hunting through the file.
 */
sealed interface JsonValue {

    FieldPath path();

    Location location();

    /** What kind of JSON value this is, for messages such as "expected a boolean, found a string". */
    JsonKind kind();

    record JsonObject(FieldPath path, Location location, Map<String, Member> members) implements JsonValue {
        public JsonObject {
            // Kept in document order, so that the first mistake in the file is the one reported.
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        @Override
        public JsonKind kind() {
            return JsonKind.OBJECT;
        }

        /** The member, if it is written and not {@code null}: absent and null both mean unknown. */
        Optional<Member> known(String name) {
            return Optional.ofNullable(members.get(name)).filter(m -> m.value().kind() != JsonKind.NULL);
        }
    }

    /** One {@code "name": value} of an object; the key's location is where an unknown field is reported. */
    record Member(String name, Location keyLocation, JsonValue value) {
    }

    record JsonArray(FieldPath path, Location location, List<JsonValue> elements) implements JsonValue {
        public JsonArray {
            elements = List.copyOf(elements);
        }

        @Override
        public JsonKind kind() {
            return JsonKind.ARRAY;
        }
    }

    record JsonString(FieldPath path, Location location, String value) implements JsonValue {
        @Override
        public JsonKind kind() {
            return JsonKind.STRING;
        }
    }

    /** A number exactly as written: 1200, -3 and 12.5 are all kept, so that the reader can say which is wrong. */
    record JsonNumber(FieldPath path, Location location, BigDecimal value) implements JsonValue {
        @Override
        public JsonKind kind() {
            return JsonKind.NUMBER;
        }
    }

    record JsonBoolean(FieldPath path, Location location, boolean value) implements JsonValue {
        @Override
        public JsonKind kind() {
            return JsonKind.BOOLEAN;
        }
    }

    record JsonNull(FieldPath path, Location location) implements JsonValue {
        @Override
        public JsonKind kind() {
            return JsonKind.NULL;
        }
    }
}
