package dev.leakcheck.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakcheck.examples.scenarios.PlanChanges;
import dev.leakcheck.json.IncidentJson;
import dev.leakcheck.json.InputException;
import dev.leakcheck.json.PlanJson;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Plan;
import dev.leakcheck.rules.LeakcheckEngine;
import dev.leakcheck.server.IncidentService;
import dev.leakcheck.server.PublishToken;
import dev.leakcheck.server.RulesPublishing;
import dev.leakcheck.server.store.RulesStore;
import dev.leakcheck.spring.LeakcheckRules;
import dev.leakcheck.spring.Workbooks;
import dev.leakcheck.spring.api.ApiException;
import dev.leakcheck.spring.api.RulesCheck;
import dev.leakcheck.spring.api.UploadedWorkbooks;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ルール / rules: upload edited workbooks, see every problem on a rendered copy of its sheet, the scenarios the
 * edit changes (before and after), try an incident against the edit, publish it with the token, and restore
 * an earlier version; download the workbooks in force. The checks are the API's ({@link RulesCheck}), the
 * publishing is {@link RulesPublishing}'s.
 */
@Controller
public class RulesPages {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The session's attribute holding the last {@link Tried}. */
    static final String TRIED = RulesPages.class.getName() + ".tried";

    /**
     * What was last tried on a draft in this session.
     *
     * @param draft        the draft's id
     * @param incident     the number of a stored incident, or empty
     * @param incidentJson an incident JSON, or empty
     */
    record Tried(String draft, String incident, String incidentJson) implements Serializable {
    }

    private final LeakcheckRules rules;
    private final RulesPublishing publishing;
    private final PublishToken token;
    private final RuleDrafts drafts;
    private final IncidentService incidents;
    private final ObjectMapper json;

    RulesPages(LeakcheckRules rules, RulesPublishing publishing, PublishToken token, RuleDrafts drafts,
               IncidentService incidents, ObjectMapper json) {
        this.rules = rules;
        this.publishing = publishing;
        this.token = token;
        this.drafts = drafts;
        this.incidents = incidents;
        this.json = json;
    }

    /**
     * @param model the page's model
     * @return the rules in force, their versions, the upload
     */
    @GetMapping("/rules")
    public String rules(Model model) {
        model.addAttribute("current", rules.current());
        model.addAttribute("versions", publishing.versions());
        model.addAttribute("publishing", token.enabled());
        return "rules";
    }

    /**
     * Checks uploaded workbooks and keeps them as a draft.
     *
     * @param workbooks the workbooks
     * @param locale    the page's language
     * @param redirect  for the message after the redirect
     * @return the draft's page
     */
    @PostMapping("/rules/check")
    public String check(@RequestParam("workbooks") List<MultipartFile> workbooks, Locale locale,
                        RedirectAttributes redirect) {
        try (UploadedWorkbooks files = UploadedWorkbooks.of(workbooks.stream().filter(f -> !f.isEmpty()).toList())) {
            RulesCheck.Result check = RulesCheck.check(files, rules.current().engine());
            return "redirect:/rules/drafts/" + drafts.add(files.files(), check).id();
        } catch (ApiException e) {
            redirect.addFlashAttribute("error", e.text().in(IncidentPages.language(locale)));
            return "redirect:/rules";
        }
    }

    /**
     * A checked upload: problems on their sheets, or the scenarios it changes, the try and the publishing form.
     *
     * @param id    the draft
     * @param model the page's model
     * @return the page
     */
    @GetMapping("/rules/drafts/{id}")
    public String draft(@PathVariable String id, Model model) {
        RuleDrafts.Draft draft = draft(id);
        List<SheetView> sheets = new ArrayList<>();
        List<RulesCheck.Problem> elsewhere = new ArrayList<>();
        for (RulesCheck.Problem problem : draft.check().problems()) {
            SheetView sheet = problem.cell() == null ? null : SheetView.of(draft.files().get(problem.file()),
                    problem.file(), problem.sheet(), problem.cell(), problem.text());
            if (sheet == null) {
                elsewhere.add(problem);
            } else {
                sheets.add(sheet);
            }
        }
        model.addAttribute("draft", draft);
        model.addAttribute("files", draft.files().keySet());
        model.addAttribute("sheets", sheets);
        model.addAttribute("elsewhere", elsewhere);
        model.addAttribute("changes", draft.check().changes().orElse(null));
        model.addAttribute("publishing", token.enabled());
        model.addAttribute("incidents", incidents.list());
        return "draft";
    }

    /**
     * Keeps what is to be tried on a draft and sends the browser to the result's own address (post, redirect,
     * get): the result page is then a GET, so that the language switch ({@code ?lang=}) and a reload show it
     * again instead of re-requesting this POST-only address (which answered 405). The incident tried stays in
     * the session (the last one only), like the upload itself stays in memory.
     *
     * @param id           the draft
     * @param incident     the number of a stored incident, or empty
     * @param incidentJson an incident JSON, or empty
     * @param session      where the try is kept
     * @return a redirect to the result
     */
    @PostMapping("/rules/drafts/{id}/try")
    public String tryIncident(@PathVariable String id, @RequestParam(defaultValue = "") String incident,
                              @RequestParam(defaultValue = "") String incidentJson, HttpSession session) {
        draft(id);
        session.setAttribute(TRIED, new Tried(id, incident, incidentJson));
        return "redirect:/rules/drafts/" + id + "/try";
    }

    /**
     * Plans the incident last tried on this draft by the rules serving and by the draft, side by side, in the
     * page's language. Without a try of this draft in the session, the draft's page.
     *
     * @param id      the draft
     * @param session where the try is kept
     * @param model   the page's model
     * @param locale  the page's language
     * @return the draft's page with the two plans
     */
    @GetMapping("/rules/drafts/{id}/try")
    public String tried(@PathVariable String id, HttpSession session, Model model, Locale locale) {
        RuleDrafts.Draft draft = draft(id);
        if (!(session.getAttribute(TRIED) instanceof Tried tried) || !tried.draft().equals(id)) {
            return "redirect:/rules/drafts/" + id;
        }
        Language language = IncidentPages.language(locale);
        Optional<LeakcheckEngine> edited = draft.check().engine();
        try {
            String text = !tried.incidentJson().isBlank() ? tried.incidentJson()
                    : incidents.get(Long.parseLong(tried.incident().strip()), language).incident().toString();
            Incident parsed = IncidentJson.parse(text);
            Plan before = rules.current().engine().plan(parsed);
            if (edited.isPresent()) {
                Plan after = edited.get().plan(parsed);
                model.addAttribute("tryBefore", tree(PlanJson.write(before, language)));
                model.addAttribute("tryAfter", tree(PlanJson.write(after, language)));
                model.addAttribute("tryChanges", PlanChanges.between(before, after));
            }
        } catch (InputException | ApiException e) {
            model.addAttribute("error", IncidentPages.problem(e, language));
        } catch (NumberFormatException e) {
            model.addAttribute("error", language == Language.EN ? "choose an incident or paste its JSON"
                    : "事案を選ぶか、事案 JSON を貼り付けてください");
        }
        model.addAttribute("incidentJson", tried.incidentJson());
        model.addAttribute("triedIncident", tried.incident());
        return draft(id, model);
    }

    /**
     * Publishes a draft with the token.
     *
     * @param id          the draft
     * @param publishToken the publishing token
     * @param publishedBy who publishes
     * @param note        why
     * @param locale      the page's language
     * @param redirect    for the message after the redirect
     * @return the rules page
     */
    @PostMapping("/rules/drafts/{id}/publish")
    public String publish(@PathVariable String id, @RequestParam(defaultValue = "") String publishToken,
                          @RequestParam(defaultValue = "") String publishedBy, @RequestParam(defaultValue = "") String note,
                          Locale locale, RedirectAttributes redirect) {
        RuleDrafts.Draft draft = draft(id);
        try (UploadedWorkbooks files = UploadedWorkbooks.of(draft.files())) {
            token.require("Bearer " + publishToken);
            RulesPublishing.Outcome outcome = publishing.publish(files, publishedBy, note);
            if (outcome.version() == null) {
                return "redirect:/rules/drafts/" + id;
            }
            redirect.addFlashAttribute("published", outcome.version().id());
            return "redirect:/rules";
        } catch (ApiException e) {
            redirect.addFlashAttribute("error", e.text().in(IncidentPages.language(locale)));
            return "redirect:/rules/drafts/" + id;
        }
    }

    /**
     * Serves an earlier version (or the bundled rules) again.
     *
     * @param restore      the version's number, or {@code bundled}
     * @param publishToken the publishing token
     * @param publishedBy  who restores
     * @param locale       the page's language
     * @param redirect     for the message after the redirect
     * @return the rules page
     */
    @PostMapping("/rules/restore")
    public String restore(@RequestParam String restore, @RequestParam(defaultValue = "") String publishToken,
                          @RequestParam(defaultValue = "") String publishedBy, Locale locale,
                          RedirectAttributes redirect) {
        try {
            token.require("Bearer " + publishToken);
            RulesStore.Version version = "bundled".equals(restore) ? publishing.restoreBundled(publishedBy)
                    : publishing.restore(Long.parseLong(restore), publishedBy);
            redirect.addFlashAttribute("published", version.id());
        } catch (ApiException e) {
            redirect.addFlashAttribute("error", e.text().in(IncidentPages.language(locale)));
        }
        return "redirect:/rules";
    }

    /**
     * A workbook in force: the latest version's, or the bundled one it does not replace.
     *
     * @param name the workbook's name
     * @return its bytes
     */
    @GetMapping("/rules/workbooks/{name:.+}")
    public ResponseEntity<byte[]> workbook(@PathVariable String name) {
        if (!Workbooks.BUNDLED.contains(name)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "NO_WORKBOOK",
                    dev.leakcheck.model.Text.of("その名前のブックはありません", "no workbook of that name"));
        }
        List<RulesStore.Version> versions = publishing.versions();
        byte[] bytes;
        if (!versions.isEmpty() && versions.get(0).workbooks().containsKey(name)) {
            bytes = publishing.workbook(versions.get(0).id(), name);
        } else {
            try (InputStream in = LeakcheckEngine.class.getResourceAsStream("/dev/leakcheck/rules/" + name)) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    private RuleDrafts.Draft draft(String id) {
        return drafts.get(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "NO_DRAFT",
                dev.leakcheck.model.Text.of("このアップロードはもうありません。もう一度アップロードしてください",
                        "this upload is gone: upload the workbooks again")));
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
