package dev.leakcheck.cli.report;

import dev.leakcheck.rules.Labels;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Plan;
import java.util.Locale;

/**
 * The plan as a printable report for the person handling the incident. Its first page holds what to
 * do now and the deadlines on a timeline; printed, the rest starts on a new page: every other action by
 * phase with its reasons and source, the decision on the report to the PPC with its draft, and the
 * questions still open. A whole plan is several A4 pages; it is not called a one-page report.
 *
 * <p>The page depends on the plan alone (and the catalogue's labels): no clock, no machine name, so
 * the same plan always gives the same bytes.
 */
public final class PlanReport {

    /** The formats of the report. */
    public enum Format {
        /** A self-contained HTML page (inline style, no script, nothing loaded), printable on A4. */
        HTML,
        /** Markdown with GitHub tables. */
        MD;

        /** {@code html} or {@code md} (any case). */
        public static Format parse(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "html", "htm" -> HTML;
                case "md", "markdown" -> MD;
                default -> throw new IllegalArgumentException("format: '" + name + "' is not one of html, md");
            };
        }
    }

    private PlanReport() {
    }

    /** The report in the format and language, with the labels of the bundled catalogue. */
    public static String write(Plan plan, Format format, Language language) {
        return write(plan, format, language, Labels.bundled());
    }

    public static String write(Plan plan, Format format, Language language, Labels labels) {
        ReportContent content = new ReportContent(plan, language, labels);
        return switch (format) {
            case HTML -> HtmlReport.write(content);
            case MD -> MarkdownReport.write(content);
        };
    }
}
