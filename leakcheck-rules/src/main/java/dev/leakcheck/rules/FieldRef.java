package dev.leakcheck.rules;

/**
 * A field path as the catalogue writes it: {@code discovery.route}, or a template such as
 * {@code assets[].personal.persons} that stands for the same field of every asset. Parsed once when
 * the catalogue is read, so that evaluating an incident looks answers up without building paths.
 *
 * @param template  the path as written
 * @param assetPart for a template of one asset field ({@code assets[].x}), the part after
 *                  {@code assets[].} ({@code x}); null otherwise
 */
record FieldRef(String template, String assetPart) {

    static final String EVERY_ASSET = "assets[]";

    static FieldRef of(String template) {
        boolean assetField = template.startsWith(EVERY_ASSET + ".")
                && template.indexOf(EVERY_ASSET, EVERY_ASSET.length()) < 0;
        return new FieldRef(template, assetField ? template.substring(EVERY_ASSET.length() + 1) : null);
    }

    /** Whether the path names a field of every asset. */
    boolean everyAsset() {
        return template.startsWith(EVERY_ASSET);
    }

    /** The path for asset {@code i}: {@code assets[].x} → {@code assets[i].x}; other paths as written. */
    String concrete(int i) {
        return template.contains(EVERY_ASSET) ? template.replace(EVERY_ASSET, "assets[" + i + "]") : template;
    }

    /** Whether this is the description of an asset, which is shown bare rather than with the asset's name. */
    boolean isDescription() {
        return template.endsWith(".description");
    }

    @Override
    public String toString() {
        return template;
    }
}
