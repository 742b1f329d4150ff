package dev.leakcheck.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.leakcheck.json.BadIncidents;
import dev.leakcheck.json.IncidentJson;
import dev.leakcheck.json.PlanJson;
import dev.leakcheck.examples.scenarios.ScenarioFiles;
import dev.leakcheck.model.AttackScope;
import dev.leakcheck.model.Cause;
import dev.leakcheck.model.Channel;
import dev.leakcheck.model.Device;
import dev.leakcheck.model.DiscoveryRoute;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.FinancialKind;
import dev.leakcheck.model.InformationForm;
import dev.leakcheck.model.InsiderStorage;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.LossPlace;
import dev.leakcheck.model.Necessity;
import dev.leakcheck.model.Owner;
import dev.leakcheck.model.Phase;
import dev.leakcheck.model.PpcExemption;
import dev.leakcheck.model.PpcTrigger;
import dev.leakcheck.model.ProtectionLevel;
import dev.leakcheck.model.TakenMedium;
import dev.leakcheck.rules.SharedEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas of {@code docs/json-schema/} against what the tool really reads and writes: every
 * sample, every compliance scenario's incident, the writer's output and the plan made for each of
 * them must be valid, and every mistake the reader refuses must be refused by the schema too, except
 * the few a schema cannot express (listed in {@code docs/json-contract.md}).
 */
@DisplayName("JSON Schema: docs/json-schema")
class JsonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = RepositoryFiles.root();
    private static final Path SCHEMAS = ROOT.resolve("docs/json-schema");
    private static final JsonSchema INCIDENT = schema("incident.schema.json");
    private static final JsonSchema PLAN = schema("plan.schema.json");

    /**
     * The mistakes of {@link BadIncidents} that only the reader sees: they are not in the JSON tree
     * a schema validates (syntax, duplicate keys, numbers no decimal holds) or compare two fields.
     * Size limits (a case named "... limit") are the reader's too: docs/json-contract.md, 2.10.
     */
    private static final Set<String> READER_ONLY = Set.of(
            "occurred after awareness",
            "reportable situation known before awareness",
            "duplicate key",
            "number no decimal can hold",
            "empty input",
            "only white space",
            "malformed JSON (missing comma)",
            "unterminated object",
            "content after the object");

    /** One incident in JSON: a sample file or a scenario's {@code incident}. */
    record IncidentFile(String name, JsonNode incident) {
    }

    static Stream<Named<IncidentFile>> incidents() {
        List<IncidentFile> files = new ArrayList<>();
        for (Path sample : list(ROOT.resolve("leakcheck-cli/samples"))) {
            files.add(new IncidentFile("samples/" + sample.getFileName(), readTree(sample)));
        }
        Path scenarios = ROOT.resolve("leakcheck-examples/src/main/resources").resolve(ScenarioFiles.FOLDER);
        for (Path scenario : list(scenarios)) {
            JsonNode incident = readTree(scenario).get("incident");
            assertThat(incident).as("%s has an incident", scenario).isNotNull();
            files.add(new IncidentFile(scenarios.relativize(scenario).toString().replace('\\', '/'), incident));
        }
        assertThat(files).as("samples and scenarios").hasSizeGreaterThan(10);
        return files.stream().map(f -> Named.of(f.name(), f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incidents")
    void every_sample_and_scenario_is_a_valid_incident(IncidentFile file) {
        assertValid(INCIDENT, file.incident(), file.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incidents")
    void what_the_writer_writes_is_a_valid_incident(IncidentFile file) {
        String written = IncidentJson.write(IncidentJson.parse(file.incident().toString()));
        assertValid(INCIDENT, readTree(written), file.name() + " (as written)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incidents")
    void the_plan_of_every_sample_and_scenario_is_a_valid_plan(IncidentFile file) {
        var plan = SharedEngine.get().plan(IncidentJson.parse(file.incident().toString()));
        for (Language language : Language.values()) {
            assertValid(PLAN, readTree(PlanJson.write(plan, language)), file.name() + " (plan, " + language + ")");
        }
    }

    @Test
    void the_examples_of_the_contract_page_are_valid() {
        String page = RepositoryFiles.read(ROOT.resolve("docs/json-contract.md"));
        List<String> examples = new ArrayList<>();
        Matcher matcher = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(page);
        while (matcher.find()) {
            examples.add(matcher.group(1));
        }
        assertThat(examples).as("the incident and the plan of docs/json-contract.md").hasSize(2);
        assertValid(INCIDENT, readTree(examples.get(0)), "docs/json-contract.md, the incident");
        IncidentJson.parse(examples.get(0));
        assertValid(PLAN, readTree(examples.get(1)), "docs/json-contract.md, the plan");
    }

    static Stream<Named<BadIncidents.Case>> refusedByTheReader() {
        return BadIncidents.all().stream()
                .filter(c -> !READER_ONLY.contains(c.name()) && !c.name().matches("(?i).*\\blimit\\b.*"))
                .map(c -> Named.of(c.name(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByTheReader")
    void what_the_reader_refuses_the_schema_refuses(BadIncidents.Case bad) {
        assertThat(INCIDENT.validate(readTree(bad.json())))
                .as("%s: the reader refuses this incident, so the schema must too:%n%s", bad.name(), bad.json())
                .isNotEmpty();
    }

    @Test
    void the_reader_only_mistakes_are_cases_of_the_bad_incidents() {
        Set<String> names = BadIncidents.all().stream().map(BadIncidents.Case::name).collect(Collectors.toSet());
        assertThat(names).as("names in READER_ONLY").containsAll(READER_ONLY);
    }

    @Test
    void absent_and_null_are_both_unknown() {
        ObjectNode incident = (ObjectNode) readTree("""
                { "id": "N-1", "type": "LOST_OR_STOLEN", "channel": null, "cause": null, "attack": null,
                  "insider": null, "lost": null, "discovery": null, "assets": null, "socialImpactHigh": null,
                  "occurredAt": null }
                """);
        assertValid(INCIDENT, incident, "nulls");
        IncidentJson.parse(incident.toString());
    }

    @Test
    void the_schema_refuses_what_belongs_to_another_type_even_when_the_type_is_right_elsewhere() {
        assertValid(INCIDENT, readTree("""
                { "id": "T-1", "type": "MISSENT_OR_MISPUBLISHED", "channel": "EMAIL", "cause": "RULE_VIOLATION" }
                """), "channel and cause on a misdelivery");
        for (String block : List.of("\"lost\": {}", "\"attack\": {}", "\"insider\": {}")) {
            assertThat(INCIDENT.validate(readTree("{ \"id\": \"T-1\", \"type\": \"MISSENT_OR_MISPUBLISHED\", "
                    + block + " }"))).as(block + " on a misdelivery").isNotEmpty();
        }
    }

    @Test
    void a_local_date_time_and_one_with_a_zone_are_valid_a_date_alone_is_not() {
        for (String time : List.of("2026-12-01T10:00", "2026-12-01T10:00:00", "2026-12-01T10:00:00.5Z",
                "2026-12-01T10:00:00+09:00[Asia/Tokyo]", "2026-12-01T01:00:00Z")) {
            String json = "{ \"id\": \"D-1\", \"type\": \"EXTERNAL_ATTACK\", \"discovery\": { \"awareAt\": \""
                    + time + "\" } }";
            assertValid(INCIDENT, readTree(json), time);
            IncidentJson.parse(json);
        }
        for (String time : List.of("2026-12-01", "2026-12-01 10:00", "2026-12-01T10:00+0900",
                "2026-12-01T10:00:00[Asia/Tokyo]")) {
            assertThat(INCIDENT.validate(readTree("{ \"id\": \"D-1\", \"type\": \"EXTERNAL_ATTACK\", "
                    + "\"discovery\": { \"awareAt\": \"" + time + "\" } }"))).as(time).isNotEmpty();
        }
    }

    /**
     * The organisation profiles of the command line's {@code --organisation} are an incident's
     * {@code organisation}: valid as such inside an incident, and read by the same reader.
     */
    @Test
    void every_organisation_profile_is_an_incident_s_organisation() {
        List<Path> profiles = list(ROOT.resolve("leakcheck-cli/profiles"));
        assertThat(profiles).isNotEmpty();
        for (Path profile : profiles) {
            com.fasterxml.jackson.databind.node.ObjectNode incident = JSON.createObjectNode()
                    .put("id", "PROFILE").put("type", "MISSENT_OR_MISPUBLISHED");
            incident.set("organisation", readTree(profile));
            assertValid(INCIDENT, incident, profile.getFileName().toString());
            assertThat(dev.leakcheck.json.IncidentJson.readOrganisation(profile)).as("%s read", profile)
                    .isNotEqualTo(dev.leakcheck.model.Organisation.UNKNOWN);
        }
    }

    @Test
    void the_version_2_fields_are_allowed_by_the_incident_schema() {
        assertValid(INCIDENT, readTree("""
                {
                  "id": "V2-1",
                  "type": "EXTERNAL_ATTACK",
                  "organisation": {
                    "kind": "LOCAL_GOVERNMENT",
                    "sectors": ["MEDICAL"],
                    "reportRecipient": "金融庁",
                    "euEstablishment": false
                  },
                  "discovery": {
                    "awareAt": "2026-12-01T10:00:00+09:00",
                    "reportableAwareAt": "2026-12-08T10:00:00+09:00"
                  },
                  "assets": [
                    {
                      "recoveredUnseen": false,
                      "restorableCopy": true,
                      "financialKinds": ["CARD"],
                      "publiclyViewable": false,
                      "communicationsSecrecy": false,
                      "personal": {
                        "myNumber": true,
                        "myNumberSystem": false,
                        "ordinanceSensitive": false,
                        "euResidents": true,
                        "ukResidents": false
                      }
                    }
                  ],
                  "gdprRisk": "RISK"
                }
                """), "version 2 incident");
    }

    @Test
    void a_plan_with_a_warning_is_valid() {
        // Past the years of the holiday table: the plan says so in warnings, which no scenario has.
        String incident = """
                { "id": "W-1", "type": "EXTERNAL_ATTACK", "discovery": { "awareAt": "2040-06-01T10:00:00+09:00" },
                  "assets": [ { "personal": { "included": true, "persons": 10 } } ] }
                """;
        JsonNode plan = readTree(PlanJson.write(SharedEngine.get().plan(IncidentJson.parse(incident)), Language.EN));
        assertThat(plan.get("warnings")).as("warnings of %s", plan).isNotEmpty();
        assertValid(PLAN, plan, "a plan with a warning");
    }

    @Test
    void the_version_2_fields_are_allowed_by_the_plan_schema() {
        String incident = """
                { "id": "V2-2", "type": "EXTERNAL_ATTACK", "discovery": { "awareAt": "2026-12-01T10:00:00+09:00" },
                  "assets": [ { "personal": { "included": true, "persons": 10 } } ] }
                """;
        ObjectNode plan = (ObjectNode) readTree(PlanJson.write(SharedEngine.get().plan(IncidentJson.parse(incident)),
                Language.JA));
        ((ObjectNode) plan.get("ppcReport")).putArray("possibleTriggers").add("OVER_1000_PERSONS");
        ObjectNode report = plan.putArray("reports").addObject();
        report.put("regime", "GDPR").put("authority", "Lead supervisory authority").put("required", true)
                .put("provisional", false);
        report.putArray("triggers").add("RISK");
        report.putArray("possibleTriggers");
        report.putArray("exemptions");
        report.putArray("because").add("Art. 33(1)");
        report.putArray("actions").add("GDPR_NOTIFY_SUPERVISORY_AUTHORITY");
        ObjectNode deadline = ((ArrayNode) plan.get("actions")).addObject();
        deadline.put("code", "GDPR_NOTIFY_SUPERVISORY_AUTHORITY").put("phase", "INITIAL").put("necessity", "REQUIRED")
                .put("provisional", false).put("title", "t").put("source", "GDPR Art. 33(1)");
        deadline.putArray("because");
        deadline.putObject("deadline").put("target", "2026-12-04").put("due", "2026-12-04")
                .put("dueAt", "2026-12-04T10:00:00+09:00").put("basis", "72 hours");
        assertValid(PLAN, plan, "version 2 plan");
    }

    /**
     * Each enumeration of the schemas, and the model's enum whose names it must list in the same order;
     * the values a schema lists ahead of the model are the version 2 values of docs/json-contract.md.
     */
    enum SchemaEnum {
        TYPE(IncidentType.class, "/$defs/incidentType"),
        CHANNEL(Channel.class, "/properties/channel"),
        CAUSE(Cause.class, "/properties/cause"),
        ROUTE(DiscoveryRoute.class, "/$defs/discovery/properties/route"),
        OWNER(Owner.class, "/$defs/asset/properties/owner"),
        FORM(InformationForm.class, "/$defs/asset/properties/forms/items"),
        LEVEL(ProtectionLevel.class, "/$defs/protection/properties/level"),
        DEVICE(Device.class, "/$defs/lost/properties/device"),
        PLACE(LossPlace.class, "/$defs/lost/properties/place"),
        FINANCIAL_KIND(FinancialKind.class, "/$defs/asset/properties/financialKinds/items"),
        SCOPE(AttackScope.class, "/$defs/attack/properties/scope"),
        STORAGE(InsiderStorage.class, "/$defs/insider/properties/storage/items"),
        TAKEN(TakenMedium.class, "/$defs/insider/properties/takenMedia/items"),
        PLAN_TYPE(IncidentType.class, "plan:/properties/type"),
        PHASE(Phase.class, "plan:/$defs/action/properties/phase"),
        NECESSITY(Necessity.class, "plan:/$defs/action/properties/necessity"),
        EXEMPTION(PpcExemption.class, List.of("RECOVERED_UNSEEN", "RESTORABLE_COPY"),
                "plan:/$defs/ppcReport/properties/exemptions/items");

        final Class<? extends Enum<?>> model;
        final List<String> version2;
        final List<String> pointers;

        SchemaEnum(Class<? extends Enum<?>> model, String... pointers) {
            this(model, List.of(), pointers);
        }

        SchemaEnum(Class<? extends Enum<?>> model, List<String> version2, String... pointers) {
            this.model = model;
            this.version2 = version2;
            this.pointers = List.of(pointers);
        }
    }

    @ParameterizedTest
    @EnumSource(SchemaEnum.class)
    void the_schema_lists_the_values_of_the_model(SchemaEnum values) {
        List<String> model = Arrays.stream(values.model.getEnumConstants()).map(Enum::name).toList();
        for (String pointer : values.pointers) {
            List<String> known = enumAt(pointer).stream()
                    .filter(v -> model.contains(v) || !values.version2.contains(v))
                    .toList();
            assertThat(known).as("the values at %s, less the version 2 values not in the model yet (update"
                    + " docs/json-schema and docs/json-contract.md)", pointer).containsExactlyElementsOf(model);
        }
    }

    @Test
    void the_plan_schema_lists_every_trigger_of_the_model() {
        List<String> model = Arrays.stream(PpcTrigger.values()).map(Enum::name).toList();
        assertThat(enumAt("plan:/$defs/trigger")).as("plan.schema.json $defs/trigger").containsAll(model);
    }

    private static List<String> enumAt(String pointer) {
        boolean plan = pointer.startsWith("plan:");
        String path = plan ? pointer.substring("plan:".length()) : pointer;
        JsonNode node = readTree(SCHEMAS.resolve(plan ? "plan.schema.json" : "incident.schema.json")).at(path);
        JsonNode values = node.get("enum");
        if (values == null) {
            fail("no enum at " + pointer);
        }
        List<String> names = new ArrayList<>();
        values.forEach(v -> {
            if (!v.isNull()) {
                names.add(v.asText());
            }
        });
        return names;
    }

    private static void assertValid(JsonSchema schema, JsonNode json, String name) {
        Set<ValidationMessage> errors = schema.validate(json);
        if (!errors.isEmpty()) {
            String file = schema == INCIDENT ? "incident.schema.json" : "plan.schema.json";
            fail(name + " does not match docs/json-schema/" + file + ":" + System.lineSeparator()
                    + errors.stream().map(ValidationMessage::getMessage)
                            .collect(Collectors.joining(System.lineSeparator())));
        }
    }

    private static JsonSchema schema(String file) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        return factory.getSchema(readTree(SCHEMAS.resolve(file)));
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static JsonNode readTree(Path file) {
        return readTree(RepositoryFiles.read(file));
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
