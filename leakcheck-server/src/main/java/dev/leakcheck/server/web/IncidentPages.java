package dev.leakcheck.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakcheck.json.InputException;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.field.IncidentField;
import dev.leakcheck.rules.Labels;
import dev.leakcheck.server.IncidentService;
import dev.leakcheck.spring.LeakcheckRules;
import dev.leakcheck.spring.api.ApiException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 事案 / incidents: the list with each one's next due date, a new incident, the interview (one form per open
 * question of the plan, saved at once, the plan shown beside it) and the printable report. Everything goes
 * through {@link IncidentService}, as the API does; the templates escape every text ({@code th:text}).
 */
@Controller
public class IncidentPages {

    private final IncidentService incidents;
    private final LeakcheckRules rules;
    private final ObjectMapper json;
    private final Clock clock;
    private final MessageSource messages;

    IncidentPages(IncidentService incidents, LeakcheckRules rules, ObjectMapper json, Clock clock,
                  MessageSource messages) {
        this.incidents = incidents;
        this.rules = rules;
        this.json = json;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * A fact the incident holds, as the page lists it.
     *
     * @param field the field's path
     * @param label the field's name in the page's language, or the path
     * @param value the value as text
     */
    record Fact(String field, String label, String value) {
    }

    static Language language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Language.EN : Language.JA;
    }

    /**
     * @param model  the page's model
     * @param locale the page's language
     * @return the list of incidents
     */
    @GetMapping("/incidents")
    public String list(Model model, Locale locale) {
        Language language = language(locale);
        Labels labels = rules.current().engine().labels();
        model.addAttribute("incidents", incidents.list());
        model.addAttribute("types", java.util.Arrays.stream(IncidentType.values())
                .map(type -> new Questions.Option(type.name(), labels.value(type).in(language))).toList());
        model.addAttribute("typeLabels", typeLabels(labels, language));
        return "incidents";
    }

    /**
     * Creates an incident of a type, with nothing else known yet.
     *
     * @param type      the type's code
     * @param reference the organisation's own number, or empty for one made here
     * @param locale    the page's language
     * @param redirect  for the message after the redirect
     * @return the interview
     */
    @PostMapping("/incidents")
    public String create(@RequestParam String type, @RequestParam(defaultValue = "") String reference, Locale locale,
                         RedirectAttributes redirect) {
        ObjectNode incident = json.createObjectNode();
        String id = reference.strip();
        if (id.isEmpty()) {
            id = "INC-" + DateTimeFormatter.ofPattern("uuuuMMdd").format(clock.instant().atZone(ZoneId.of("Asia/Tokyo")))
                    + "-" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000));
        }
        incident.put("id", id);
        incident.put("type", type);
        try {
            long created = incidents.create(incident.toString(), language(locale)).summary().id();
            return "redirect:/incidents/" + created;
        } catch (InputException | ApiException e) {
            redirect.addFlashAttribute("error", problem(e, language(locale)));
            return "redirect:/incidents";
        }
    }

    /**
     * The interview: the open questions as forms, the incident's facts and assets, the plan.
     *
     * @param id     the incident
     * @param model  the page's model
     * @param locale the page's language
     * @return the page
     */
    @GetMapping("/incidents/{id}")
    public String interview(@PathVariable long id, Model model, Locale locale) {
        Language language = language(locale);
        IncidentService.Detail detail = incidents.get(id, language);
        Labels labels = rules.current().engine().labels();
        model.addAttribute("detail", detail);
        model.addAttribute("plan", detail.plan());
        model.addAttribute("questions", Questions.of(detail.plan(), labels, language));
        model.addAttribute("facts", facts(detail.incident(), labels, language,
                path -> messages.getMessage("field." + IncidentField.templateOf(path), null, path, locale)));
        model.addAttribute("assets", detail.incident().path("assets"));
        model.addAttribute("nextAsset", detail.incident().path("assets").size());
        model.addAttribute("typeLabels", typeLabels(labels, language));
        return "incident";
    }

    /**
     * Saves one answer and shows the plan made again.
     *
     * @param id       the incident
     * @param field    the field answered
     * @param value    the value (one)
     * @param values   the values (several choices)
     * @param unknown  present when "unknown" was pressed
     * @param locale   the page's language
     * @param redirect for the message after the redirect
     * @return the interview again
     */
    @PostMapping("/incidents/{id}/answers")
    public String answer(@PathVariable long id, @RequestParam String field,
                         @RequestParam(required = false) String value,
                         @RequestParam(required = false) String[] values,
                         @RequestParam(required = false) String unknown, Locale locale,
                         RedirectAttributes redirect) {
        Language language = language(locale);
        try {
            incidents.answer(id, field, Questions.value(field, unknown != null, value, values), language);
            redirect.addFlashAttribute("saved", field);
        } catch (InputException | ApiException e) {
            redirect.addFlashAttribute("error", problem(e, language));
        }
        return "redirect:/incidents/" + id;
    }

    /**
     * Adds an information asset, described in a few words; its questions follow in the plan.
     *
     * @param id          the incident
     * @param description what the asset is
     * @param locale      the page's language
     * @param redirect    for the message after the redirect
     * @return the interview again
     */
    @PostMapping("/incidents/{id}/assets")
    public String addAsset(@PathVariable long id, @RequestParam String description, Locale locale,
                           RedirectAttributes redirect) {
        int next = incidents.get(id, Language.JA).incident().path("assets").size();
        return answer(id, "assets[" + next + "].description", description, null, null, locale, redirect);
    }

    /**
     * The one-page report of the plan, to print.
     *
     * @param id     the incident
     * @param model  the page's model
     * @param locale the page's language
     * @return the page
     */
    @GetMapping("/incidents/{id}/report")
    public String report(@PathVariable long id, Model model, Locale locale) {
        Language language = language(locale);
        IncidentService.Detail detail = incidents.get(id, language);
        model.addAttribute("detail", detail);
        model.addAttribute("plan", detail.plan());
        model.addAttribute("typeLabels", typeLabels(rules.current().engine().labels(), language));
        return "report";
    }

    static String problem(RuntimeException e, Language language) {
        if (e instanceof InputException input) {
            return input.describe(language);
        }
        return ((ApiException) e).text().in(language);
    }

    private static Map<String, String> typeLabels(Labels labels, Language language) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (IncidentType type : IncidentType.values()) {
            map.put(type.name(), labels.value(type).in(language));
        }
        return map;
    }

    /**
     * The incident's answered fields, flattened to paths, each with its label and its value as text. The label
     * is the rules' catalogue's (sheet 項目名); a field it has none for (the incident's number, which is no
     * question) takes the page's own word, {@code field.PATH} in messages*.properties, and the path only when
     * neither has one.
     */
    private static List<Fact> facts(JsonNode incident, Labels labels, Language language,
                                    UnaryOperator<String> unlabelled) {
        List<Fact> facts = new ArrayList<>();
        flatten("", incident, labels, language, unlabelled, facts);
        return facts;
    }

    private static void flatten(String path, JsonNode node, Labels labels, Language language,
                                UnaryOperator<String> unlabelled, List<Fact> facts) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                flatten(path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), entry.getValue(), labels,
                        language, unlabelled, facts);
            }
            return;
        }
        if (node.isArray() && path.equals("assets")) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), labels, language, unlabelled, facts);
            }
            return;
        }
        String label = labels.field(path).map(text -> text.in(language)).orElseGet(() -> unlabelled.apply(path));
        facts.add(new Fact(path, label, text(node, labels, language)));
    }

    private static String text(JsonNode node, Labels labels, Language language) {
        if (node.isNull()) {
            return language == Language.EN ? "unknown" : "不明";
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? (language == Language.EN ? "yes" : "はい") : (language == Language.EN ? "no" : "いいえ");
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(text(item, labels, language)));
            return String.join(", ", items);
        }
        String value = node.asText();
        return labels.hasValue(value) ? labels.value(value).in(language) : value;
    }
}
