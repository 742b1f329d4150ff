package dev.leakcheck.cli.catalogue;

import dev.leakcheck.model.Text;
import dev.leakcheck.rules.Labels;
import java.util.Map;
import java.util.Optional;

/**
 * The labels people read for codes and fields, from the rules' own {@code catalogue.xlsx} (see
 * {@link Labels}): business staff keep one list of labels, and the interview and the report show
 * what the plan's own texts show. A code without a label is shown as the code; labels are for
 * reading, never for deciding.
 */
public final class CatalogueLabels {

    private static final String EVERY_ASSET = "assets[]";

    private final Map<String, Text> values;
    private final Map<String, Text> fields;

    private CatalogueLabels(Map<String, Text> values, Map<String, Text> fields) {
        this.values = Map.copyOf(values);
        this.fields = Map.copyOf(fields);
    }

    /** The labels of the catalogue bundled with the engine; read once per JVM. */
    public static CatalogueLabels bundled() {
        return Bundled.LABELS;
    }

    /** The labels of a catalogue, such as those of an engine of edited workbooks ({@code LeakcheckEngine.labels()}). */
    public static CatalogueLabels of(Labels labels) {
        return new CatalogueLabels(labels.values(), labels.fields());
    }

    /** Labels given directly, for tests and for callers with a catalogue of their own. */
    public static CatalogueLabels of(Map<String, Text> values, Map<String, Text> fields) {
        return new CatalogueLabels(values, fields);
    }

    /** The label of a value code, or the code itself when the catalogue has none. */
    public Text value(String code) {
        return values.getOrDefault(code, Text.of(code, code));
    }

    /** The label of an enum constant of the model ({@code Channel.EMAIL}, {@code PpcTrigger.…}). */
    public Text value(Enum<?> constant) {
        return value(constant.name());
    }

    /** Whether the catalogue has a label of its own for the code. */
    public boolean hasValue(String code) {
        return values.containsKey(code);
    }

    /**
     * The label of a field path ({@code assets[2].personal.persons} is looked up as
     * {@code assets[].personal.persons}), when the catalogue has one.
     */
    public Optional<Text> field(String path) {
        return Optional.ofNullable(fields.get(template(path)));
    }

    /** {@code assets[2].personal.persons} → {@code assets[].personal.persons}. */
    static String template(String path) {
        return path.replaceFirst("^assets\\[\\d+\\]", EVERY_ASSET);
    }

    private static final class Bundled {
        static final CatalogueLabels LABELS = of(Labels.bundled());
    }
}
