package dev.leakcheck.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakcheck.model.Text;

/** The kinds of JSON value, named the way an error message names them. */
enum JsonKind {
    OBJECT(Text.of("オブジェクト ({…})", "an object ({…})")),
    ARRAY(Text.of("配列 ([…])", "an array ([…])")),
    STRING(Text.of("文字列", "a string")),
    NUMBER(Text.of("数値", "a number")),
    BOOLEAN(Text.of("真偽値 (true / false)", "a boolean (true / false)")),
    NULL(Text.of("null", "null"));

    private final Text name;

    JsonKind(Text name) {
        this.name = name;
    }

    Text text() {
        return name;
    }

    /** The kind of a node of Jackson's tree (the tree read from text holds no other). */
    static JsonKind of(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> OBJECT;
            case ARRAY -> ARRAY;
            case STRING -> STRING;
            case NUMBER -> NUMBER;
            case BOOLEAN -> BOOLEAN;
            default -> NULL;
        };
    }
}
