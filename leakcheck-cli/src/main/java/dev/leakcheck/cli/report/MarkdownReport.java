package dev.leakcheck.cli.report;

import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Phase;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.PpcExemption;
import dev.leakcheck.model.PpcReport;
import dev.leakcheck.model.PpcTrigger;
import dev.leakcheck.model.Question;
import dev.leakcheck.model.ReportItem;
import dev.leakcheck.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report in Markdown (CommonMark with GitHub tables): the same sections as the HTML page, the
 * timeline as a table of dates and days after awareness.
 *
 * <p>It holds no HTML and makes no link but to the addresses the plan's own texts quote (autolinks
 * {@code <https://…>}); every text it did not write itself is {@linkplain #esc escaped} so that it
 * reads as the text it is, whatever it holds.
 */
final class MarkdownReport {

    /**
     * The ASCII punctuation with a meaning in CommonMark, GitHub's Markdown or a common extension (math
     * {@code $}, footnotes {@code ^}, attributes {@code {}}, autolinks {@code : @ .}), backslash-escaped;
     * {@code , ; ? % /} have none and stay as they are, so that the file still reads well as text.
     */
    private static final String PUNCTUATION = "!#$()*+-.:=@[\\]^_`{|}~";

    private final ReportContent content;
    private final StringBuilder md = new StringBuilder();

    private MarkdownReport(ReportContent content) {
        this.content = content;
    }

    static String write(ReportContent content) {
        return new MarkdownReport(content).document();
    }

    private String document() {
        PpcReport ppc = content.plan().ppcReport();
        line("# " + in(Words.TITLE) + " — " + esc(content.plan().incidentId()));
        line("");
        line("| " + in(Words.INCIDENT) + " | " + in(Words.TYPE) + " | " + in(Words.AWARE) + " | " + in(Words.PPC) + " |");
        line("|---|---|---|---|");
        line("| " + cell(content.plan().incidentId()) + " | " + cell(content.typeLabel()) + " | "
                + cell(content.plan().awareDate().map(Object::toString).orElse(in(Words.AWARE_UNKNOWN))) + " | **"
                + cell(in(Words.ppcDecision(ppc))) + "** |");
        if (!content.otherReports().isEmpty()) {
            line("");
            line("**" + in(Words.OTHER_REPORTS) + "**: " + cell(content.otherReportsLine()));
        }
        if (!content.plan().warnings().isEmpty()) {
            line("");
            line("> **" + in(Words.WARNINGS) + "**");
            line(">");
            for (Text warning : content.plan().warnings()) {
                line("> - " + text(warning));
            }
        }
        now();
        timeline();
        byPhase();
        ppc(ppc);
        questions();
        line("");
        line("---");
        line("");
        line("*" + esc(in(Words.FOOTER)) + "*");
        return md.toString();
    }

    private void now() {
        heading(2, Words.NOW);
        List<PlannedAction> first = content.first();
        if (first.isEmpty()) {
            line(in(Words.NOW_NONE));
        } else {
            actions(first);
        }
    }

    private void timeline() {
        heading(2, Words.DEADLINES);
        Timeline timeline = content.timeline();
        if (timeline.isEmpty()) {
            line(esc(in(Words.DEADLINES_NONE)));
            return;
        }
        line("| " + in(Words.DUE) + " | " + in(Words.TARGET) + " | " + in(Words.ACTION) + " | " + in(Words.RECIPIENT)
                + " |");
        line("|---|---|---|---|");
        for (Timeline.Row row : timeline.rows()) {
            PlannedAction action = row.action();
            Deadline d = row.deadline();
            line("| **" + DeadlineText.due(d) + "**" + (d.overdue() ? " *(" + in(DeadlineText.OVERDUE) + ")*" : "") + " ("
                    + in(Words.offset(row.dueDay())) + ") | " + d.target() + " ("
                    + in(Words.offset(row.targetDay())) + ") | " + cell(in(action.title()))
                    + (action.provisional() ? " *(" + in(Words.PROVISIONAL) + ")*" : "") + " | "
                    + cell(action.recipient().map(this::in).orElse("")) + " |");
        }
        line("");
        line(esc(in(Words.AWARE)) + ": " + timeline.start());
    }

    private void byPhase() {
        heading(2, Words.BY_PHASE);
        line("*" + esc(in(Words.PROVISIONAL_NOTE)) + "*");
        for (Map.Entry<Phase, List<PlannedAction>> phase : content.later().entrySet()) {
            heading(3, Words.phase(phase.getKey()));
            actions(phase.getValue());
        }
    }

    private void actions(List<PlannedAction> actions) {
        int number = 1;
        for (PlannedAction action : actions) {
            List<String> tags = new ArrayList<>();
            tags.add(in(Words.necessity(action.necessity())));
            if (action.provisional()) {
                tags.add("**" + in(Words.PROVISIONAL) + "**");
            }
            action.deadline().ifPresent(d -> tags.add(in(Words.DUE) + " **" + DeadlineText.due(d) + "**"
                    + (d.overdue() ? " *(" + in(DeadlineText.OVERDUE) + ")*" : "")));
            line(number++ + ". **" + esc(in(action.title())) + "** — " + String.join(" ・ ", tags));
            action.recipient().ifPresent(r -> line("   - " + in(Words.RECIPIENT) + ": " + esc(in(r))));
            action.deadline().ifPresent(d -> line("   - " + in(Words.TARGET) + " " + d.target() + " / " + in(Words.DUE)
                    + " " + DeadlineText.due(d) + " — " + in(Words.BASIS) + ": " + text(d.basis())));
            for (Text reason : action.because()) {
                line("   - " + in(Words.BECAUSE) + ": " + text(reason));
            }
            line("   - " + in(Words.SOURCE) + ": " + text(action.source()) + " `" + action.code() + "`");
        }
    }

    private void ppc(PpcReport report) {
        heading(2, Words.PPC_SECTION);
        line("**" + in(Words.PPC) + ": " + in(Words.ppcDecision(report)) + "**");
        if (!report.triggers().isEmpty()) {
            heading(3, Words.TRIGGERS);
            for (PpcTrigger trigger : report.triggers()) {
                line("- " + esc(content.label(trigger)));
            }
        }
        if (!report.possibleTriggers().isEmpty()) {
            heading(3, Words.POSSIBLE_TRIGGERS);
            for (PpcTrigger trigger : report.possibleTriggers()) {
                line("- " + esc(content.label(trigger)));
            }
        }
        if (!report.exemptions().isEmpty()) {
            heading(3, Words.EXEMPTIONS);
            for (PpcExemption exemption : report.exemptions()) {
                line("- " + esc(content.label(exemption)));
            }
        }
        if (!report.because().isEmpty()) {
            heading(3, Words.BECAUSE);
            for (Text reason : report.because()) {
                line("- " + text(reason));
            }
        }
        if (!report.draft().isEmpty()) {
            heading(3, Words.DRAFT);
            line("| # | " + in(Words.DRAFT_ITEM) + " | " + in(Words.DRAFT_CONTENT) + " | " + in(Words.DRAFT_TO_COLLECT)
                    + " |");
            line("|---|---|---|---|");
            for (ReportItem item : report.draft()) {
                String known = item.content().map(this::in)
                        .orElse(in(item.toCollect().isEmpty() ? Words.DRAFT_BY_HAND : Words.DRAFT_EMPTY));
                List<String> fields = new ArrayList<>();
                for (String field : item.toCollect()) {
                    String name = content.fieldName(field);
                    fields.add((name.isEmpty() ? "" : cell(name) + " ") + "`" + field + "`");
                }
                line("| " + item.number() + " | " + cell(in(item.title())) + " | " + cell(known) + " | "
                        + String.join(" ・ ", fields) + " |");
            }
        }
    }

    private void questions() {
        heading(2, Words.QUESTIONS);
        List<Question> questions = content.plan().questions();
        if (questions.isEmpty()) {
            line(in(Words.QUESTIONS_NONE));
            return;
        }
        line(esc(in(Words.QUESTIONS_LEAD)));
        line("");
        int number = 1;
        for (Question question : questions) {
            line(number++ + ". " + text(question.text()) + " `" + question.field() + "`");
        }
    }

    private void heading(int level, Text text) {
        line("");
        line("#".repeat(level) + " " + in(text));
        line("");
    }

    private String in(Text text) {
        return content.in(text);
    }

    /**
     * Text that neither Markdown nor HTML may read as markup: every character with a meaning in either
     * is escaped. {@code < > & " '} become character references (no tag or entity can start, even
     * where Markdown is rendered by something that passes HTML through); every ASCII punctuation mark
     * with a meaning in Markdown is backslash-escaped (no emphasis, link, code span, list, heading, table
     * column — or {@code https\://} autolink, on GitHub too); a line break or tab is a space (a table row and a
     * list item stay one line); what no report shows is dropped or replaced ({@link PrintableText}).
     */
    static String esc(String text) {
        String printable = PrintableText.of(text);
        StringBuilder out = new StringBuilder(printable.length() + 16);
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            String reference = HtmlReport.reference(c);
            if (reference != null) {
                out.append(reference);
            } else if (c == '\n' || c == '\t' || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else {
                if (PUNCTUATION.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A table cell: escaped like any text ({@code |} too), on one line. */
    private static String cell(String text) {
        return esc(text);
    }

    /**
     * A text of the plan's own (a reason, a source, a question), escaped, with the web addresses it
     * quotes made autolinks. Never for what the incident says: that is {@link #esc}, and never a link.
     */
    private String text(Text text) {
        StringBuilder out = new StringBuilder();
        for (WebAddresses.Piece piece : WebAddresses.split(in(text))) {
            out.append(piece.address() ? "<" + piece.text() + ">" : esc(piece.text()));
        }
        return out.toString();
    }

    private void line(String text) {
        md.append(text).append('\n');
    }
}
