package dev.leakcheck.rules.internal.facts;

import dev.leakcheck.model.Answer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A yes/no/unknown answer together with the fields that would settle it: the arithmetic of
 * "may have happened". {@code and} is unknown unless one side is a definite no; {@code any} is
 * yes as soon as one answer is yes.
 */
public record AnswerWithFields(Answer answer, List<String> fields) {

    public static final AnswerWithFields YES = new AnswerWithFields(Answer.YES, List.of());
    public static final AnswerWithFields NO = new AnswerWithFields(Answer.NO, List.of());

    public AnswerWithFields {
        fields = answer.isKnown() ? List.of() : List.copyOf(fields);
    }

    static AnswerWithFields of(Answer answer, String field) {
        return switch (answer) {
            case YES -> YES;
            case NO -> NO;
            case UNKNOWN -> new AnswerWithFields(answer, List.of(field));
        };
    }

    /** The answer of a field of asset {@code i}; the path is only written out while it is unknown. */
    static AnswerWithFields ofAsset(Answer answer, int i, String field) {
        return switch (answer) {
            case YES -> YES;
            case NO -> NO;
            case UNKNOWN -> new AnswerWithFields(answer, List.of("assets[" + i + "]." + field));
        };
    }

    public static AnswerWithFields unknown(List<String> fields) {
        return new AnswerWithFields(Answer.UNKNOWN, fields);
    }

    public AnswerWithFields and(AnswerWithFields other) {
        if (answer == Answer.NO || other.answer == Answer.NO) {
            return NO;
        }
        if (answer == Answer.YES && other.answer == Answer.YES) {
            return YES;
        }
        Set<String> both = new LinkedHashSet<>(fields);
        both.addAll(other.fields);
        return unknown(List.copyOf(both));
    }

    /** Yes if any is yes; no if all are no (and there is at least one); otherwise unknown. */
    public static <T> AnswerWithFields any(List<T> items, Function<T, AnswerWithFields> answerOf, List<String> fieldsWhenNone) {
        if (items.isEmpty()) {
            return unknown(fieldsWhenNone);
        }
        // A set in order of first mention: linear in the fields, however many assets name theirs.
        Set<String> unknownFields = new LinkedHashSet<>();
        for (T item : items) {
            AnswerWithFields tri = answerOf.apply(item);
            if (tri.answer == Answer.YES) {
                return YES;
            }
            unknownFields.addAll(tri.fields);
        }
        if (unknownFields.isEmpty()) {
            return NO;
        }
        return unknown(List.copyOf(unknownFields));
    }

    public Fact toFact(String topic) {
        return answer.isKnown() ? Fact.known(topic, Set.of(answer.name())) : Fact.unknown(topic, fields);
    }
}
