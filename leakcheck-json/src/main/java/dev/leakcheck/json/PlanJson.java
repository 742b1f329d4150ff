package dev.leakcheck.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.PpcReport;
import dev.leakcheck.model.Question;
import dev.leakcheck.model.ReportItem;
import dev.leakcheck.model.Text;
import java.io.IOException;
import java.util.List;

/**
 * Writes a plan as the plan of docs/json-contract.md, with its texts in one language.
 * The output is deterministic: the same plan always gives the same bytes (fixed field order, the
 * layout of {@link JsonStyle}), so that plans can be compared and stored.
 */
public final class PlanJson {

    private final JsonGenerator json;
    private final Language language;

    private PlanJson(JsonGenerator json, Language language) {
        this.json = json;
        this.language = language;
    }

    /** The plan as pretty JSON, ending with a newline. */
    public static String write(Plan plan, Language language) {
        return JsonStyle.write(json -> new PlanJson(json, language).plan(plan));
    }

    private void plan(Plan plan) throws IOException {
        json.writeStartObject();
        json.writeStringField("incidentId", plan.incidentId());
        json.writeStringField("type", plan.type().name());
        json.writeStringField("awareDate", plan.awareDate().map(Object::toString).orElse(null));
        ppcReport(plan.ppcReport());
        json.writeArrayFieldStart("actions");
        for (PlannedAction action : plan.actions()) {
            action(action);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("questions");
        for (Question question : plan.questions()) {
            question(question);
        }
        json.writeEndArray();
        texts("warnings", plan.warnings());
        json.writeEndObject();
    }

    private void ppcReport(PpcReport report) throws IOException {
        json.writeObjectFieldStart("ppcReport");
        json.writeBooleanField("required", report.required());
        json.writeBooleanField("provisional", report.provisional());
        names("triggers", report.triggers());
        names("possibleTriggers", report.possibleTriggers());
        names("exemptions", report.exemptions());
        texts("because", report.because());
        json.writeArrayFieldStart("draft");
        for (ReportItem item : report.draft()) {
            reportItem(item);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** One of the nine items of the report (Rule 8(1)): what is known, and the fields still to collect. */
    private void reportItem(ReportItem item) throws IOException {
        json.writeStartObject();
        json.writeNumberField("item", item.number());
        text("title", item.title());
        json.writeStringField("content", item.content().map(t -> t.in(language)).orElse(null));
        json.writeArrayFieldStart("toCollect");
        for (String field : item.toCollect()) {
            json.writeString(field);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void action(PlannedAction action) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", action.code());
        json.writeStringField("phase", action.phase().name());
        json.writeStringField("necessity", action.necessity().name());
        json.writeBooleanField("provisional", action.provisional());
        text("title", action.title());
        if (action.recipient().isPresent()) {
            text("recipient", action.recipient().get());
        }
        if (action.deadline().isPresent()) {
            deadline(action.deadline().get());
        }
        texts("because", action.because());
        text("source", action.source());
        json.writeEndObject();
    }

    private void deadline(Deadline deadline) throws IOException {
        json.writeObjectFieldStart("deadline");
        json.writeStringField("target", deadline.target().toString());
        json.writeStringField("due", deadline.due().toString());
        text("basis", deadline.basis());
        json.writeEndObject();
    }

    private void question(Question question) throws IOException {
        json.writeStartObject();
        json.writeStringField("field", question.field());
        text("text", question.text());
        json.writeEndObject();
    }

    private void text(String name, Text text) throws IOException {
        json.writeStringField(name, text.in(language));
    }

    private void texts(String name, List<Text> texts) throws IOException {
        json.writeArrayFieldStart(name);
        for (Text text : texts) {
            json.writeString(text.in(language));
        }
        json.writeEndArray();
    }

    private void names(String name, List<? extends Enum<?>> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (Enum<?> value : values) {
            json.writeString(value.name());
        }
        json.writeEndArray();
    }
}
