package dev.leakcheck.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Incidents, their events (append-only: the incident as created, then each answer with its time) and the
 * plan made after each event. Plain JDBC: three tables, written in one place, read as they are.
 */
@Repository
public class IncidentStore {

    /**
     * An incident as it stands.
     *
     * @param id          the server's number
     * @param createdAt   when it was created
     * @param updatedAt   when it was last answered
     * @param events      how many events it has (creation included)
     * @param type        its type code
     * @param nextDue     the nearest due date of its latest plan
     * @param currentJson the incident JSON with every answer applied
     */
    public record Row(long id, Instant createdAt, Instant updatedAt, int events, String type, LocalDate nextDue,
                      String currentJson) {
    }

    /**
     * One event.
     *
     * @param seq        1 for the creation, then one per answer
     * @param recordedAt when it was recorded
     * @param kind       {@code CREATED} or {@code ANSWERED}
     * @param field      the field answered (null for the creation)
     * @param valueJson  the value as JSON (the whole incident for the creation; {@code null} answered unknown)
     */
    public record Event(int seq, Instant recordedAt, String kind, String field, String valueJson) {
    }

    /**
     * The plan made after an event.
     *
     * @param seq          the event
     * @param madeAt       when
     * @param rulesVersion by which rules
     * @param planJa       the plan JSON in Japanese
     * @param planEn       the plan JSON in English
     */
    public record StoredPlan(int seq, Instant madeAt, String rulesVersion, String planJa, String planEn) {
    }

    private final JdbcClient jdbc;

    IncidentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /**
     * Creates an incident with one event.
     *
     * @param at      now
     * @param type    its type code
     * @param nextDue the nearest due date of its plan
     * @param json    the incident JSON
     * @return its number
     */
    public long create(Instant at, String type, LocalDate nextDue, String json) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO incident (created_at, updated_at, events, type, next_due, current_json) VALUES (?, ?, 1, ?, ?, ?)")
                .params(utc(at), utc(at), type, nextDue, json).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        event(id, 1, at, "CREATED", null, json);
        return id;
    }

    /**
     * Records an answer, if nobody answered since the state it was made on.
     *
     * @param id        the incident
     * @param seenEvent the number of events of the state the answer was applied to
     * @param at        now
     * @param field     the field's path
     * @param valueJson the value as JSON
     * @param type      the type code after the answer
     * @param nextDue   the nearest due date of the new plan
     * @param json      the incident JSON after the answer
     * @return whether it was recorded ({@code false}: someone else answered first)
     */
    public boolean answer(long id, int seenEvent, Instant at, String field, String valueJson, String type,
                          LocalDate nextDue, String json) {
        int updated = jdbc.sql("UPDATE incident SET events = ?, updated_at = ?, type = ?, next_due = ?, current_json = ? "
                        + "WHERE id = ? AND events = ?")
                .params(seenEvent + 1, utc(at), type, nextDue, json, id, seenEvent).update();
        if (updated == 0) {
            return false;
        }
        event(id, seenEvent + 1, at, "ANSWERED", field, valueJson);
        return true;
    }

    private void event(long id, int seq, Instant at, String kind, String field, String valueJson) {
        jdbc.sql("INSERT INTO incident_event (incident_id, seq, recorded_at, kind, field, value_json) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, seq, utc(at), kind, field, valueJson).update();
    }

    /**
     * Stores the plan made after an event.
     *
     * @param id   the incident
     * @param plan the plan
     */
    public void plan(long id, StoredPlan plan) {
        jdbc.sql("INSERT INTO incident_plan (incident_id, seq, made_at, rules_version, plan_ja, plan_en) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, plan.seq(), utc(plan.madeAt()), plan.rulesVersion(), plan.planJa(), plan.planEn()).update();
    }

    private static final String ROW = "SELECT id, created_at, updated_at, events, type, next_due, current_json FROM incident ";

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("events"),
                rs.getString("type"), rs.getObject("next_due", LocalDate.class), rs.getString("current_json"));
    }

    /**
     * @param id the incident
     * @return it, if there is one
     */
    public Optional<Row> find(long id) {
        return jdbc.sql(ROW + "WHERE id = ?").param(id).query(IncidentStore::row).optional();
    }

    /** @return every incident, the nearest due date first, those without one last */
    public List<Row> list() {
        return jdbc.sql(ROW + "ORDER BY next_due ASC NULLS LAST, id DESC").query(IncidentStore::row).list();
    }

    /**
     * @param id the incident
     * @return its events in order
     */
    public List<Event> events(long id) {
        return jdbc.sql("SELECT seq, recorded_at, kind, field, value_json FROM incident_event WHERE incident_id = ? ORDER BY seq")
                .param(id)
                .query((rs, n) -> new Event(rs.getInt("seq"), instant(rs, "recorded_at"), rs.getString("kind"),
                        rs.getString("field"), rs.getString("value_json")))
                .list();
    }

    /**
     * @param id the incident
     * @return its latest plan
     */
    public Optional<StoredPlan> latestPlan(long id) {
        return jdbc.sql("SELECT seq, made_at, rules_version, plan_ja, plan_en FROM incident_plan WHERE incident_id = ? "
                        + "ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .param(id)
                .query((rs, n) -> new StoredPlan(rs.getInt("seq"), instant(rs, "made_at"), rs.getString("rules_version"),
                        rs.getString("plan_ja"), rs.getString("plan_en")))
                .optional();
    }
}
