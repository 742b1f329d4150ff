package dev.leakcheck.cli.report;

import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Phase;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.PpcExemption;
import dev.leakcheck.model.PpcReport;
import dev.leakcheck.model.PpcTrigger;
import dev.leakcheck.model.Question;
import dev.leakcheck.model.ReportItem;
import dev.leakcheck.model.Text;
import java.util.List;
import java.util.Map;

/**
 * The report as one self-contained HTML page: the style is inline, the timeline is drawn with CSS,
 * nothing is loaded from anywhere and no script runs. It is also well-formed XML (XHTML syntax), and
 * prints on A4. The only links are the addresses the plan's own texts quote (JPCERT/CC, the police),
 * shown as they are; everything the incident says is escaped text ({@link WebAddresses}).
 */
final class HtmlReport {

    static final String STYLE = """
            :root { --ink: #1b1f24; --muted: #56606b; --line: #d5dae0; --accent: #0b4f8a; --first: #c62828;
              --warn: #a15c00; --aim: #1f6fbf; --aim-bg: #d3e5f8; --grace-bg: #fbe0b5; --due: #c62828; }
            * { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { margin: 0 auto; max-width: 1060px; padding: 28px 36px; color: var(--ink); font-size: 14px;
              line-height: 1.55; font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN",
              "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif; }
            h1 { font-size: 24px; margin: 0 0 8px; }
            h2 { font-size: 17px; color: var(--accent); border-bottom: 2px solid var(--accent); margin: 22px 0 8px;
              padding-bottom: 2px; break-after: avoid; }
            h3 { font-size: 14.5px; margin: 12px 0 6px; break-after: avoid; }
            p { margin: 4px 0; }
            code, .code { font-family: "Noto Sans Mono CJK JP", "DejaVu Sans Mono", monospace; font-size: 11px;
              color: var(--muted); }
            a { color: var(--accent); overflow-wrap: anywhere; }
            .facts { display: flex; flex-wrap: wrap; gap: 4px 8px; margin: 0; }
            .facts div { border: 1px solid var(--line); border-radius: 4px; padding: 3px 10px; }
            .facts dt { display: inline; color: var(--muted); font-size: 12px; margin-right: 6px; }
            .facts dd { display: inline; margin: 0; font-weight: 700; }
            .facts .ppc-required dd { color: var(--first); }
            .warnings { border: 2px solid var(--warn); border-radius: 4px; padding: 4px 12px; margin-top: 12px; }
            .warnings h2 { color: var(--warn); border: none; margin: 4px 0; }
            .note { color: var(--muted); font-size: 12px; }
            ol.actions { list-style: none; margin: 0; padding: 0; }
            .action { border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 4px;
              padding: 6px 12px; margin: 0 0 6px; break-inside: avoid; }
            .action.first { border-left-color: var(--first); }
            .action .title { font-weight: 700; }
            .badge { display: inline-block; font-size: 11px; line-height: 1.4; border: 1px solid; border-radius: 3px;
              padding: 0 5px; margin-left: 6px; white-space: nowrap; vertical-align: 1px; }
            .badge.provisional { color: var(--warn); border-color: var(--warn); }
            .badge.necessity { color: var(--muted); border-color: var(--muted); }
            .badge.due { color: var(--due); border-color: var(--due); font-weight: 700; }
            .badge.overdue { color: #fff; background: var(--due); border-color: var(--due); font-weight: 700; }
            .details { font-size: 12px; color: var(--muted); margin: 2px 0 0; }
            .details span + span::before { content: " ・ "; }
            ul.because { margin: 3px 0 0; padding-left: 20px; font-size: 12.5px; }
            .timeline { width: 100%; border-collapse: collapse; table-layout: fixed; }
            .timeline th, .timeline td { border-bottom: 1px solid var(--line); padding: 5px 6px; text-align: left;
              vertical-align: middle; font-size: 12.5px; }
            .timeline th { color: var(--muted); font-weight: 400; font-size: 11.5px; }
            .timeline .c-action { width: 36%; }
            .timeline .c-date { width: 11.5%; }
            .timeline .c-chart { width: 41%; }
            .timeline .date { white-space: nowrap; }
            .timeline .days { display: block; color: var(--muted); font-size: 11px; }
            .timeline td.date.due { color: var(--due); font-weight: 700; }
            .track { position: relative; height: 24px; margin: 0 14px; }
            .axis .track { height: 16px; }
            .grid { position: absolute; top: -5px; bottom: -5px; width: 0; border-left: 1px dashed #c3c9d1; }
            .bar { position: absolute; top: 8px; height: 9px; }
            .bar.aim { background: var(--aim-bg); border: 1px solid var(--aim); }
            .bar.grace { background: var(--grace-bg); border: 1px solid var(--warn); }
            .mark { position: absolute; width: 0; margin-left: -2px; }
            .mark.target { top: 4px; height: 17px; border-left: 4px solid var(--aim); }
            .mark.due { top: 1px; height: 23px; border-left: 4px solid var(--due); }
            .tick { position: absolute; top: 0; transform: translateX(-50%); font-size: 11px; color: var(--muted);
              white-space: nowrap; }
            .legend { font-size: 11.5px; color: var(--muted); margin: 6px 0 0; }
            .legend span { margin-right: 14px; white-space: nowrap; }
            .swatch { display: inline-block; width: 18px; height: 9px; vertical-align: 0; margin-right: 4px; }
            .swatch.aim { background: var(--aim-bg); border: 1px solid var(--aim); }
            .swatch.grace { background: var(--grace-bg); border: 1px solid var(--warn); }
            .swatch.due { width: 0; height: 14px; border-left: 4px solid var(--due); vertical-align: -2px; }
            table.draft { width: 100%; border-collapse: collapse; font-size: 12.5px; }
            table.draft th, table.draft td { border: 1px solid var(--line); padding: 4px 8px; text-align: left;
              vertical-align: top; }
            table.draft th { background: #eef2f6; font-weight: 700; }
            table.draft tr { break-inside: avoid; }
            table.draft .no { width: 2.5em; text-align: center; }
            table.draft .item { width: 25%; }
            table.draft .collect { width: 22%; }
            table.draft ul { margin: 0; padding-left: 16px; }
            ol.questions { margin: 4px 0; padding-left: 26px; }
            ol.questions li { margin: 2px 0; }
            footer { margin-top: 22px; border-top: 1px solid var(--line); padding-top: 6px; font-size: 11px;
              color: var(--muted); }
            @page { size: A4; margin: 12mm 12mm 14mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              a { color: inherit; text-decoration: none; }
              h2 { break-after: avoid; }
              #phases { break-before: page; }
              .timeline tr, .action, ol.questions li { break-inside: avoid; }
              .tick { font-size: 9px; }
            }
            """;

    private final ReportContent content;
    private final StringBuilder html = new StringBuilder();

    private HtmlReport(ReportContent content) {
        this.content = content;
    }

    static String write(ReportContent content) {
        return new HtmlReport(content).page();
    }

    private String page() {
        String lang = content.language() == Language.EN ? "en" : "ja";
        line("<!DOCTYPE html>");
        line("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + lang + "\">");
        line("<head>");
        line("<meta charset=\"utf-8\"/>");
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
        line("<title>" + esc(in(Words.TITLE) + " — " + content.plan().incidentId()) + "</title>");
        line("<style>");
        html.append(STYLE);
        line("</style>");
        line("</head>");
        line("<body>");
        header();
        line("<main>");
        now();
        timeline();
        byPhase();
        ppc();
        questions();
        line("</main>");
        line("<footer><p>" + esc(in(Words.FOOTER)) + "</p></footer>");
        line("</body>");
        line("</html>");
        return html.toString();
    }

    private void header() {
        PpcReport ppc = content.plan().ppcReport();
        line("<header>");
        line("<h1>" + esc(in(Words.TITLE)) + "</h1>");
        line("<dl class=\"facts\">");
        fact("", Words.INCIDENT, content.plan().incidentId());
        fact("", Words.TYPE, content.typeLabel());
        fact("", Words.AWARE, content.plan().awareDate().map(Object::toString).orElse(in(Words.AWARE_UNKNOWN)));
        fact(ppc.required() ? "ppc-required" : "", Words.PPC, in(Words.ppcDecision(ppc)));
        String others = content.otherReportsLine();
        if (!others.isEmpty()) {
            fact("ppc-required", Words.OTHER_REPORTS, others);
        }
        line("</dl>");
        if (!content.plan().warnings().isEmpty()) {
            line("<section class=\"warnings\">");
            line("<h2>" + esc(in(Words.WARNINGS)) + "</h2>");
            line("<ul>");
            for (Text warning : content.plan().warnings()) {
                line("<li>" + text(warning) + "</li>");
            }
            line("</ul>");
            line("</section>");
        }
        line("</header>");
    }

    private void fact(String cssClass, Text name, String value) {
        line("<div" + (cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"") + "><dt>" + esc(in(name)) + "</dt><dd>"
                + esc(value) + "</dd></div>");
    }

    private void now() {
        line("<section id=\"now\">");
        line("<h2>" + esc(in(Words.NOW)) + "</h2>");
        List<PlannedAction> first = content.first();
        if (first.isEmpty()) {
            line("<p>" + esc(in(Words.NOW_NONE)) + "</p>");
        } else {
            actions(first, true);
        }
        line("</section>");
    }

    private void timeline() {
        line("<section id=\"deadlines\">");
        line("<h2>" + esc(in(Words.DEADLINES)) + "</h2>");
        Timeline timeline = content.timeline();
        if (timeline.isEmpty()) {
            line("<p>" + esc(in(Words.DEADLINES_NONE)) + "</p>");
            line("</section>");
            return;
        }
        line("<table class=\"timeline\">");
        line("<thead>");
        line("<tr class=\"axis\"><th class=\"c-action\">" + esc(in(Words.ACTION)) + "</th><th class=\"c-date\">"
                + esc(in(Words.TARGET)) + "</th><th class=\"c-date\">" + esc(in(Words.DUE))
                + "</th><th class=\"c-chart\"><div class=\"track\">");
        for (long day : timeline.ticks()) {
            line("<span class=\"tick\" style=\"left: " + timeline.at(day) + "\">" + shortDate(timeline, day) + "</span>");
        }
        line("</div></th></tr>");
        line("</thead>");
        line("<tbody>");
        for (Timeline.Row row : timeline.rows()) {
            PlannedAction action = row.action();
            Deadline d = row.deadline();
            StringBuilder title = new StringBuilder(esc(in(action.title())));
            if (action.provisional()) {
                title.append(badge("provisional", Words.PROVISIONAL));
            }
            action.recipient().ifPresent(r -> title.append("<span class=\"days\">").append(esc(in(Words.RECIPIENT)))
                    .append(": ").append(esc(in(r))).append("</span>"));
            line("<tr>");
            line("<td>" + title + "</td>");
            line("<td class=\"date\">" + d.target() + "<span class=\"days\">" + esc(in(Words.offset(row.targetDay())))
                    + "</span></td>");
            line("<td class=\"date due\">" + DeadlineText.due(d) + (d.overdue() ? badge("overdue", DeadlineText.OVERDUE) : "")
                    + "<span class=\"days\">" + esc(in(Words.offset(row.dueDay()))) + "</span></td>");
            line("<td><div class=\"track\">");
            for (long day : timeline.ticks()) {
                line("<span class=\"grid\" style=\"left: " + timeline.at(day) + "\"></span>");
            }
            if (row.targetDay() > 0) {
                line("<span class=\"bar aim\" style=\"left: 0.00%; width: " + timeline.width(0, row.targetDay())
                        + "\"></span>");
            }
            if (row.dueDay() > row.targetDay()) {
                line("<span class=\"bar grace\" style=\"left: " + timeline.at(row.targetDay()) + "; width: "
                        + timeline.width(row.targetDay(), row.dueDay()) + "\"></span>");
                line("<span class=\"mark target\" style=\"left: " + timeline.at(row.targetDay()) + "\"></span>");
            }
            line("<span class=\"mark due\" style=\"left: " + timeline.at(row.dueDay()) + "\"></span>");
            line("</div></td>");
            line("</tr>");
        }
        line("</tbody>");
        line("</table>");
        line("<p class=\"legend\"><span><span class=\"swatch aim\"></span>" + esc(in(Words.AIM_SPAN))
                + "</span><span><span class=\"swatch grace\"></span>" + esc(in(Words.GRACE_SPAN))
                + "</span><span><span class=\"swatch due\"></span>" + esc(in(Words.DUE_MARK)) + "</span><span>"
                + esc(in(Words.AWARE)) + ": " + timeline.start() + "</span><span>" + esc(in(Words.NOT_TO_SCALE))
                + "</span></p>");
        line("</section>");
    }

    private static String shortDate(Timeline timeline, long day) {
        java.time.LocalDate date = timeline.date(day);
        return date.getMonthValue() + "/" + date.getDayOfMonth();
    }

    private void byPhase() {
        line("<section id=\"phases\">");
        line("<h2>" + esc(in(Words.BY_PHASE)) + "</h2>");
        line("<p class=\"note\">" + esc(in(Words.PROVISIONAL_NOTE)) + "</p>");
        for (Map.Entry<Phase, List<PlannedAction>> phase : content.later().entrySet()) {
            line("<h3>" + esc(in(Words.phase(phase.getKey()))) + "</h3>");
            actions(phase.getValue(), false);
        }
        line("</section>");
    }

    private void actions(List<PlannedAction> actions, boolean first) {
        line("<ol class=\"actions\">");
        for (PlannedAction action : actions) {
            line("<li class=\"action" + (first ? " first" : "") + "\" id=\"" + action.code() + "\">");
            StringBuilder head = new StringBuilder("<div><span class=\"title\">" + esc(in(action.title())) + "</span>");
            head.append(badge("necessity", Words.necessity(action.necessity())));
            if (action.provisional()) {
                head.append(badge("provisional", Words.PROVISIONAL));
            }
            action.deadline().ifPresent(d -> head.append("<span class=\"badge due\">").append(esc(in(Words.DUE)))
                    .append(" ").append(DeadlineText.due(d)).append("</span>")
                    .append(d.overdue() ? badge("overdue", DeadlineText.OVERDUE) : ""));
            line(head.append("</div>").toString());
            StringBuilder details = new StringBuilder("<p class=\"details\">");
            action.recipient().ifPresent(r -> details.append("<span>").append(esc(in(Words.RECIPIENT))).append(": ")
                    .append(esc(in(r))).append("</span>"));
            action.deadline().filter(d -> !d.target().equals(d.due())).ifPresent(d -> details.append("<span>")
                    .append(esc(in(Words.TARGET))).append(" ").append(d.target()).append(" / ")
                    .append(esc(in(Words.DUE))).append(" ").append(DeadlineText.due(d)).append("</span>"));
            details.append("<span>").append(esc(in(Words.SOURCE))).append(": ").append(text(action.source()))
                    .append("</span>");
            details.append("<span class=\"code\">").append(action.code()).append("</span>");
            line(details.append("</p>").toString());
            if (!action.because().isEmpty()) {
                line("<ul class=\"because\" title=\"" + esc(in(Words.BECAUSE)) + "\">");
                for (Text reason : action.because()) {
                    line("<li>" + text(reason) + "</li>");
                }
                line("</ul>");
            }
            action.deadline().ifPresent(d -> line("<p class=\"details\">" + esc(in(Words.BASIS)) + ": "
                    + text(d.basis()) + "</p>"));
            line("</li>");
        }
        line("</ol>");
    }

    private void ppc() {
        PpcReport report = content.plan().ppcReport();
        line("<section id=\"ppc\">");
        line("<h2>" + esc(in(Words.PPC_SECTION)) + "</h2>");
        line("<p><strong>" + esc(in(Words.PPC)) + ": " + esc(in(Words.ppcDecision(report))) + "</strong></p>");
        if (!report.triggers().isEmpty()) {
            line("<h3>" + esc(in(Words.TRIGGERS)) + "</h3>");
            line("<ul>");
            for (PpcTrigger trigger : report.triggers()) {
                line("<li>" + esc(content.label(trigger)) + "</li>");
            }
            line("</ul>");
        }
        if (!report.possibleTriggers().isEmpty()) {
            line("<h3>" + esc(in(Words.POSSIBLE_TRIGGERS)) + "</h3>");
            line("<ul>");
            for (PpcTrigger trigger : report.possibleTriggers()) {
                line("<li>" + esc(content.label(trigger)) + "</li>");
            }
            line("</ul>");
        }
        if (!report.exemptions().isEmpty()) {
            line("<h3>" + esc(in(Words.EXEMPTIONS)) + "</h3>");
            line("<ul>");
            for (PpcExemption exemption : report.exemptions()) {
                line("<li>" + esc(content.label(exemption)) + "</li>");
            }
            line("</ul>");
        }
        if (!report.because().isEmpty()) {
            line("<h3>" + esc(in(Words.BECAUSE)) + "</h3>");
            line("<ul class=\"because\">");
            for (Text reason : report.because()) {
                line("<li>" + text(reason) + "</li>");
            }
            line("</ul>");
        }
        if (!report.draft().isEmpty()) {
            line("<h3>" + esc(in(Words.DRAFT)) + "</h3>");
            line("<table class=\"draft\">");
            line("<thead><tr><th class=\"no\">#</th><th class=\"item\">" + esc(in(Words.DRAFT_ITEM)) + "</th><th>"
                    + esc(in(Words.DRAFT_CONTENT)) + "</th><th class=\"collect\">" + esc(in(Words.DRAFT_TO_COLLECT))
                    + "</th></tr></thead>");
            line("<tbody>");
            for (ReportItem item : report.draft()) {
                line("<tr>");
                line("<td class=\"no\">" + item.number() + "</td>");
                line("<td>" + esc(in(item.title())) + "</td>");
                // What the incident says (its free text among it): escaped, never a link.
                String known = esc(item.content().map(this::in)
                        .orElse(in(item.toCollect().isEmpty() ? Words.DRAFT_BY_HAND : Words.DRAFT_EMPTY)));
                line("<td>" + known + "</td>");
                line("<td>" + toCollect(item.toCollect()) + "</td>");
                line("</tr>");
            }
            line("</tbody>");
            line("</table>");
        }
        line("</section>");
    }

    private String toCollect(List<String> fields) {
        if (fields.isEmpty()) {
            return "";
        }
        StringBuilder list = new StringBuilder("<ul>");
        for (String field : fields) {
            String name = content.fieldName(field);
            list.append("<li>").append(name.isEmpty() ? "" : esc(name) + " ").append("<code>").append(esc(field))
                    .append("</code></li>");
        }
        return list.append("</ul>").toString();
    }

    private void questions() {
        line("<section id=\"questions\">");
        line("<h2>" + esc(in(Words.QUESTIONS)) + "</h2>");
        List<Question> questions = content.plan().questions();
        if (questions.isEmpty()) {
            line("<p>" + esc(in(Words.QUESTIONS_NONE)) + "</p>");
        } else {
            line("<p class=\"note\">" + esc(in(Words.QUESTIONS_LEAD)) + "</p>");
            line("<ol class=\"questions\">");
            for (Question question : questions) {
                line("<li>" + text(question.text()) + " <code>" + esc(question.field()) + "</code></li>");
            }
            line("</ol>");
        }
        line("</section>");
    }

    private static String badge(String kind, Text text, Language language) {
        return "<span class=\"badge " + kind + "\">" + esc(text.in(language)) + "</span>";
    }

    private String badge(String kind, Text text) {
        return badge(kind, text, content.language());
    }

    private String in(Text text) {
        return content.in(text);
    }

    /**
     * A text of the plan's own (a reason, a source, a question), escaped, with the web addresses it
     * quotes made links. Never for what the incident says: that is {@link #esc}, and never a link.
     */
    private String text(Text text) {
        StringBuilder out = new StringBuilder();
        for (WebAddresses.Piece piece : WebAddresses.split(in(text))) {
            String escaped = esc(piece.text());
            out.append(piece.address() ? "<a href=\"" + escaped + "\">" + escaped + "</a>" : escaped);
        }
        return out.toString();
    }

    /** Any text as HTML text or an attribute value: {@code & < > " '} as references, only printable characters. */
    static String esc(String text) {
        String printable = PrintableText.of(text);
        StringBuilder out = new StringBuilder(printable.length() + 16);
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            String reference = reference(c);
            if (reference != null) {
                out.append(reference);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The character reference that stands for {@code c} in HTML: for {@code & < > " '}; else null. */
    static String reference(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }

    private void line(String text) {
        html.append(text).append('\n');
    }
}
