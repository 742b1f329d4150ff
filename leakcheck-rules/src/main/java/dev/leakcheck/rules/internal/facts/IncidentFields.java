package dev.leakcheck.rules.internal.facts;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.field.IncidentField;
import java.util.Collection;
import java.util.Iterator;
import java.util.Optional;

/**
 * The incident's answered fields by path ({@code assets[0].personal.persons} → {@code 1200}), so
 * that the question sheet can ask for exactly the fields that are still unknown. A field whose
 * value is null here is unknown; so is a path this class does not know.
 *
 * <p>A view: each answer is read from the incident when it is asked for, as its text (an enum's
 * name, a number, a date-time's ISO form, a list's elements joined with commas).
 */
public final class IncidentFields {

    private static final String ASSETS = "assets[";
    private static final String EVERY_ASSET = "assets[].";

    private final Incident incident;

    private IncidentFields(Incident incident) {
        this.incident = incident;
    }

    public static IncidentFields of(Incident incident) {
        return new IncidentFields(incident);
    }

    /** The answer to a field, or empty while it is unknown. */
    Optional<String> value(String field) {
        return Optional.ofNullable(get(field));
    }

    /** The answer to a field by its full path, or null while it is unknown. */
    public String get(String field) {
        if (field.startsWith(ASSETS)) {
            int close = field.indexOf(']', ASSETS.length());
            if (close < 0 || close + 1 >= field.length() || field.charAt(close + 1) != '.') {
                return null;
            }
            int index = index(field.substring(ASSETS.length(), close));
            return index < 0 ? null : asset(index, field.substring(close + 2));
        }
        return top(field);
    }

    /** The answer to a catalogue field for asset {@code i} (the field itself when it is not of an asset). */
    public String get(FieldRef field, int i) {
        if (field.assetPart() != null) {
            return asset(i, field.assetPart());
        }
        return get(field.concrete(i));
    }

    /** The number of assets described; questions about assets are asked of at least one. */
    public int assetsToAsk() {
        return Math.max(1, incident.assets().size());
    }

    /** The index written between the brackets, as {@code Integer.toString} writes it; -1 otherwise. */
    private static int index(String digits) {
        if (digits.isEmpty() || digits.length() > 9 || (digits.length() > 1 && digits.charAt(0) == '0')) {
            return -1;
        }
        for (int k = 0; k < digits.length(); k++) {
            if (digits.charAt(k) < '0' || digits.charAt(k) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(digits);
    }

    private String top(String field) {
        if (field.equals("type")) {
            return incident.type().name();
        }
        return IncidentField.ofTemplate(field).filter(f -> !f.perAsset())
                .flatMap(f -> f.valueIn(incident, -1)).map(IncidentFields::text).orElse(null);
    }

    private String asset(int i, String field) {
        return IncidentField.ofTemplate(EVERY_ASSET + field).flatMap(f -> f.valueIn(incident, i))
                .map(IncidentFields::text).orElse(null);
    }

    /** An answer as text: an enum's name, a number, a date-time's ISO form, a list joined with commas. */
    private static String text(Object value) {
        if (value instanceof Collection<?> list) {
            return joined(list);
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    /** A list's elements joined with commas; an empty list is an answer too (""). */
    private static String joined(Collection<?> value) {
        Iterator<?> elements = value.iterator();
        if (!elements.hasNext()) {
            return "";
        }
        StringBuilder text = new StringBuilder(elements.next().toString());
        while (elements.hasNext()) {
            text.append(',').append(elements.next());
        }
        return text.toString();
    }
}
