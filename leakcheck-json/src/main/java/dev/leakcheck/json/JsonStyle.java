package dev.leakcheck.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The one layout of all JSON this module writes, so that output can be compared byte for byte:
 * 2-space indentation, {@code "name": value}, {@code []} and {@code {}} when empty, "\n" line
 * endings on every platform, a trailing newline, non-ASCII text as is (not \\u-escaped).
 */
final class JsonStyle {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** What writes the document, given a generator. */
    @FunctionalInterface
    interface Body {
        void writeTo(JsonGenerator json) throws IOException;
    }

    private JsonStyle() {
    }

    static String write(Body body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.setPrettyPrinter(printer());
            body.writeTo(json);
        } catch (IOException e) {
            // A StringWriter does not fail; this would be a bug in the body.
            throw new UncheckedIOException(e);
        }
        return text.append('\n').toString();
    }

    private static DefaultPrettyPrinter printer() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
