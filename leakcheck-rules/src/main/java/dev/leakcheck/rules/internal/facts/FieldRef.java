package dev.leakcheck.rules.internal.facts;

/**
 * A field path as the catalogue writes it: {@code discovery.route}, or a template such as
 * {@code assets[].personal.persons} that stands for the same field of every asset. Parsed once when
 * the catalogue is read, so that evaluating an incident looks answers up without building paths.
 */
public final class FieldRef {

    static final String EVERY_ASSET = "assets[]";

    /** The paths of the first assets are made once: {@code assets[0].x}, {@code assets[1].x}, … */
    private static final int MADE_PATHS = 8;

    private final String template;
    private final String assetPart;
    private final String[] concrete;

    private FieldRef(String template) {
        this.template = template;
        boolean assetField = template.startsWith(EVERY_ASSET + ".")
                && template.indexOf(EVERY_ASSET, EVERY_ASSET.length()) < 0;
        this.assetPart = assetField ? template.substring(EVERY_ASSET.length() + 1) : null;
        this.concrete = new String[MADE_PATHS];
        for (int i = 0; i < MADE_PATHS; i++) {
            concrete[i] = make(i);
        }
    }

    public static FieldRef of(String template) {
        return new FieldRef(template);
    }

    /** The path as written. */
    public String template() {
        return template;
    }

    /** For a template of one asset field ({@code assets[].x}), the part after {@code assets[].}; null otherwise. */
    public String assetPart() {
        return assetPart;
    }

    /** Whether the path names a field of every asset. */
    public boolean everyAsset() {
        return template.startsWith(EVERY_ASSET);
    }

    /** The path for asset {@code i}: {@code assets[].x} → {@code assets[i].x}; other paths as written. */
    public String concrete(int i) {
        return i < MADE_PATHS ? concrete[i] : make(i);
    }

    private String make(int i) {
        return template.contains(EVERY_ASSET) ? template.replace(EVERY_ASSET, "assets[" + i + "]") : template;
    }

    /** Whether this is the description of an asset, which is shown bare rather than with the asset's name. */
    public boolean isDescription() {
        return template.endsWith(".description");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldRef ref && ref.template.equals(template);
    }

    @Override
    public int hashCode() {
        return template.hashCode();
    }

    @Override
    public String toString() {
        return template;
    }
}
