package dev.leakcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakcheck.json.IncidentJson;
import dev.leakcheck.json.PlanJson;
import dev.leakcheck.model.Language;
import dev.leakcheck.rules.LeakcheckEngine;
import dev.leakcheck.spring.LeakcheckRules;
import dev.leakcheck.spring.api.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The REST API over real HTTP against the running server ({@link ServerTest}: one context for every test
 * class, one server, one in-memory database, a clock fixed on 2027-01-01).
 */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class ServerApiTest {

    static final Path SAMPLE = Path.of("../leakcheck-cli/samples/email-misdelivery.json");

    @LocalServerPort
    int port;

    @Autowired
    LeakcheckRules rules;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> postJson(String path, String body) throws Exception {
        return send(at(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(at(path).GET());
    }

    private JsonNode tree(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }

    @Test
    void aPlanIsTheCliContractAndAWrongFieldIsNamedInBothLanguagesWithoutAStackTrace() throws Exception {
        String sample = Files.readString(SAMPLE);
        HttpResponse<String> plan = postJson("/api/plans?lang=en", sample);
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.body()).isEqualTo(PlanJson.write(rules.plan(IncidentJson.parse(sample)), Language.EN));

        HttpResponse<String> wrong = postJson("/api/plans", sample.replace("\"EMAIL\"", "\"FAX\""));
        assertThat(wrong.statusCode()).isEqualTo(400);
        JsonNode error = tree(wrong);
        assertThat(error.path("error").asText()).isEqualTo("INPUT");
        assertThat(error.path("field").asText()).isEqualTo("channel");
        assertThat(error.path("message").path("ja").asText()).startsWith("channel");
        assertThat(error.path("message").path("en").asText()).startsWith("channel");
        assertThat(wrong.body()).doesNotContain("Exception", "\tat ");

        HttpResponse<String> broken = postJson("/api/plans", "{\"id\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).doesNotContain("Exception");
        assertThat(postJson("/api/plans?lang=fr", sample).statusCode()).isEqualTo(400);
    }

    @Test
    void bodiesOverTheLimitsAre413() throws Exception {
        String huge = "{\"id\": \"" + "x".repeat(1024 * 1024) + "\"}";
        HttpResponse<String> json = postJson("/api/plans", huge);
        assertThat(json.statusCode()).isEqualTo(413);
        assertThat(tree(json).path("error").asText()).isEqualTo("TOO_LARGE");

        HttpResponse<String> upload = send(multipart("/api/rules/validate", Map.of("big.xlsx", new byte[2 * 1024 * 1024 + 1]), null));
        assertThat(upload.statusCode()).isEqualTo(413);
    }

    @Test
    void theCatalogueTheOpenApiDocumentHealthInfoAndTheIndexPage() throws Exception {
        JsonNode catalogue = tree(get("/api/catalogue"));
        assertThat(catalogue.path("actions").size()).isPositive();
        assertThat(catalogue.path("values").path("EMAIL").path("ja").asText()).isNotBlank();
        assertThat(catalogue.path("rules").path("workbooks").size()).isEqualTo(8);

        HttpResponse<String> openApi = get("/v3/api-docs");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(tree(openApi).path("paths").has("/api/plans")).isTrue();
        assertThat(tree(openApi).path("paths").has("/api/incidents/{id}/answers")).isTrue();

        assertThat(tree(get("/actuator/health")).path("status").asText()).isEqualTo("UP");
        JsonNode info = tree(get("/actuator/info")).path("leakcheck");
        assertThat(info.path("version").asText()).isNotBlank();
        assertThat(info.path("workbooks").path("catalogue.xlsx").asText()).hasSize(64);

        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("id=\"rules-version\"");
    }

    @Test
    void validateNamesTheCellOrListsTheScenariosAnEditChanges() throws Exception {
        JsonNode broken = tree(send(multipart("/api/rules/validate",
                Map.of("catalogue.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)), null)));
        assertThat(broken.path("valid").asBoolean()).isFalse();
        assertThat(broken.path("problems").get(0).path("file").asText()).isEqualTo("catalogue.xlsx");

        JsonNode same = tree(send(multipart("/api/rules/validate", Map.of("calendar.xlsx", bundled("calendar.xlsx")), null)));
        assertThat(same.path("valid").asBoolean()).isTrue();
        assertThat(same.path("scenarios").asInt()).isPositive();
        assertThat(same.path("changed").size()).isZero();

        HttpResponse<String> badName = send(multipart("/api/rules/validate", Map.of("../x.xlsx", new byte[1]), null));
        assertThat(badName.statusCode()).isEqualTo(400);
    }

    @Test
    void incidentsAreAnsweredFieldByFieldWithTheTimeOfEachAnswerAndNoFreeTextInTheLogs(CapturedOutput output)
            throws Exception {
        String secret = "顧客名簿-" + UUID.randomUUID();
        String sample = Files.readString(SAMPLE).replace("顧客名簿", secret);
        HttpResponse<String> created = postJson("/api/incidents", sample);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = tree(created).path("summary").path("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/incidents/" + id);
        assertThat(tree(created).path("plan").path("actions").size()).isPositive();

        HttpResponse<String> wrong = postJson("/api/incidents/" + id + "/answers",
                "{\"field\": \"assets[0].personal.persons\", \"value\": \"many\"}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(tree(wrong).path("field").asText()).isEqualTo("assets[0].personal.persons");

        HttpResponse<String> answered = postJson("/api/incidents/" + id + "/answers?lang=en",
                "{\"field\": \"assets[0].personal.persons\", \"value\": 3}");
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(tree(answered).path("incident").path("assets").get(0).path("personal").path("persons").asInt()).isEqualTo(3);
        assertThat(postJson("/api/incidents/" + id + "/answers",
                "{\"field\": \"assets[0].personal.sensitive\", \"value\": null}").statusCode()).isEqualTo(200);
        assertThat(postJson("/api/incidents/" + id + "/answers", "{\"field\": \"assets[0].personal.sensitive\"}")
                .statusCode()).isEqualTo(400);

        JsonNode history = tree(get("/api/incidents/" + id + "/history"));
        assertThat(history).hasSize(3);
        assertThat(history.get(1).path("field").asText()).isEqualTo("assets[0].personal.persons");
        assertThat(history.get(1).path("recordedAt").asText()).isNotBlank();
        assertThat(history.get(2).path("value").isNull()).isTrue();

        JsonNode detail = tree(get("/api/incidents/" + id));
        assertThat(detail.path("summary").path("answers").asInt()).isEqualTo(2);
        assertThat(detail.path("rulesVersion").asText()).isNotBlank();
        JsonNode listed = null;
        for (JsonNode summary : tree(get("/api/incidents"))) {
            if (summary.path("id").asLong() == id) {
                listed = summary;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("nextDue").asText()).startsWith("2026-12");
        assertThat(listed.path("overdue").asBoolean()).isTrue();
        assertThat(get("/api/incidents/999999").statusCode()).isEqualTo(404);

        assertThat(output.getAll()).doesNotContain(secret, "many");
    }

    @Test
    void publishingNeedsTheTokenNeverServesABrokenUploadAndRestores() throws Exception {
        byte[] calendar = bundled("calendar.xlsx");
        assertThat(send(multipart("/api/rules/versions?publishedBy=tester", Map.of("calendar.xlsx", calendar), null))
                .statusCode()).isEqualTo(401);
        assertThat(send(multipart("/api/rules/versions?publishedBy=tester", Map.of("calendar.xlsx", calendar), "wrong"))
                .statusCode()).isEqualTo(401);

        String before = tree(get("/api/rules/current")).path("version").asText();
        HttpResponse<String> broken = send(multipart("/api/rules/versions?publishedBy=tester",
                Map.of("calendar.xlsx", "broken".getBytes(StandardCharsets.UTF_8)), "test-token"));
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(tree(get("/api/rules/current")).path("version").asText()).isEqualTo(before);

        HttpResponse<String> published = send(multipart("/api/rules/versions?publishedBy=tester&note=same%20calendar",
                Map.of("calendar.xlsx", calendar), "test-token"));
        assertThat(published.statusCode()).isEqualTo(201);
        long version = tree(published).path("version").path("id").asLong();
        assertThat(tree(get("/api/rules/current")).path("version").asText()).isEqualTo("published-" + version);
        assertThat(tree(get("/api/rules/versions")).get(0).path("publishedBy").asText()).isEqualTo("tester");
        HttpResponse<byte[]> download = http.send(at("/api/rules/versions/" + version + "/workbooks/calendar.xlsx").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.body()).isEqualTo(calendar);

        HttpResponse<String> bundled = send(at("/api/rules/bundled/restore?publishedBy=tester")
                .header("Authorization", "Bearer test-token").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(bundled.statusCode()).isEqualTo(200);
        HttpResponse<String> restored = send(at("/api/rules/versions/" + version + "/restore?publishedBy=tester")
                .header("Authorization", "Bearer test-token").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(tree(restored).path("restoredFrom").asLong()).isEqualTo(version);
        assertThat(tree(get("/api/rules/current")).path("workbooks").path("calendar.xlsx").asText())
                .isEqualTo(dev.leakcheck.spring.Workbooks.sha256(calendar));
    }

    @Test
    void withoutATokenPublishingIsDisabled() {
        ServerProperties none = new ServerProperties();
        PublishToken token = new PublishToken(none);
        assertThat(token.enabled()).isFalse();
        assertThatThrownBy(() -> token.require("Bearer ")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo("PUBLISHING_DISABLED"));
    }

    static byte[] bundled(String name) throws IOException {
        try (InputStream in = LeakcheckEngine.class.getResourceAsStream("/dev/leakcheck/rules/" + name)) {
            return in.readAllBytes();
        }
    }

    private HttpRequest.Builder multipart(String path, Map<String, byte[]> files, String token) throws IOException {
        String boundary = "leakcheck-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"workbooks\"; filename=\""
                    + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = at(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }
}
