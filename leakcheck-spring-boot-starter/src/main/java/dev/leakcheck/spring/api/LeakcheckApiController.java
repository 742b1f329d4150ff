package dev.leakcheck.spring.api;

import dev.leakcheck.json.IncidentJson;
import dev.leakcheck.json.PlanJson;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Text;
import dev.leakcheck.rules.Labels;
import dev.leakcheck.spring.LeakcheckRules;
import dev.leakcheck.spring.RulesSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The stateless REST API: a plan for an incident (the CLI's {@code plan}), the catalogue, and the check of
 * edited workbooks (the CLI's {@code validate}). Nothing is stored; the rules are those serving now.
 */
@RestController
@LeakcheckApi
@RequestMapping("/api")
public class LeakcheckApiController {

    private final LeakcheckRules rules;

    /**
     * The API over these rules.
     *
     * @param rules the rules serving
     */
    public LeakcheckApiController(LeakcheckRules rules) {
        this.rules = rules;
    }

    /**
     * The plan for an incident: the incident JSON and the plan JSON of docs/json-contract.md.
     *
     * @param incident the incident JSON
     * @param lang     {@code ja} (default) or {@code en}: the language of the plan's texts
     * @return the plan JSON
     */
    @PostMapping(path = "/plans", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public String plan(@RequestBody String incident, @RequestParam(defaultValue = "ja") String lang) {
        Language language = language(lang);
        return PlanJson.write(rules.plan(IncidentJson.parse(incident)), language);
    }

    /**
     * The catalogue of the rules serving: every action code, and the labels of value codes and fields.
     *
     * @return {@code {"rules", "actions", "values", "fields"}}
     */
    @GetMapping(path = "/catalogue", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> catalogue() {
        RulesSnapshot now = rules.current();
        Labels labels = now.engine().labels();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rules", now.describe());
        body.put("actions", now.engine().actionCodes());
        body.put("values", new TreeMap<>(labels.values()));
        body.put("fields", new TreeMap<>(labels.fields()));
        return body;
    }

    /**
     * Checks edited workbooks: every problem with its cell; when there is none, the bundled scenarios whose
     * outcome the edit changes against the rules serving now. Nothing is published.
     *
     * @param workbooks the edited workbooks (multipart part {@code workbooks}, one or more)
     * @return {@code {"valid", "problems": [{text, file, sheet, cell}], "scenarios", "changed"}}
     */
    @PostMapping(path = "/rules/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> validate(@RequestPart("workbooks") List<MultipartFile> workbooks) {
        try (UploadedWorkbooks uploaded = UploadedWorkbooks.of(workbooks)) {
            return describe(RulesCheck.check(uploaded, rules.current().engine()));
        }
    }

    /**
     * A check's outcome as the API answers it.
     *
     * @param result the outcome
     * @return {@code {"valid", "problems", "scenarios", "changed"}}
     */
    public static Map<String, Object> describe(RulesCheck.Result result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", result.valid());
        body.put("problems", result.problems());
        result.changes().ifPresent(changes -> {
            body.put("scenarios", changes.scenarios());
            body.put("changed", changes.changed());
        });
        return body;
    }

    /**
     * The language of a {@code lang} parameter.
     *
     * @param lang {@code ja} or {@code en}
     * @return the language
     * @throws ApiException 400 for any other value
     */
    public static Language language(String lang) {
        return switch (lang) {
            case "ja" -> Language.JA;
            case "en" -> Language.EN;
            default -> throw new ApiException(HttpStatus.BAD_REQUEST, "LANG",
                    Text.of("lang は ja か en にしてください", "lang must be ja or en"));
        };
    }
}
