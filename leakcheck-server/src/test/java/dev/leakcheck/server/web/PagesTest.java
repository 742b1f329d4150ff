package dev.leakcheck.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.leakcheck.json.InputException;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.field.IncidentField;
import dev.leakcheck.server.IncidentService;
import dev.leakcheck.server.ServerTest;
import dev.leakcheck.spring.LeakcheckRules;
import dev.leakcheck.spring.api.RulesCheck;
import dev.leakcheck.spring.api.UploadedWorkbooks;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages without a browser: every incident text is escaped (parsed by a real HTML parser, no injected
 * element), the forms need their CSRF token while the API does not, and the pages speak Japanese first and
 * English on request.
 */
@ServerTest
class PagesTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

    @LocalServerPort
    int port;

    @Autowired
    IncidentService incidents;

    @Autowired
    RuleDrafts drafts;

    @Autowired
    LeakcheckRules rules;

    @Autowired
    org.springframework.context.MessageSource messages;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postForm(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyFreeTextFieldIsEscapedOnEveryIncidentPage() throws Exception {
        Set<IncidentField> filled = new HashSet<>();
        List<Long> ids = new ArrayList<>();
        for (IncidentType type : IncidentType.values()) {
            long id = incidents.create("{\"id\": " + JsonNodeFactory.instance.textNode(SCRIPT + IMG) + ", \"type\": \""
                    + type.name() + "\"}", Language.JA).summary().id();
            ids.add(id);
            for (IncidentField field : IncidentField.values()) {
                if (field.kind() != IncidentField.Kind.TEXT && field.kind() != IncidentField.Kind.TEXTS) {
                    continue;
                }
                var value = field.kind() == IncidentField.Kind.TEXT ? JsonNodeFactory.instance.textNode(SCRIPT + IMG)
                        : JsonNodeFactory.instance.arrayNode().add(SCRIPT).add(IMG);
                try {
                    incidents.answer(id, field.template().replace("assets[]", "assets[0]"), value, Language.JA);
                    filled.add(field);
                } catch (InputException wrongType) {
                    // a field of another incident type
                }
            }
        }
        assertThat(filled).as("every free-text field was filled on some incident")
                .containsAll(java.util.Arrays.stream(IncidentField.values())
                        .filter(f -> f.kind() == IncidentField.Kind.TEXT || f.kind() == IncidentField.Kind.TEXTS).toList());

        List<String> pages = new ArrayList<>(List.of("/incidents", "/incidents?lang=en"));
        for (long id : ids) {
            pages.add("/incidents/" + id);
            pages.add("/incidents/" + id + "/report");
        }
        for (String page : pages) {
            HttpResponse<String> response = get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            Document dom = Jsoup.parse(response.body());
            assertThat(dom.select("script")).as(page).isEmpty();
            assertThat(dom.select("img")).as(page).isEmpty();
            assertThat(dom.select("[onerror]")).as(page).isEmpty();
            assertThat(dom.text()).as(page).contains(SCRIPT);
        }
        get("/incidents?lang=ja");
    }

    @Test
    void formsNeedTheirCsrfTokenAndTheApiDoesNot() throws Exception {
        Document list = Jsoup.parse(get("/incidents").body());
        String token = list.select("#new-incident input[name=_csrf]").attr("value");
        assertThat(token).isNotBlank();
        assertThat(postForm("/incidents", "type=LOST_OR_STOLEN").statusCode()).isEqualTo(403);
        HttpResponse<String> created = postForm("/incidents", "type=LOST_OR_STOLEN&reference=CSRF-1&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).matches(".*/incidents/[0-9]+");
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plans"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"X\", \"type\": \"LOST_OR_STOLEN\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    /** A refused POST answers with a page whose language switch leads to a page, not back to the POST-only address. */
    @Test
    void theLanguageSwitchOfARefusedPostLeadsToAPage() throws Exception {
        String token = Jsoup.parse(get("/rules").body()).select("input[name=_csrf]").first().attr("value");
        HttpResponse<String> refused = postForm("/rules/drafts/no-such-draft/try",
                "incident=&incidentJson=&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isBetween(400, 499);
        String href = Jsoup.parse(refused.body()).select("#lang-switch").attr("href");
        assertThat(href).isEqualTo("/rules?lang=en");
        assertThat(get(href).statusCode()).isEqualTo(200);
    }

    @Test
    void japaneseFirstEnglishOnRequest() throws Exception {
        HttpClient fresh = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI rules = URI.create("http://localhost:" + port + "/rules");
        Document ja = Jsoup.parse(fresh.send(HttpRequest.newBuilder(rules).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(ja.select("h1").text()).isEqualTo("ルール");
        Document en = Jsoup.parse(fresh.send(HttpRequest.newBuilder(URI.create(rules + "?lang=en")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(en.select("h1").text()).isEqualTo("Rules");
        assertThat(en.select("#lang-switch").text()).isEqualTo("日本語");
        HttpResponse<String> missing = fresh.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/incidents/999999")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).select("#error").text()).isEqualTo("no incident of that number: 999999");
    }

    @Test
    void theLanguageSwitchOfATriedEditShowsTheTryAgain() throws Exception {
        // A checked edit (the PPC's threshold at 100 persons), as the ルール page keeps it after an upload.
        Map<String, byte[]> files = Map.of("regimes.xlsx", PagesBrowserTest.regimesWithAppiThreshold("100"));
        RuleDrafts.Draft draft;
        try (UploadedWorkbooks uploaded = UploadedWorkbooks.of(files)) {
            draft = drafts.add(files, RulesCheck.check(uploaded, rules.current().engine()));
        }
        assertThat(draft.check().valid()).isTrue();
        String page = "/rules/drafts/" + draft.id();
        Document form = Jsoup.parse(get(page + "?lang=ja").body());
        String token = form.select("#try input[name=_csrf]").attr("value");
        String incident = Files.readString(Path.of("../leakcheck-cli/samples/email-misdelivery.json"));

        HttpResponse<String> tried = postForm(page + "/try", "incident=&incidentJson="
                + URLEncoder.encode(incident, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        URI result = URI.create("http://localhost:" + port + page + "/try");
        if (tried.statusCode() == 302) {
            result = result.resolve(tried.headers().firstValue("Location").orElseThrow());
            tried = http.send(HttpRequest.newBuilder(result).build(), HttpResponse.BodyHandlers.ofString());
        }
        assertThat(tried.statusCode()).isEqualTo(200);
        Document ja = Jsoup.parse(tried.body(), result.toString());
        assertThat(ja.select("#try-result")).as("the two plans").isNotEmpty();
        assertThat(ja.select("#try-result h3").eachText()).containsExactly("編集前（使用中）", "編集後");

        // The switch, followed as a browser follows a link: a GET of its address resolved against the page's
        // (by jsoup, as RFC 3986 says: java.net.URI would drop the last segment of "?lang=en"'s base).
        URI english = URI.create(ja.select("#lang-switch").first().absUrl("href"));
        HttpResponse<String> switched = http.send(HttpRequest.newBuilder(english).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(switched.statusCode()).as("GET " + english).isEqualTo(200);
        Document en = Jsoup.parse(switched.body());
        assertThat(en.select("#lang-switch").text()).isEqualTo("日本語");
        assertThat(en.select("#try-result")).as("the same try, in English").isNotEmpty();
        assertThat(en.select("#try-result h3").eachText()).containsExactly("Before (serving)", "After the edit");
        assertThat(en.select("textarea[name=incidentJson]").val()).contains("\"SAMPLE-2026-0001\"");
        get("/rules?lang=ja");
    }

    @Test
    void everyKnownFactOfTheSamplesHasALabelNotItsPath() throws Exception {
        try (var samples = Files.list(Path.of("../leakcheck-cli/samples"))) {
            for (Path sample : samples.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                long id = incidents.create(Files.readString(sample), Language.JA).summary().id();
                for (String lang : List.of("ja", "en")) {
                    Document page = Jsoup.parse(get("/incidents/" + id + "?lang=" + lang).body());
                    List<String> labels = page.select("#facts th").eachText();
                    assertThat(labels).as(sample.getFileName() + " " + lang).isNotEmpty()
                            .noneMatch(label -> label.matches("[a-z][A-Za-z]*(\\[[0-9]+\\])?([.][A-Za-z\\[\\]0-9]+)*"));
                }
            }
        }
        get("/incidents?lang=ja");
    }

    @Test
    void everyFieldHasAJapaneseAndAnEnglishLabel() {
        var labels = rules.current().engine().labels();
        for (java.util.Locale locale : List.of(java.util.Locale.JAPANESE, java.util.Locale.ENGLISH)) {
            List<String> unlabelled = new ArrayList<>();
            for (IncidentField field : IncidentField.values()) {
                if (labels.field(field.template()).isEmpty()
                        && messages.getMessage("field." + field.template(), null, null, locale) == null) {
                    unlabelled.add(field.template());
                }
            }
            assertThat(unlabelled).as("fields without a label in the catalogue or messages_" + locale).isEmpty();
        }
    }
}
