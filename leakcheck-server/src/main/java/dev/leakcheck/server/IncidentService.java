package dev.leakcheck.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakcheck.json.IncidentJson;
import dev.leakcheck.json.PlanJson;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.Text;
import dev.leakcheck.server.store.IncidentStore;
import dev.leakcheck.spring.LeakcheckRules;
import dev.leakcheck.spring.RulesSnapshot;
import dev.leakcheck.spring.api.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents kept on the server: created from an incident JSON, answered one field at a time (each answer
 * recorded with its time, the plan made again after it by the rules serving then), listed by their nearest
 * due date. What the API and the pages call. Logs name incidents by number, never by their text.
 */
@Service
public class IncidentService {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentService.class);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /**
     * An incident in the list.
     *
     * @param id        the server's number
     * @param reference the incident's own {@code id}
     * @param type      its type code
     * @param createdAt when it was created
     * @param updatedAt when it was last answered
     * @param answers   how many answers were recorded
     * @param nextDue   the nearest due date of its plan, if any
     * @param overdue   whether that date has passed (in Tokyo)
     */
    public record Summary(long id, String reference, String type, Instant createdAt, Instant updatedAt, int answers,
                          LocalDate nextDue, boolean overdue) {
    }

    /**
     * An incident with its plan.
     *
     * @param summary      as in the list
     * @param incident     the incident JSON as it stands
     * @param plan         the plan JSON, in the language asked for
     * @param rulesVersion the rules the plan was made by
     * @param plannedAt    when the plan was made
     */
    public record Detail(Summary summary, JsonNode incident, JsonNode plan, String rulesVersion, Instant plannedAt) {
    }

    /**
     * One recorded event: what was known when.
     *
     * @param seq        1 for the creation, then one per answer
     * @param recordedAt when
     * @param kind       {@code CREATED} or {@code ANSWERED}
     * @param field      the field answered
     * @param value      the value given ({@code null}: unknown), or the incident as created
     */
    public record Event(int seq, Instant recordedAt, String kind, String field, JsonNode value) {
    }

    private final IncidentStore store;
    private final LeakcheckRules rules;
    private final ObjectMapper json;
    private final Clock clock;

    IncidentService(IncidentStore store, LeakcheckRules rules, ObjectMapper json, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Stores a new incident and its first plan.
     *
     * @param incidentJson the incident JSON (what is known so far)
     * @param language     the language of the plan returned
     * @return the incident with its plan
     * @throws dev.leakcheck.json.InputException when the JSON is wrong (nothing is stored)
     */
    @Transactional
    public Detail create(String incidentJson, Language language) {
        Incident incident = IncidentJson.parse(incidentJson);
        String canonical = IncidentJson.write(incident);
        RulesSnapshot serving = rules.current();
        Plan plan = serving.engine().plan(incident);
        Instant now = clock.instant();
        long id = store.create(now, incident.type().name(), nextDue(plan).orElse(null), canonical);
        store.plan(id, stored(1, now, serving, plan));
        LOG.info("incident {} created, type {}, rules {}", id, incident.type(), serving.version());
        return get(id, language);
    }

    /**
     * Records one answer and makes the plan again.
     *
     * @param id       the incident
     * @param field    the field's path, such as {@code assets[0].personal.persons}
     * @param value    its value; JSON {@code null} for "unknown"
     * @param language the language of the plan returned
     * @return the incident with its new plan
     * @throws dev.leakcheck.json.InputException when the answer makes the incident wrong (nothing is stored)
     */
    @Transactional
    public Detail answer(long id, String field, JsonNode value, Language language) {
        IncidentStore.Row row = row(id);
        ObjectNode tree = (ObjectNode) read(row.currentJson());
        IncidentPaths.set(tree, field, value == null ? json.nullNode() : value);
        Incident incident = IncidentJson.parse(tree.toString());
        RulesSnapshot serving = rules.current();
        Plan plan = serving.engine().plan(incident);
        Instant now = clock.instant();
        if (!store.answer(id, row.events(), now, field, (value == null ? json.nullNode() : value).toString(),
                incident.type().name(), nextDue(plan).orElse(null), IncidentJson.write(incident))) {
            throw new ApiException(HttpStatus.CONFLICT, "ANSWERED_MEANWHILE", Text.of(
                    "この事案には、ほかの人が先に回答しました。読み直してから答えてください",
                    "someone else answered this incident meanwhile: reload it, then answer"));
        }
        store.plan(id, stored(row.events() + 1, now, serving, plan));
        LOG.info("incident {} answered {}, rules {}", id, field, serving.version());
        return get(id, language);
    }

    /**
     * An incident with its latest plan.
     *
     * @param id       the incident
     * @param language the language of the plan
     * @return it
     * @throws ApiException 404 when there is no such incident
     */
    public Detail get(long id, Language language) {
        IncidentStore.Row row = row(id);
        IncidentStore.StoredPlan plan = store.latestPlan(id).orElseThrow();
        return new Detail(summary(row), read(row.currentJson()),
                read(language == Language.EN ? plan.planEn() : plan.planJa()), plan.rulesVersion(), plan.madeAt());
    }

    /** @return every incident, the nearest due date first */
    public List<Summary> list() {
        return store.list().stream().map(this::summary).toList();
    }

    /**
     * What was known when: the incident as created, then every answer with its time.
     *
     * @param id the incident
     * @return its events in order
     */
    public List<Event> history(long id) {
        row(id);
        return store.events(id).stream()
                .map(e -> new Event(e.seq(), e.recordedAt(), e.kind(), e.field(), read(e.valueJson())))
                .toList();
    }

    private IncidentStore.Row row(long id) {
        return store.find(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "NO_INCIDENT",
                Text.of("その番号の事案はありません: " + id, "no incident of that number: " + id)));
    }

    private Summary summary(IncidentStore.Row row) {
        LocalDate today = LocalDate.now(clock.withZone(TOKYO));
        String reference = read(row.currentJson()).path("id").asText("");
        return new Summary(row.id(), reference, row.type(), row.createdAt(), row.updatedAt(), row.events() - 1,
                row.nextDue(), row.nextDue() != null && row.nextDue().isBefore(today));
    }

    /** The nearest due date of the plan's actions, if any has a deadline. */
    static Optional<LocalDate> nextDue(Plan plan) {
        return plan.actions().stream().map(PlannedAction::deadline).flatMap(Optional::stream)
                .map(d -> d.due()).min(Comparator.naturalOrder());
    }

    private static IncidentStore.StoredPlan stored(int seq, Instant now, RulesSnapshot serving, Plan plan) {
        return new IncidentStore.StoredPlan(seq, now, serving.version(), PlanJson.write(plan, Language.JA),
                PlanJson.write(plan, Language.EN));
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable");
        }
    }
}
