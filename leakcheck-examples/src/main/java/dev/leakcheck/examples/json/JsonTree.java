package dev.leakcheck.examples.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.leakcheck.examples.json.JsonValue.JsonArray;
import dev.leakcheck.examples.json.JsonValue.JsonBoolean;
import dev.leakcheck.examples.json.JsonValue.JsonNull;
import dev.leakcheck.examples.json.JsonValue.JsonNumber;
import dev.leakcheck.examples.json.JsonValue.JsonObject;
import dev.leakcheck.examples.json.JsonValue.JsonString;
import dev.leakcheck.examples.json.JsonValue.Member;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON text into {@link JsonValue}s that keep their path and location, with Jackson's
 * streaming parser. Syntax errors, empty input and duplicate keys become {@link InputException}s.
 *
 * <p>Duplicate keys are detected here rather than with Jackson's STRICT_DUPLICATE_DETECTION:
 * that feature reports them as a generic parse error, without the field's path.
 */
final class JsonTree {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonParser parser;

    private JsonTree(JsonParser parser) {
        this.parser = parser;
    }

    /** Parses bytes; the encoding (UTF-8 normally, or UTF-16/32) is detected from the bytes. */
    static JsonValue parse(byte[] json) {
        return parse(() -> FACTORY.createParser(json));
    }

    static JsonValue parse(String json) {
        return parse(() -> FACTORY.createParser(json));
    }

    /** Opens a parser on the input. */
    @FunctionalInterface
    private interface Source {
        JsonParser open() throws IOException;
    }

    private static JsonValue parse(Source source) {
        try {
            return parseWith(source.open());
        } catch (IOException e) {
            // Not a syntax error Jackson could place, such as bytes that are no valid encoding.
            throw InputErrors.syntax(new Location(0, 0), String.valueOf(e.getMessage()));
        }
    }

    private static JsonValue parseWith(JsonParser parser) throws IOException {
        try (parser) {
            if (parser.nextToken() == null) {
                throw InputErrors.empty();
            }
            JsonValue root = new JsonTree(parser).value(FieldPath.ROOT);
            if (parser.nextToken() != null) {
                throw InputErrors.trailingContent(here(parser));
            }
            return root;
        } catch (StreamReadException e) {
            throw InputErrors.syntax(Location.of(e.getLocation()), e.getOriginalMessage());
        }
    }

    /** Reads the value at the current token, leaving the parser on its last token. */
    private JsonValue value(FieldPath path) throws IOException {
        Location at = here(parser);
        return switch (parser.currentToken()) {
            case START_OBJECT -> object(path, at);
            case START_ARRAY -> array(path, at);
            case VALUE_STRING -> new JsonString(path, at, parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonNumber(path, at, decimal(path, at));
            case VALUE_TRUE -> new JsonBoolean(path, at, true);
            case VALUE_FALSE -> new JsonBoolean(path, at, false);
            case VALUE_NULL -> new JsonNull(path, at);
            default -> throw InputErrors.syntax(at, "unexpected " + parser.currentToken());
        };
    }

    /** The number as written; one no BigDecimal can hold (99E999999999999) is a mistake of its field. */
    private BigDecimal decimal(FieldPath path, Location at) throws IOException {
        try {
            return parser.getDecimalValue();
        } catch (NumberFormatException e) {
            throw InputErrors.numberOutOfRange(path, at, parser.getText());
        }
    }

    private JsonObject object(FieldPath path, Location start) throws IOException {
        Map<String, Member> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Location keyAt = here(parser);
            if (members.containsKey(name)) {
                throw InputErrors.duplicateField(path.field(name), keyAt);
            }
            parser.nextToken();
            members.put(name, new Member(name, keyAt, value(path.field(name))));
        }
        return new JsonObject(path, start, members);
    }

    private JsonArray array(FieldPath path, Location start) throws IOException {
        List<JsonValue> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            elements.add(value(path.index(elements.size())));
        }
        return new JsonArray(path, start, elements);
    }

    private static Location here(JsonParser parser) {
        return Location.of(parser.currentTokenLocation());
    }
}
