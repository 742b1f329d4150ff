package dev.leakcheck.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakcheck.model.Text;
import dev.leakcheck.server.IncidentService;
import dev.leakcheck.spring.api.ApiException;
import dev.leakcheck.spring.api.LeakcheckApi;
import dev.leakcheck.spring.api.LeakcheckApiController;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Incidents kept on the server: create, answer one field, read with the plan, list, history. */
@RestController
@LeakcheckApi
@RequestMapping(path = "/api/incidents", produces = MediaType.APPLICATION_JSON_VALUE)
public class IncidentController {

    private final IncidentService incidents;

    IncidentController(IncidentService incidents) {
        this.incidents = incidents;
    }

    /**
     * Creates an incident from its JSON (what is known so far) and makes its plan.
     *
     * @param incident the incident JSON of docs/json-contract.md
     * @param lang     the language of the plan returned
     * @return 201 with the incident, its plan and its address
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<IncidentService.Detail> create(@RequestBody String incident,
                                                         @RequestParam(defaultValue = "ja") String lang) {
        IncidentService.Detail created = incidents.create(incident, LeakcheckApiController.language(lang));
        return ResponseEntity.created(URI.create("/api/incidents/" + created.summary().id())).body(created);
    }

    /** @return every incident with its nearest due date, overdue ones marked, the nearest first */
    @GetMapping
    public List<IncidentService.Summary> list() {
        return incidents.list();
    }

    /**
     * @param id   the incident
     * @param lang the language of the plan
     * @return the incident as it stands, with its latest plan
     */
    @GetMapping("/{id}")
    public IncidentService.Detail get(@PathVariable long id, @RequestParam(defaultValue = "ja") String lang) {
        return incidents.get(id, LeakcheckApiController.language(lang));
    }

    /**
     * Answers one field: {@code {"field": "assets[0].personal.persons", "value": 1200}}; {@code "value": null}
     * records "unknown". The answer is recorded with its time and the plan made again.
     *
     * @param id     the incident
     * @param answer the field and its value
     * @param lang   the language of the plan returned
     * @return the incident with its new plan
     */
    @PostMapping(path = "/{id}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    public IncidentService.Detail answer(@PathVariable long id, @RequestBody JsonNode answer,
                                         @RequestParam(defaultValue = "ja") String lang) {
        if (answer == null || !answer.isObject() || !answer.path("field").isTextual() || !answer.has("value")) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "ANSWER", Text.of(
                    "回答は {\"field\": 項目, \"value\": 値} の形にしてください（不明なら \"value\": null）",
                    "an answer is {\"field\": path, \"value\": value} (\"value\": null for unknown)"));
        }
        return incidents.answer(id, answer.get("field").asText(), answer.get("value"), LeakcheckApiController.language(lang));
    }

    /**
     * @param id the incident
     * @return what was known when: the creation, then every answer with its time
     */
    @GetMapping("/{id}/history")
    public List<IncidentService.Event> history(@PathVariable long id) {
        return incidents.history(id);
    }
}
