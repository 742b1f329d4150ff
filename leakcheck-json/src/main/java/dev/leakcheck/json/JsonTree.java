package dev.leakcheck.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.leakcheck.json.JsonValue.JsonArray;
import dev.leakcheck.json.JsonValue.JsonBoolean;
import dev.leakcheck.json.JsonValue.JsonNull;
import dev.leakcheck.json.JsonValue.JsonNumber;
import dev.leakcheck.json.JsonValue.JsonObject;
import dev.leakcheck.json.JsonValue.JsonString;
import dev.leakcheck.json.JsonValue.Member;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON text into {@link JsonValue}s that keep their path and location, with Jackson's
 * streaming parser. Syntax errors, empty input, duplicate keys and input past the reader's
 * {@linkplain IncidentLimit limits} become {@link InputException}s naming the field.
 *
 * <p>Duplicate keys are detected here rather than with Jackson's STRICT_DUPLICATE_DETECTION:
 * that feature reports them as a generic parse error, without the field's path. Likewise Jackson's
 * refusal of a string, name or number past its length limit is reported with the path of the value
 * being read.
 */
final class JsonTree {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(IncidentLimit.jackson()).build();

    private final JsonParser parser;
    private int values;

    private JsonTree(JsonParser parser) {
        this.parser = parser;
    }

    /** Parses bytes; the encoding (UTF-8 normally, or UTF-16/32) is detected from the bytes. */
    static JsonValue parse(byte[] json) {
        if (IncidentLimit.INPUT_BYTES.exceededBy(json.length)) {
            throw InputErrors.tooLarge(null);
        }
        return parse(() -> FACTORY.createParser(json));
    }

    /** Parses text; held to the size limit in characters, which is never more than its UTF-8 bytes. */
    static JsonValue parse(String json) {
        if (IncidentLimit.INPUT_BYTES.exceededBy(json.length())) {
            throw InputErrors.tooLarge(null);
        }
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
            JsonTree tree = new JsonTree(parser);
            if (tree.next(FieldPath.ROOT) == null) {
                throw InputErrors.empty();
            }
            JsonValue root = tree.value(FieldPath.ROOT, 1);
            if (parser.nextToken() != null) {
                throw InputErrors.trailingContent(here(parser));
            }
            return root;
        } catch (StreamReadException e) {
            throw InputErrors.syntax(Location.of(e.getLocation()), e.getOriginalMessage());
        }
    }

    /**
     * The next token. Reading it, Jackson may find a name, a number or a string past its length limit;
     * it is refused with the path of the value being read or, where Jackson reads a field's value with
     * its name, of the object holding it.
     */
    private JsonToken next(FieldPath path) throws IOException {
        try {
            return parser.nextToken();
        } catch (StreamConstraintsException e) {
            throw overLimit(path, Location.of(parser.currentLocation()), e);
        }
    }

    private static InputException overLimit(FieldPath path, Location at, StreamConstraintsException e) {
        return IncidentLimit.of(e).map(limit -> InputErrors.overLimit(path, at, limit))
                .orElseGet(() -> InputErrors.syntax(at, e.getMessage()));
    }

    /**
     * Reads the value at the current token, leaving the parser on its last token.
     *
     * @param depth the value's level: 1 for the incident itself
     */
    private JsonValue value(FieldPath path, int depth) throws IOException {
        Location at = here(parser);
        if (IncidentLimit.VALUES.exceededBy(++values)) {
            throw InputErrors.overLimit(path, at, IncidentLimit.VALUES);
        }
        JsonToken token = parser.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && IncidentLimit.DEPTH.exceededBy(depth)) {
            throw InputErrors.overLimit(path, at, IncidentLimit.DEPTH);
        }
        return switch (token) {
            case START_OBJECT -> object(path, at, depth);
            case START_ARRAY -> array(path, at, depth);
            case VALUE_STRING -> new JsonString(path, at, text(path, at));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonNumber(path, at, decimal(path, at));
            case VALUE_TRUE -> new JsonBoolean(path, at, true);
            case VALUE_FALSE -> new JsonBoolean(path, at, false);
            case VALUE_NULL -> new JsonNull(path, at);
            default -> throw InputErrors.syntax(at, "unexpected " + token);
        };
    }

    /** The string; Jackson stops reading one past the length limit, and it is refused here with its path. */
    private String text(FieldPath path, Location at) throws IOException {
        try {
            return parser.getText();
        } catch (StreamConstraintsException e) {
            throw overLimit(path, at, e);
        }
    }

    /** The number as written; one no BigDecimal can hold (99E999999999999) is a mistake of its field. */
    private BigDecimal decimal(FieldPath path, Location at) throws IOException {
        try {
            return parser.getDecimalValue();
        } catch (NumberFormatException e) {
            throw InputErrors.numberOutOfRange(path, at, parser.getText());
        }
    }

    private JsonObject object(FieldPath path, Location start, int depth) throws IOException {
        Map<String, Member> members = new LinkedHashMap<>();
        while (next(path) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Location keyAt = here(parser);
            FieldPath field = path.field(name);
            if (members.containsKey(name)) {
                throw InputErrors.duplicateField(field, keyAt);
            }
            if (IncidentLimit.OBJECT_FIELDS.exceededBy(members.size() + 1L)) {
                throw InputErrors.overLimit(field, keyAt, IncidentLimit.OBJECT_FIELDS);
            }
            next(field);
            members.put(name, new Member(name, keyAt, value(field, depth + 1)));
        }
        return new JsonObject(path, start, members);
    }

    private JsonArray array(FieldPath path, Location start, int depth) throws IOException {
        IncidentLimit most = IncidentLimit.itemsOf(path);
        List<JsonValue> elements = new ArrayList<>();
        while (next(path.index(elements.size())) != JsonToken.END_ARRAY) {
            if (most.exceededBy(elements.size() + 1L)) {
                throw InputErrors.overLimit(path, here(parser), most);
            }
            elements.add(value(path.index(elements.size()), depth + 1));
        }
        return new JsonArray(path, start, elements);
    }

    private static Location here(JsonParser parser) {
        return Location.of(parser.currentTokenLocation());
    }
}
