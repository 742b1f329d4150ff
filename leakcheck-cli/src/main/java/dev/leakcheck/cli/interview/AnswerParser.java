package dev.leakcheck.cli.interview;

import dev.leakcheck.json.IncidentLimit;
import dev.leakcheck.model.JapanTime;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Text;
import dev.leakcheck.model.field.IncidentField;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one typed line as an answer to a field: a number of the offered choices (or the value's
 * code), free text, a count, a date and time. Full-width digits and letters are read as their
 * ASCII forms, as a Japanese input method types them. Nothing is guessed: a time is never taken
 * from the clock, and a date without a time of day is not an answer.
 */
final class AnswerParser {

    private static final Set<String> STOP = Set.of("q", "quit", "exit", "中断", "終了");
    private static final Set<String> UNKNOWN = Set.of("?", "わからない", "分からない", "不明", "unknown", "skip");
    private static final Set<String> NONE = Set.of("0", "なし", "無し", "none");
    private static final Set<String> NOW = Set.of("now", "today", "今", "いま", "現在", "今日", "本日");
    private static final Set<String> YES = Set.of("y", "yes", "はい", "true");
    private static final Set<String> NO = Set.of("n", "no", "いいえ", "false");
    private static final Pattern SEPARATORS = Pattern.compile("[,、，;\\s]+");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,、，;]");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,10}");
    private static final Pattern LOCAL = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}T\\d{1,2}:\\d{2}(:\\d{2})?");
    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final DateTimeFormatter LOCAL_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-M-d'T'H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);

    /** How to answer a choice; shown when the answer was not one. */
    static Text choiceHint(int count) {
        return Text.of("1〜" + count + " の番号で答えてください（? = わからない、q = 中断）",
                "answer with a number from 1 to " + count + " (? = unknown, q = stop)");
    }

    private AnswerParser() {
    }

    static Reply parse(IncidentField field, List<Option> options, String line) {
        String raw = line.strip();
        String normal = normalize(raw);
        if (STOP.contains(normal)) {
            return new Reply.Stop();
        }
        if (UNKNOWN.contains(normal)) {
            return new Reply.Unknown();
        }
        return switch (field.kind()) {
            case YES_NO, CHOICE -> choice(options, normal);
            case CHOICES -> choices(options, normal);
            case TEXT -> raw.isEmpty() ? new Reply.Invalid(Text.of(
                    "空欄です。文字で答えてください（? = わからない、q = 中断）",
                    "the answer is empty: type it (? = unknown, q = stop)")) : new Reply.Value(raw);
            case TEXTS -> texts(raw);
            case COUNT -> count(normal);
            case DATE_TIME -> dateTime(normal, Normalizer.normalize(raw, Normalizer.Form.NFKC).strip());
        };
    }

    /** NFKC (全角 → 半角), stripped, lower case: for everything but free text. */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private static Reply choice(List<Option> options, String normal) {
        Option option = option(options, normal);
        return option == null ? new Reply.Invalid(choiceHint(options.size())) : new Reply.Value(option.value());
    }

    /** The option a token names: its number, its code, its label, or yes / no words for はい / いいえ. */
    static Option option(List<Option> options, String token) {
        if (token.matches("[0-9]{1,3}")) {
            int number = Integer.parseInt(token);
            return number >= 1 && number <= options.size() ? options.get(number - 1) : null;
        }
        for (Option option : options) {
            if (option.code().equalsIgnoreCase(token) || normalize(option.label().ja()).equals(token)
                    || normalize(option.label().en()).equals(token)) {
                return option;
            }
            if ((option.code().equals("YES") && YES.contains(token)) || (option.code().equals("NO") && NO.contains(token))) {
                return option;
            }
        }
        return null;
    }

    private static Reply choices(List<Option> options, String normal) {
        Text hint = Text.of("番号をカンマで区切って答えてください（例: 1,3。どれでもなければ 0。? = わからない）",
                "answer with numbers separated by commas (e.g. 1,3; 0 for none; ? = unknown)");
        if (normal.isEmpty()) {
            return new Reply.Invalid(hint);
        }
        if (NONE.contains(normal)) {
            return new Reply.Value(List.of());
        }
        Set<Option> chosen = new LinkedHashSet<>();
        for (String token : SEPARATORS.split(normal)) {
            if (token.isEmpty()) {
                continue;
            }
            Option option = option(options, token);
            if (option == null) {
                return new Reply.Invalid(hint);
            }
            chosen.add(option);
        }
        // In the model's order, whatever order they were typed in: the same answer, the same incident.
        List<Object> values = new ArrayList<>();
        for (Option option : options) {
            if (chosen.contains(option)) {
                values.add(option.value());
            }
        }
        return new Reply.Value(List.copyOf(values));
    }

    private static Reply texts(String raw) {
        List<String> names = new ArrayList<>();
        for (String part : LIST_SEPARATORS.split(raw)) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        if (names.isEmpty()) {
            return new Reply.Invalid(Text.of("空欄です。カンマで区切って名前を入力してください（? = わからない）",
                    "the answer is empty: type the names, separated by commas (? = unknown)"));
        }
        IncidentLimit most = IncidentLimit.ARRAY_ITEMS;
        if (most.exceededBy(names.size())) {
            return new Reply.Invalid(Text.of("名前が多すぎます。" + most.shown() + " 個までにしてください",
                    "too many names: at most " + most.shown()));
        }
        return new Reply.Value(List.copyOf(names));
    }

    private static Reply count(String normal) {
        String digits = normal.replaceAll("[,_\\s]", "").replaceFirst("(人|件|名|persons?|people)$", "");
        if (COUNT.matcher(digits).matches()) {
            long value = Long.parseLong(digits);
            if (value <= Integer.MAX_VALUE) {
                return new Reply.Value((int) value);
            }
        }
        return new Reply.Invalid(Text.of("人数を 0 以上の整数で答えてください（例: 1200。? = わからない）",
                "answer with a whole number of persons, 0 or more (e.g. 1200; ? = unknown)"));
    }

    private static Reply dateTime(String normal, String nfkc) {
        Text hint = Text.of("日時を「2026-12-01 10:00」の形で答えてください（日本時間。? = わからない）",
                "answer with a date and time such as 2026-12-01 10:00 (Japan time; ? = unknown)");
        if (NOW.contains(normal)) {
            return new Reply.Invalid(Text.of("現在時刻は自動では入れません。実際の日時を「2026-12-01 10:00」の形で答えてください",
                    "the current time is never filled in for you: type the actual time, such as 2026-12-01 10:00"));
        }
        String text = nfkc.replaceFirst("^(\\d{4})/(\\d{1,2})/(\\d{1,2})", "$1-$2-$3");
        if (DATE_ONLY.matcher(text).matches()) {
            return new Reply.Invalid(Text.of("時刻も答えてください（例: " + text + " 10:00）", "give the time of day too (e.g. "
                    + text + " 10:00)"));
        }
        text = text.replaceFirst("^(\\d{4}-\\d{1,2}-\\d{1,2})(\\s+|t)", "$1T");
        try {
            if (LOCAL.matcher(text).matches()) {
                // A time without an offset is Japan time, as the incident reader reads it
                // (docs/json-contract.md); kept as +09:00.
                return new Reply.Value(LocalDateTime.parse(text, LOCAL_FORMAT).atZone(JapanTime.ZONE).toOffsetDateTime()
                        .toZonedDateTime());
            }
            return new Reply.Value(ZonedDateTime.parse(text, DateTimeFormatter.ISO_DATE_TIME));
        } catch (DateTimeParseException e) {
            return new Reply.Invalid(hint);
        }
    }
}
