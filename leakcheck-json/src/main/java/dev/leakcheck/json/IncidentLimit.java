package dev.leakcheck.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.leakcheck.model.Text;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How much of an incident the reader takes, each limit checked before the memory it guards is spent:
 * the file's size before it is read, a string's length while Jackson reads it, the number of items,
 * fields, levels and values as the tree is built. An input past a limit is refused naming its field,
 * like any other mistake, so that a hostile or broken file costs a bounded amount of memory and time
 * (the tool runs in a 64 MB heap).
 *
 * <p>The limits leave wide room for real incidents. The largest realistic one (a few dozen assets with a
 * paragraph each, a few hundred devices) is some tens of kilobytes, 4 levels deep (incident ＞ assets ＞
 * asset ＞ personal), with at most 12 fields in one object and a few thousand values. README.md
 * ("Limits / 上限") states them for people.
 */
public enum IncidentLimit {

    /** The size of the input: a file's bytes, checked before it is read. */
    INPUT_BYTES(1 << 20, "入力が大きすぎます。%s バイト（1 MiB）までにしてください",
            "the input is too large: at most %s bytes (1 MiB)"),
    /** The characters of one string value, such as a description. */
    STRING_CHARS(4_000, "文字列が長すぎます。%s 文字までにしてください",
            "the text is too long: at most %s characters"),
    /** The characters of one field name (the names the reader knows have at most 22). */
    NAME_CHARS(100, "項目名が長すぎます。%s 文字までです", "the field name is too long: at most %s characters"),
    /** The characters of one number as written. */
    NUMBER_CHARS(100, "数値の桁が多すぎます。%s 文字までです", "the number is too long: at most %s characters"),
    /** The assets of one incident. */
    ASSETS(100, "情報資産が多すぎます。%s 件までです（それより多いときは事案を分けてください）",
            "too many assets: at most %s (split the incident into several)"),
    /** The items of any one array, such as attack.devices. */
    ARRAY_ITEMS(1_000, "要素が多すぎます。1 つの配列に %s 個までです", "too many items: at most %s in one array"),
    /** The fields of one object. */
    OBJECT_FIELDS(64, "項目が多すぎます。1 つのオブジェクトに %s 項目までです", "too many fields: at most %s in one object"),
    /** Objects and arrays within each other, the incident itself being the first. */
    DEPTH(16, "入れ子が深すぎます。%s 段までです", "nested too deeply: at most %s levels"),
    /** The values of the whole incident: every string, number, true/false/null, object and array. */
    VALUES(10_000, "値が多すぎます。事案全体で %s 個までです", "too many values: at most %s in one incident");

    private final int max;
    private final String shown;
    private final Text refusal;

    IncidentLimit(int max, String ja, String en) {
        this.max = max;
        this.shown = NumberFormat.getIntegerInstance(Locale.ROOT).format(max);
        this.refusal = Text.of(ja.formatted(shown), en.formatted(shown));
    }

    /** The most that is accepted. */
    public int max() {
        return max;
    }

    /** The most that is accepted, as messages write it: {@code 4,000}. */
    public String shown() {
        return shown;
    }

    /** The limit of the items of the array at this path: {@link #ASSETS} for the assets, else {@link #ARRAY_ITEMS}. */
    static IncidentLimit itemsOf(FieldPath array) {
        return array.text().equals("assets") ? ASSETS : ARRAY_ITEMS;
    }

    /** Whether {@code count} is past the limit. */
    public boolean exceededBy(long count) {
        return count > max;
    }

    /** What is wrong, and the limit, in both languages. */
    Text refusal() {
        return refusal;
    }

    /**
     * The limit Jackson refused an input for: its message names the limit's getter (such as
     * {@code StreamReadConstraints.getMaxStringLength()}), which is Jackson's API and so stable.
     */
    static Optional<IncidentLimit> of(StreamConstraintsException refusal) {
        String message = String.valueOf(refusal.getMessage());
        for (Map.Entry<String, IncidentLimit> getter : JACKSON_GETTERS.entrySet()) {
            if (message.contains(getter.getKey())) {
                return Optional.of(getter.getValue());
            }
        }
        return Optional.empty();
    }

    private static final Map<String, IncidentLimit> JACKSON_GETTERS = Map.of(
            "getMaxStringLength", STRING_CHARS,
            "getMaxNameLength", NAME_CHARS,
            "getMaxNumberLength", NUMBER_CHARS,
            "getMaxNestingDepth", DEPTH,
            "getMaxDocumentLength", INPUT_BYTES,
            "getMaxTokenCount", VALUES);

    /**
     * Jackson's own limits for the parser: the string, name and number lengths are Jackson's to
     * enforce while it reads (it stops within a few kilobytes past them). Depth, size and tokens are
     * set just past what {@link LimitedParser} refuses itself, with the field named, and only guard against a
     * mistake there.
     */
    static StreamReadConstraints jackson() {
        return StreamReadConstraints.builder()
                .maxStringLength(STRING_CHARS.max)
                .maxNameLength(NAME_CHARS.max)
                .maxNumberLength(NUMBER_CHARS.max)
                .maxNestingDepth(DEPTH.max + 1)
                .maxDocumentLength(INPUT_BYTES.max + 1L)
                // A value is at most three tokens: its name, its start and its end.
                .maxTokenCount(4L * VALUES.max)
                .build();
    }
}
