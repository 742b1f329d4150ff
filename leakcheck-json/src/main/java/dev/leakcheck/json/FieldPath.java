package dev.leakcheck.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * Where a value sits in the incident, written the way docs/json-contract.md and the plan's questions
 * write it: {@code discovery.awareAt}, {@code assets[0].personal.persons}. The root is empty.
 */
record FieldPath(String text) {

    static final FieldPath ROOT = new FieldPath("");

    FieldPath field(String name) {
        return new FieldPath(isRoot() ? name : text + "." + name);
    }

    FieldPath index(int i) {
        return new FieldPath(text + "[" + i + "]");
    }

    boolean isRoot() {
        return text.isEmpty();
    }

    /** The path of the parser's current token: a field's name, or a value (an object or array at its start). */
    static FieldPath at(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        return parser.currentToken() != null && parser.currentToken().isStructStart()
                ? of(context) : entry(of(context), context);
    }

    /** The path of the object or array the parser is in (Jackson's context, written our way). */
    static FieldPath of(JsonStreamContext context) {
        return context.inRoot() ? ROOT : entry(of(context.getParent()), context.getParent());
    }

    private static FieldPath entry(FieldPath container, JsonStreamContext context) {
        if (context.inObject() && context.getCurrentName() != null) {
            return container.field(context.getCurrentName());
        }
        return context.inArray() ? container.index(context.getCurrentIndex()) : container;
    }

    @Override
    public String toString() {
        return text;
    }
}
