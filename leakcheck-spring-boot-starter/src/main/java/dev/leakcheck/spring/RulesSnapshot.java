package dev.leakcheck.spring;

import dev.leakcheck.rules.LeakcheckEngine;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The rules serving at one moment, and what they are: an engine and where it came from.
 *
 * @param engine    the engine
 * @param version   which rules: {@code bundled-0.1.0}, {@code directory}, {@code published-3}, …
 * @param source    where they were read from, for people (never a secret)
 * @param workbooks the SHA-256 of every workbook in force, by file name
 * @param loadedAt  when they started serving
 */
public record RulesSnapshot(LeakcheckEngine engine, String version, String source, SortedMap<String, String> workbooks,
                            Instant loadedAt) {

    /** Copies the digests. */
    public RulesSnapshot {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(loadedAt, "loadedAt");
        workbooks = new TreeMap<>(workbooks);
    }

    /**
     * What the rules are, without the engine: for Actuator's info, the API and logs.
     *
     * @return version, source, workbook digests and loading time
     */
    public Map<String, Object> describe() {
        return Map.of("version", version, "source", source, "workbooks", workbooks, "loadedAt", loadedAt.toString());
    }
}
