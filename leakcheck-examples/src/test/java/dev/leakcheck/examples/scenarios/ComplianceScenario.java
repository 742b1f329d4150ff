package dev.leakcheck.examples.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.leakcheck.json.IncidentJson;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Necessity;
import dev.leakcheck.model.PpcExemption;
import dev.leakcheck.model.PpcTrigger;
import dev.leakcheck.model.field.IncidentField;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * One compliance scenario file: a titled incident an auditor can read, why its plan looks the way
 * it does, and what the plan must (and must not) contain.
 *
 * <p>The envelope is read strictly, like the incident itself: a key that is not part of the format
 * (a typo such as {@code "absnet"}) is an error, never silently ignored, because an ignored
 * expectation would let a scenario pass without checking anything. The incident is read by the
 * real reader, {@link IncidentJson}, so every scenario file also proves the JSON contract of
 * docs/json-contract.md.
 *
 * @param file         the path below {@code scenarios/}, such as {@code legal/02-1001-persons.json}
 * @param title        the Japanese title an auditor reads ("scenario")
 * @param titleEn      the English title ("scenarioEn")
 * @param because      why this outcome, citing the checklist or the law ("because")
 * @param incidentKeys the top-level fields of the incident as written (a first contact has only id and type)
 * @param incident     the incident, as {@link IncidentJson#parse(String)} reads it
 * @param expect       what the plan must show
 */
record ComplianceScenario(String file, String title, String titleEn, String because, Set<String> incidentKeys,
        Incident incident, Expect expect) {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Set<String> ENVELOPE = Set.of("scenario", "scenarioEn", "because", "incident", "expect");
    private static final Set<String> EXPECT = Set.of("actions", "absent", "provisional", "definite", "necessity",
            "ppcReport", "deadlines", "questions", "notAsked", "because", "basis", "warnings", "actionsStartWith",
            "questionsStartWith", "title", "reports", "reportsAbsent", "recipient");
    private static final Set<String> REGIME_REPORT = Set.of("required", "provisional", "triggers", "possibleTriggers",
            "exemptions", "authority", "actions");
    private static final Set<String> PPC_REPORT = Set.of("required", "provisional", "triggers", "possibleTriggers",
            "exemptions");
    /** The key of {@code expect.because} that names the PPC decision's reasons rather than an action's. */
    static final String PPC_REPORT_REASONS = "PPC_REPORT";
    private static final Set<String> DEADLINE = Set.of("target", "due", "dueAt");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /**
     * Whether a path is a field of the incident (docs/json-contract.md), as the plan names them in
     * {@code questions[].field}: the field registry decides, so a field added there is accepted here.
     */
    static boolean isField(String path) {
        return path.equals("id") || path.equals("type") || IncidentField.parse(path).isPresent();
    }

    /**
     * What the plan must show. Every part is optional; an empty list or map checks nothing.
     *
     * @param actions     codes that must be in the plan
     * @param absent      codes that must not be in the plan
     * @param provisional codes that must be in the plan, marked provisional
     * @param definite    codes that must be in the plan, not provisional
     * @param necessity   the necessity of these codes (REQUIRED, AS_NEEDED)
     * @param ppcReport   the decision on the PPC report, compared only as far as it is given
     * @param deadlines   the target and due dates of these codes
     * @param questions   fields that must be asked
     * @param notAsked    fields that must not be asked
     * @param because     words that one of these actions' reasons must contain (in Japanese or English);
     *                    {@value ComplianceScenario#PPC_REPORT_REASONS} names the reasons of the PPC decision
     * @param basis       words that the basis of these actions' deadlines must contain
     * @param warnings    words that one of the plan's warnings must contain
     * @param actionsStartWith   the plan's first actions, in this order
     * @param questionsStartWith the plan's first questions, in this order
     * @param title       words that these actions' titles must contain
     * @param reports     the decision of each regime's report ({@code plan.reports}), by regime code, compared
     *                    only as far as it is given
     * @param reportsAbsent regimes that must not be in {@code plan.reports} (they do not apply)
     * @param recipient   words that these actions' recipients must contain
     */
    record Expect(List<String> actions, List<String> absent, List<String> provisional, List<String> definite,
            Map<String, Necessity> necessity, Optional<PpcExpect> ppcReport, Map<String, DeadlineExpect> deadlines,
            List<String> questions, List<String> notAsked, Map<String, List<String>> because,
            Map<String, List<String>> basis, List<String> warnings, List<String> actionsStartWith,
            List<String> questionsStartWith, Map<String, List<String>> title, Map<String, RegimeExpect> reports,
            List<String> reportsAbsent, Map<String, List<String>> recipient) {

        /** Every action code the expectations name, in the order written. */
        Set<String> codes() {
            Set<String> codes = new LinkedHashSet<>();
            codes.addAll(actions);
            codes.addAll(definite);
            codes.addAll(provisional);
            codes.addAll(absent);
            codes.addAll(necessity.keySet());
            codes.addAll(deadlines.keySet());
            codes.addAll(basis.keySet());
            codes.addAll(actionsStartWith);
            codes.addAll(title.keySet());
            codes.addAll(recipient.keySet());
            because.keySet().stream().filter(code -> !code.equals(PPC_REPORT_REASONS)).forEach(codes::add);
            return codes;
        }

        /** The codes the expectations say the plan holds. */
        Set<String> present() {
            Set<String> codes = new LinkedHashSet<>();
            codes.addAll(actions);
            codes.addAll(definite);
            codes.addAll(provisional);
            codes.addAll(necessity.keySet());
            codes.addAll(deadlines.keySet());
            codes.addAll(basis.keySet());
            codes.addAll(actionsStartWith);
            codes.addAll(title.keySet());
            codes.addAll(recipient.keySet());
            because.keySet().stream().filter(code -> !code.equals(PPC_REPORT_REASONS)).forEach(codes::add);
            return codes;
        }
    }

    /** The parts of the PPC decision to compare; {@code null} or empty means "not compared". */
    record PpcExpect(Boolean required, Boolean provisional, Optional<List<PpcTrigger>> triggers,
            Optional<List<PpcTrigger>> possibleTriggers, Optional<List<PpcExemption>> exemptions) {
    }

    /** The parts of a regime's report to compare; {@code null} or empty means "not compared". */
    record RegimeExpect(Boolean required, Boolean provisional, Optional<List<String>> triggers,
            Optional<List<String>> possibleTriggers, Optional<List<String>> exemptions, List<String> authority,
            Optional<List<String>> actions) {
    }

    /** A deadline's dates, and its instant for a period in hours ({@code dueAt}), if given. */
    record DeadlineExpect(LocalDate target, LocalDate due, Optional<OffsetDateTime> dueAt) {
    }

    /** Reads a scenario file's text; {@code file} names it in every error. */
    static ComplianceScenario read(String file, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        Reader in = new Reader(file);
        in.onlyKeys(root, "", ENVELOPE);
        String title = in.requiredText(root, "scenario");
        String titleEn = in.requiredText(root, "scenarioEn");
        String because = in.requiredText(root, "because");
        JsonNode incidentNode = root.get("incident");
        if (incidentNode == null || !incidentNode.isObject()) {
            throw in.error("incident", "must be an object: the incident as docs/json-contract.md defines it");
        }
        Incident incident;
        try {
            incident = IncidentJson.parse(JSON.writeValueAsString(incidentNode));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(file + ": cannot re-serialise the incident", e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": the incident is not valid incident JSON: " + e.getMessage(),
                    e);
        }
        Set<String> incidentKeys = new LinkedHashSet<>();
        incidentNode.fieldNames().forEachRemaining(incidentKeys::add);
        JsonNode expectNode = root.get("expect");
        if (expectNode == null || !expectNode.isObject()) {
            throw in.error("expect", "must be an object (it may be empty)");
        }
        return new ComplianceScenario(file, title, titleEn, because, Set.copyOf(incidentKeys), incident,
                in.expect(expectNode));
    }

    /** The strict reading of the envelope, naming the file and the key of every mistake. */
    private record Reader(String file) {

        IllegalArgumentException error(String path, String message) {
            return new IllegalArgumentException(file + ": " + path + ": " + message);
        }

        void onlyKeys(JsonNode node, String path, Set<String> allowed) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw error(path.isEmpty() ? name : path + "." + name,
                            "unknown key (a typo?); allowed here: " + allowed.stream().sorted().toList());
                }
            }
        }

        String requiredText(JsonNode node, String key) {
            JsonNode value = node.get(key);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw error(key, "required, a non-blank string");
            }
            return value.asText();
        }

        Expect expect(JsonNode node) {
            onlyKeys(node, "expect", EXPECT);
            List<String> actions = codes(node, "actions");
            List<String> absent = codes(node, "absent");
            List<String> provisional = codes(node, "provisional");
            List<String> definite = codes(node, "definite");
            Map<String, Necessity> necessity = map(node, "necessity",
                    (path, value) -> constant(path, value, Necessity.class));
            Optional<PpcExpect> ppcReport = Optional.ofNullable(node.get("ppcReport")).map(this::ppcReport);
            Map<String, DeadlineExpect> deadlines = map(node, "deadlines", this::deadline);
            List<String> questions = fields(node, "questions");
            List<String> notAsked = fields(node, "notAsked");
            Map<String, List<String>> because = map(node, "because", this::words);
            Map<String, List<String>> basis = map(node, "basis", this::words);
            List<String> warnings = strings(node, "warnings");
            List<String> actionsStartWith = codes(node, "actionsStartWith");
            List<String> questionsStartWith = fields(node, "questionsStartWith");
            Map<String, List<String>> title = map(node, "title", this::words);
            Map<String, RegimeExpect> reports = map(node, "reports", this::regimeReport);
            List<String> reportsAbsent = codes(node, "reportsAbsent");
            Map<String, List<String>> recipient = map(node, "recipient", this::words);
            Expect expect = new Expect(actions, absent, provisional, definite, necessity, ppcReport, deadlines,
                    questions, notAsked, because, basis, warnings, actionsStartWith, questionsStartWith, title, reports,
                    reportsAbsent, recipient);
            noContradictions(expect);
            return expect;
        }

        private void noContradictions(Expect expect) {
            for (String code : expect.absent()) {
                if (expect.present().contains(code)) {
                    throw error("expect.absent", code + " is also expected in the plan");
                }
            }
            for (String code : expect.provisional()) {
                if (expect.definite().contains(code)) {
                    throw error("expect.provisional", code + " is also expected to be definite");
                }
            }
            for (String field : expect.questions()) {
                if (expect.notAsked().contains(field)) {
                    throw error("expect.questions", field + " is also in notAsked");
                }
            }
        }

        private List<String> strings(JsonNode node, String key) {
            JsonNode array = node.get(key);
            if (array == null) {
                return List.of();
            }
            String path = "expect." + key;
            if (!array.isArray()) {
                throw error(path, "must be an array of strings");
            }
            List<String> values = new ArrayList<>();
            for (JsonNode value : array) {
                if (!value.isTextual() || value.asText().isBlank()) {
                    throw error(path, "must hold non-blank strings only, found " + value);
                }
                if (values.contains(value.asText())) {
                    throw error(path, value.asText() + " appears twice");
                }
                values.add(value.asText());
            }
            return List.copyOf(values);
        }

        private List<String> codes(JsonNode node, String key) {
            List<String> codes = strings(node, key);
            codes.forEach(code -> code("expect." + key, code));
            return codes;
        }

        private String code(String path, String code) {
            if (!CODE.matcher(code).matches()) {
                throw error(path, "'" + code + "' is not an action code (UPPER_SNAKE_CASE)");
            }
            return code;
        }

        private List<String> fields(JsonNode node, String key) {
            List<String> fields = strings(node, key);
            for (String field : fields) {
                if (!isField(field)) {
                    throw error("expect." + key, "'" + field + "' is not a field of the incident"
                            + " (docs/json-contract.md; write paths like discovery.awareAt or assets[0].personal.persons)");
                }
            }
            return fields;
        }

        private <V> Map<String, V> map(JsonNode node, String key, BiFunction<String, JsonNode, V> read) {
            JsonNode object = node.get(key);
            if (object == null) {
                return Map.of();
            }
            String path = "expect." + key;
            if (!object.isObject()) {
                throw error(path, "must be an object keyed by action code");
            }
            Map<String, V> values = new LinkedHashMap<>();
            object.fields().forEachRemaining(e -> values.put(code(path, e.getKey()),
                    read.apply(path + "." + e.getKey(), e.getValue())));
            return values;
        }

        private List<String> words(String path, JsonNode value) {
            if (!value.isArray() || value.isEmpty()) {
                throw error(path, "must be a non-empty array of the words to find");
            }
            List<String> words = new ArrayList<>();
            for (JsonNode word : value) {
                if (!word.isTextual() || word.asText().isBlank()) {
                    throw error(path, "must hold non-blank strings only, found " + word);
                }
                words.add(word.asText());
            }
            return List.copyOf(words);
        }

        private <E extends Enum<E>> E constant(String path, JsonNode value, Class<E> type) {
            if (value.isTextual()) {
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(value.asText())) {
                        return constant;
                    }
                }
            }
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw error(path, value + " is not one of " + allowed);
        }

        private DeadlineExpect deadline(String path, JsonNode value) {
            if (!value.isObject()) {
                throw error(path, "must be an object {\"target\": \"YYYY-MM-DD\", \"due\": \"YYYY-MM-DD\"}");
            }
            onlyKeys(value, path, DEADLINE);
            Optional<OffsetDateTime> dueAt = Optional.empty();
            JsonNode at = value.get("dueAt");
            if (at != null) {
                try {
                    dueAt = Optional.of(OffsetDateTime.parse(at.asText()));
                } catch (DateTimeParseException e) {
                    throw error(path + ".dueAt", "'" + at.asText() + "' is not a date-time with offset");
                }
            }
            return new DeadlineExpect(date(path + ".target", value.get("target")),
                    date(path + ".due", value.get("due")), dueAt);
        }

        private RegimeExpect regimeReport(String path, JsonNode value) {
            if (!value.isObject()) {
                throw error(path, "must be an object");
            }
            onlyKeys(value, path, REGIME_REPORT);
            return new RegimeExpect(bool(path + ".required", value.get("required")),
                    bool(path + ".provisional", value.get("provisional")),
                    codeList(path + ".triggers", value.get("triggers")),
                    codeList(path + ".possibleTriggers", value.get("possibleTriggers")),
                    codeList(path + ".exemptions", value.get("exemptions")),
                    value.has("authority") ? words(path + ".authority", value.get("authority")) : List.of(),
                    codeList(path + ".actions", value.get("actions")));
        }

        private Optional<List<String>> codeList(String path, JsonNode value) {
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isArray()) {
                throw error(path, "must be an array");
            }
            List<String> codes = new ArrayList<>();
            value.forEach(v -> codes.add(code(path, v.asText())));
            return Optional.of(List.copyOf(codes));
        }

        private LocalDate date(String path, JsonNode value) {
            if (value == null || !value.isTextual()) {
                throw error(path, "required, a date YYYY-MM-DD");
            }
            try {
                return LocalDate.parse(value.asText());
            } catch (DateTimeParseException e) {
                throw error(path, "'" + value.asText() + "' is not a date YYYY-MM-DD");
            }
        }

        private PpcExpect ppcReport(JsonNode value) {
            String path = "expect.ppcReport";
            if (!value.isObject()) {
                throw error(path, "must be an object");
            }
            onlyKeys(value, path, PPC_REPORT);
            return new PpcExpect(bool(path + ".required", value.get("required")),
                    bool(path + ".provisional", value.get("provisional")),
                    constants(path + ".triggers", value.get("triggers"), PpcTrigger.class),
                    constants(path + ".possibleTriggers", value.get("possibleTriggers"), PpcTrigger.class),
                    constants(path + ".exemptions", value.get("exemptions"), PpcExemption.class));
        }

        private Boolean bool(String path, JsonNode value) {
            if (value == null) {
                return null;
            }
            if (!value.isBoolean()) {
                throw error(path, "must be true or false");
            }
            return value.asBoolean();
        }

        private <E extends Enum<E>> Optional<List<E>> constants(String path, JsonNode value, Class<E> type) {
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isArray()) {
                throw error(path, "must be an array");
            }
            List<E> constants = new ArrayList<>();
            value.forEach(v -> constants.add(constant(path, v, type)));
            return Optional.of(List.copyOf(constants));
        }
    }
}
