package dev.leakcheck.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;

/**
 * The incident's JSON text: read into Jackson's tree within the reader's {@linkplain IncidentLimit limits}
 * (by a {@link LimitedParser}), and kept to find where a mistake is written.
 *
 * <p>Jackson's tree keeps no locations. Rather than a tree of our own remembering every value's line and
 * column, the text is read again when a mistake is found, up to the field at the mistake's path: once, on
 * an input already held to its limits.
 */
final class JsonInput {

    /** The reading side of the one mapper ({@link JsonStyle}): Jackson's limits, duplicates refused, exact decimals. */
    private static final ObjectReader TREE = JsonStyle.MAPPER.reader();
    /** Finds places again; without duplicate detection, since a duplicate may be what it looks for. */
    private static final JsonFactory PLAIN = JsonFactory.builder().build();

    /** Opens a parser on the input. */
    @FunctionalInterface
    private interface Source {
        JsonParser open(JsonFactory factory) throws IOException;
    }

    private final Source source;

    private JsonInput(Source source) {
        this.source = source;
    }

    /** Bytes; the encoding (UTF-8 normally, or UTF-16/32) is detected from the bytes. */
    static JsonInput of(byte[] json) {
        if (IncidentLimit.INPUT_BYTES.exceededBy(json.length)) {
            throw InputErrors.tooLarge(null);
        }
        return new JsonInput(factory -> factory.createParser(json));
    }

    /** Text; held to the size limit in characters, which is never more than its UTF-8 bytes. */
    static JsonInput of(String json) {
        if (IncidentLimit.INPUT_BYTES.exceededBy(json.length())) {
            throw InputErrors.tooLarge(null);
        }
        return new JsonInput(factory -> factory.createParser(json));
    }

    /** The whole input as Jackson's tree; its root is not yet known to be an object. */
    JsonNode tree() {
        try (JsonParser parser = new LimitedParser(source.open(JsonStyle.MAPPER.getFactory()), this)) {
            JsonNode root = TREE.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw InputErrors.empty();
            }
            if (parser.nextToken() != null) {
                throw InputErrors.trailingContent(Location.of(parser.currentTokenLocation()));
            }
            return root;
        } catch (StreamReadException e) {
            throw InputErrors.syntax(Location.of(e.getLocation()), e.getOriginalMessage());
        } catch (IOException e) {
            // Not a syntax error Jackson could place, such as bytes that are no valid encoding.
            throw InputErrors.syntax(new Location(0, 0), String.valueOf(e.getMessage()));
        }
    }

    /** Where the value at the path starts; unknown (null) if it cannot be found. */
    Location valueAt(FieldPath path) {
        return find(path, false, 1);
    }

    /** Where the field's name is written, the {@code nth} time. */
    Location nameAt(FieldPath path, int nth) {
        return find(path, true, nth);
    }

    private Location find(FieldPath path, boolean name, int nth) {
        try (JsonParser parser = source.open(PLAIN)) {
            int seen = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (!token.isStructEnd() && (token == JsonToken.FIELD_NAME) == name
                        && FieldPath.at(parser).equals(path) && ++seen == nth) {
                    return Location.of(parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            // Past the mistake, the text may be broken: the place is then unknown.
        }
        return null;
    }
}
