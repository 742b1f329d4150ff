package dev.leakcheck.server.api;

import dev.leakcheck.server.PublishToken;
import dev.leakcheck.server.RulesPublishing;
import dev.leakcheck.server.store.RulesStore;
import dev.leakcheck.spring.LeakcheckRules;
import dev.leakcheck.spring.api.LeakcheckApi;
import dev.leakcheck.spring.api.LeakcheckApiController;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The rules in force and their versions: reading is open; publishing and restoring need the token
 * ({@code Authorization: Bearer TOKEN}) and are disabled without one configured.
 */
@RestController
@LeakcheckApi
@RequestMapping(path = "/api/rules", produces = MediaType.APPLICATION_JSON_VALUE)
public class RulesVersionController {

    private final RulesPublishing publishing;
    private final PublishToken token;
    private final LeakcheckRules rules;

    RulesVersionController(RulesPublishing publishing, PublishToken token, LeakcheckRules rules) {
        this.publishing = publishing;
        this.token = token;
        this.rules = rules;
    }

    /** @return the rules serving now (version, source, workbook digests, since when) and whether publishing is on */
    @GetMapping("/current")
    public Map<String, Object> current() {
        Map<String, Object> body = new LinkedHashMap<>(rules.current().describe());
        body.put("publishingEnabled", token.enabled());
        return body;
    }

    /** @return every published version, the newest (in force) first */
    @GetMapping("/versions")
    public List<RulesStore.Version> versions() {
        return publishing.versions();
    }

    /**
     * Publishes edited workbooks: 201 with the version and the scenario changes; 422 with every problem
     * (nothing recorded, the rules serving unchanged).
     *
     * @param authorization {@code Bearer TOKEN}
     * @param workbooks     the workbooks (part {@code workbooks}, one or more)
     * @param publishedBy   who publishes
     * @param note          why (optional)
     * @return the outcome
     */
    @PostMapping(path = "/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> publish(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestPart("workbooks") List<MultipartFile> workbooks,
            @RequestParam("publishedBy") String publishedBy,
            @RequestParam(name = "note", required = false) String note) {
        token.require(authorization);
        RulesPublishing.Outcome outcome = publishing.publish(workbooks, publishedBy, note);
        Map<String, Object> body = LeakcheckApiController.describe(outcome.check());
        if (outcome.version() == null) {
            return ResponseEntity.unprocessableEntity().body(body);
        }
        body.put("version", outcome.version());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    /**
     * Serves an earlier version again (recorded as a new version).
     *
     * @param authorization {@code Bearer TOKEN}
     * @param id            the version to restore
     * @param publishedBy   who restores
     * @return the new version
     */
    @PostMapping("/versions/{id}/restore")
    public RulesStore.Version restore(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @PathVariable long id, @RequestParam("publishedBy") String publishedBy) {
        token.require(authorization);
        return publishing.restore(id, publishedBy);
    }

    /**
     * Serves the bundled rules again (recorded as a version without workbooks).
     *
     * @param authorization {@code Bearer TOKEN}
     * @param publishedBy   who restores
     * @return the new version
     */
    @PostMapping("/bundled/restore")
    public RulesStore.Version restoreBundled(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam("publishedBy") String publishedBy) {
        token.require(authorization);
        return publishing.restoreBundled(publishedBy);
    }

    /**
     * Downloads a workbook of a version.
     *
     * @param id   the version
     * @param name the workbook's name
     * @return its bytes
     */
    @GetMapping(path = "/versions/{id}/workbooks/{name:.+}", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    public ResponseEntity<byte[]> workbook(@PathVariable long id, @PathVariable String name) {
        byte[] bytes = publishing.workbook(id, name);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(bytes);
    }
}
