package dev.leakcheck.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.ReportItem;
import dev.leakcheck.model.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The one layout of all JSON this module writes, so that output can be compared byte for byte:
 * 2-space indentation, {@code "name": value}, {@code []} and {@code {}} when empty, "\n" line
 * endings on every platform, a trailing newline, non-ASCII text as is (not \\u-escaped).
 *
 * <p>Jackson writes the model's records (a plan) and trees (an incident) itself; what is ours is how a
 * few of our types are written, in a module, and the contract's names where they differ from the
 * model's, in mixins. Configured once; Jackson's writers are safe to share between threads.
 */
final class JsonStyle {

    /**
     * The one mapper, for reading too (one costs less start-up than two): Jackson's limits, duplicate names
     * refused and exact decimals for the reader ({@link JsonInput}); the writers' types below.
     */
    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(IncidentLimit.jackson())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .addModule(new SimpleModule("leakcheck")
                    // A text in the language the writer was given.
                    .addSerializer(new As<>(Text.class, (text, json, to) ->
                            json.writeString(text.in((Language) to.getAttribute(Language.class)))))
                    .addSerializer(new As<>(Answer.class, (answer, json, to) -> json.writeBoolean(answer.toBoolean())))
                    .addSerializer(new As<>(LocalDate.class, (date, json, to) -> json.writeString(date.toString())))
                    .addSerializer(new As<>(ZonedDateTime.class, (time, json, to) ->
                            json.writeString(DateTimes.format(time))))
                    // An instant (a deadline's dueAt) as Tokyo's offset, without the zone's name: 2026-11-09T23:00:00+09:00.
                    .addSerializer(new As<>(java.time.OffsetDateTime.class, (time, json, to) ->
                            json.writeString(DateTimes.format(time.atZoneSameInstant(
                                    dev.leakcheck.model.JapanTime.ZONE.getRules().getOffset(time.toInstant()))))))
                    // Null when empty, or left out where a mixin says NON_EMPTY (jackson-datatype-jdk8 not needed).
                    .addSerializer(new As<>(Optional.class, (optional, json, to) -> {
                        if (optional.isPresent()) {
                            to.defaultSerializeValue(optional.get(), json);
                        } else {
                            json.writeNull();
                        }
                    })))
            .addMixIn(ReportItem.class, ReportItemJson.class)
            .addMixIn(PlannedAction.class, PlannedActionJson.class)
            .addMixIn(Deadline.class, DeadlineJson.class)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(printer());

    private JsonStyle() {
    }

    /** A new, empty object of Jackson's tree. */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The value (a tree or a record of the model) as pretty JSON with its texts in the language, and a newline. */
    static String write(Object value, Language language) {
        try {
            return WRITER.withAttribute(Language.class, language).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            // Writing to a string does not fail; this would be a bug in a serializer.
            throw new UncheckedIOException(e);
        }
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

    /** The report's item number is {@code item} in the contract. */
    private abstract static class ReportItemJson {
        @JsonProperty("item")
        abstract int number();
    }

    /** An action without a recipient or a deadline leaves the field out. */
    private abstract static class PlannedActionJson {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract Optional<Text> recipient();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract Optional<Deadline> deadline();
    }

    /**
     * A deadline in days leaves out {@code dueAt} (only a period in hours has an instant); {@code overdue}
     * is written only when the deadline had already passed when the plan was made.
     */
    private abstract static class DeadlineJson {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract Optional<java.time.OffsetDateTime> dueAt();

        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean overdue();
    }

    /** Writes one value of a type, as a lambda. */
    @FunctionalInterface
    private interface Write<T> {
        void write(T value, JsonGenerator json, SerializerProvider to) throws IOException;
    }

    /** A serializer from a lambda; an empty Optional is the only empty value. */
    private static final class As<T> extends StdSerializer<T> {

        private final transient Write<T> write;

        As(Class<T> type, Write<T> write) {
            super(type);
            this.write = write;
        }

        @Override
        public void serialize(T value, JsonGenerator json, SerializerProvider to) throws IOException {
            write.write(value, json, to);
        }

        @Override
        public boolean isEmpty(SerializerProvider to, T value) {
            return value instanceof Optional<?> optional && optional.isEmpty();
        }
    }
}
