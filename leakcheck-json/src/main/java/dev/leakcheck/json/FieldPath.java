package dev.leakcheck.json;

/**
 * Where a value sits in the incident, written the way docs/json-contract.md and the plan's questions
 * write it: {@code discovery.awareAt}, {@code assets[0].personal.persons}. The root is empty.
 */
record FieldPath(String text) {

    static final FieldPath ROOT = new FieldPath("");

    FieldPath field(String name) {
        return new FieldPath(isRoot() ? name : text + "." + name);
    }

    FieldPath index(int i) {
        return new FieldPath(text + "[" + i + "]");
    }

    boolean isRoot() {
        return text.isEmpty();
    }

    @Override
    public String toString() {
        return text;
    }
}
