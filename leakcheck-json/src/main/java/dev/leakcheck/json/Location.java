package dev.leakcheck.json;

import com.fasterxml.jackson.core.JsonLocation;

/** A place in the input text, 1-based, as an editor shows it. */
record Location(int line, int column) {

    static Location of(JsonLocation location) {
        return new Location(location.getLineNr(), location.getColumnNr());
    }

    boolean isKnown() {
        return line > 0 && column > 0;
    }
}
