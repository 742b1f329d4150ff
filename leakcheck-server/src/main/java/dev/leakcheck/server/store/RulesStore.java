package dev.leakcheck.server.store;

import static dev.leakcheck.server.store.IncidentStore.instant;
import static dev.leakcheck.server.store.IncidentStore.utc;

import dev.leakcheck.spring.Workbooks;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Published rule versions, append-only, with their workbooks' bytes: the latest is the rules in force. */
@Repository
public class RulesStore {

    /**
     * A published version.
     *
     * @param id           its number
     * @param publishedAt  when
     * @param publishedBy  by whom (as they named themselves)
     * @param note         why, if they said
     * @param restoredFrom the version it restores, if it is a restore
     * @param workbooks    the SHA-256 of its workbooks by name; empty: the bundled rules
     */
    public record Version(long id, Instant publishedAt, String publishedBy, String note, Long restoredFrom,
                          SortedMap<String, String> workbooks) {
    }

    private final JdbcClient jdbc;

    RulesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a version and its workbooks, in one transaction.
     *
     * @param at           now
     * @param by           who
     * @param note         why, or null
     * @param restoredFrom the version restored, or null
     * @param files        the workbooks' bytes by name; empty for the bundled rules
     * @return the new version
     */
    @Transactional
    public Version save(Instant at, String by, String note, Long restoredFrom, Map<String, byte[]> files) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rules_version (published_at, published_by, note, restored_from) VALUES (?, ?, ?, ?)")
                .params(utc(at), by, note, restoredFrom).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        SortedMap<String, String> digests = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            String digest = Workbooks.sha256(file.getValue());
            digests.put(file.getKey(), digest);
            jdbc.sql("INSERT INTO rules_workbook (version_id, name, sha256, content) VALUES (?, ?, ?, ?)")
                    .params(id, file.getKey(), digest, file.getValue()).update();
        }
        return new Version(id, at, by, note, restoredFrom, digests);
    }

    /** @return every version, the newest first */
    public List<Version> list() {
        Map<Long, SortedMap<String, String>> digests = new LinkedHashMap<>();
        jdbc.sql("SELECT version_id, name, sha256 FROM rules_workbook").query(rs -> {
            digests.computeIfAbsent(rs.getLong("version_id"), k -> new TreeMap<>())
                    .put(rs.getString("name"), rs.getString("sha256"));
        });
        return jdbc.sql("SELECT id, published_at, published_by, note, restored_from FROM rules_version ORDER BY id DESC")
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    Long from = rs.getObject("restored_from", Long.class);
                    return new Version(id, instant(rs, "published_at"), rs.getString("published_by"), rs.getString("note"),
                            from, digests.getOrDefault(id, new TreeMap<>()));
                })
                .list();
    }

    /** @return the version in force, if any was published */
    public Optional<Version> latest() {
        return list().stream().findFirst();
    }

    /**
     * @param id a version
     * @return its workbooks' bytes by name (empty: the bundled rules)
     */
    public Map<String, byte[]> files(long id) {
        Map<String, byte[]> files = new TreeMap<>();
        jdbc.sql("SELECT name, content FROM rules_workbook WHERE version_id = ?").param(id)
                .query(rs -> {
                    files.put(rs.getString("name"), rs.getBytes("content"));
                });
        return files;
    }

    /**
     * @param id a version
     * @return whether it exists
     */
    public boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM rules_version WHERE id = ?").param(id).query(Integer.class).single() > 0;
    }
}
