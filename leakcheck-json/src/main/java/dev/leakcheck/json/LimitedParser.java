package dev.leakcheck.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Jackson's parser, as databind reads the tree from it, held to the limits Jackson has no setting for:
 * the items of one array, the fields of one object, the values of the whole incident, checked token by
 * token before the tree grows past them. Jackson's own refusals (a string, name or number past its
 * length, a duplicate name, a number no decimal holds) are given the field's path here, where the
 * parser still knows it.
 */
final class LimitedParser extends JsonParserDelegate {

    private final JsonInput input;
    private int values;

    LimitedParser(JsonParser parser, JsonInput input) {
        super(parser);
        this.input = input;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = next();
        if (token == null || token.isStructEnd()) {
            return token;
        }
        JsonStreamContext context = getParsingContext();
        if (token == JsonToken.FIELD_NAME) {
            if (IncidentLimit.OBJECT_FIELDS.exceededBy(context.getEntryCount())) {
                throw overLimit(FieldPath.at(this), IncidentLimit.OBJECT_FIELDS);
            }
            return token;
        }
        JsonStreamContext holder = token.isStructStart() ? context.getParent() : context;
        if (holder.inArray()) {
            FieldPath array = FieldPath.of(holder);
            IncidentLimit most = IncidentLimit.itemsOf(array);
            if (most.exceededBy(holder.getEntryCount())) {
                throw overLimit(array, most);
            }
        }
        if (IncidentLimit.VALUES.exceededBy(++values)) {
            throw overLimit(FieldPath.at(this), IncidentLimit.VALUES);
        }
        if (token.isStructStart() && IncidentLimit.DEPTH.exceededBy(context.getNestingDepth())) {
            throw overLimit(FieldPath.at(this), IncidentLimit.DEPTH);
        }
        return token;
    }

    /**
     * Jackson reads a name, and a number with its name, within nextToken: past a length limit it is
     * refused with the path of the object being read.
     */
    private JsonToken next() throws IOException {
        try {
            return delegate.nextToken();
        } catch (StreamConstraintsException e) {
            throw overLimit(FieldPath.of(getParsingContext()), Location.of(currentLocation()), e);
        } catch (JsonParseException e) {
            // STRICT_DUPLICATE_DETECTION's refusal; the context holds the name, Jackson's location is past it.
            if (!String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
                throw e;
            }
            FieldPath field = FieldPath.of(getParsingContext()).field(getParsingContext().getCurrentName());
            throw InputErrors.duplicateField(field, input.nameAt(field, 2));
        }
    }

    /** The string; Jackson stops reading one past the length limit, and it is refused here with its path. */
    @Override
    public String getText() throws IOException {
        try {
            return delegate.getText();
        } catch (StreamConstraintsException e) {
            throw overLimit(FieldPath.at(this), here(), e);
        }
    }

    /** The number as written; one no BigDecimal can hold (99E999999999999) is a mistake of its field. */
    @Override
    public BigDecimal getDecimalValue() throws IOException {
        try {
            return delegate.getDecimalValue();
        } catch (NumberFormatException | StreamReadException e) {
            throw InputErrors.numberOutOfRange(FieldPath.at(this), here(), delegate.getText());
        }
    }

    private InputException overLimit(FieldPath path, IncidentLimit limit) {
        return InputErrors.overLimit(path, here(), limit);
    }

    private static InputException overLimit(FieldPath path, Location at, StreamConstraintsException e) {
        return IncidentLimit.of(e).map(limit -> InputErrors.overLimit(path, at, limit))
                .orElseGet(() -> InputErrors.syntax(at, e.getMessage()));
    }

    private Location here() {
        return Location.of(currentTokenLocation());
    }
}
