package dev.leakcheck.cli.report;

import static dev.leakcheck.rules.EditedWorkbooks.columnHeaded;
import static dev.leakcheck.rules.EditedWorkbooks.rowWith;
import static dev.leakcheck.rules.EditedWorkbooks.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Attack;
import dev.leakcheck.model.Discovery;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.InformationAsset;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Loss;
import dev.leakcheck.model.Plan;
import dev.leakcheck.rules.EditedWorkbooks;
import dev.leakcheck.rules.LeakcheckEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.w3c.dom.Document;

/**
 * Hostile text in every free-text field of an incident (its id, the reporter's contact, the assets'
 * descriptions, the loss's serial number, description, container and circumstances, the attacked
 * devices) comes out of both reports as the text it is: no HTML, no link but the plan's own addresses,
 * no extra table column, and the text itself there to read. The rules are the bundled ones with one
 * edit: the PPC draft's last item quotes every free-text field, so that each reaches the report.
 * jqwik's default number of tries: 100 in every build (src/test/resources/junit-platform.properties),
 * 1,000 with {@code -Pstress}.
 */
@Label("報告書は事案の文字列をすべてそのまま文字として示す")
class ReportEscapingProperties {

    /** Pieces of markup of every kind the two formats know, and of what renderers add to them. */
    private static final List<String> MARKUP = List.of("<script>alert(1)</script>", "https://evil.example/<script>x",
            "https://evil.example/x|col|col", "| a | b |", "[x](https://evil.example)", "![i](https://evil.example/i.png)",
            "<https://evil.example>", "www.evil.example", "evil@example.com", "mailto:evil@example.com",
            "javascript:alert(1)", "*em* _em_ **strong** ~~del~~", "`code`", "```", "~~~", "\n# heading", "\n- item",
            "\n1. item", "\n> quote", "\n---\n", "\n===", "    indented", "&amp; &lt; &#x3C;script&#x3E; &#0;", "\\",
            "\\|", "\\\n", "<!-- c -->", "<?php ?>", "<![CDATA[x]]>", "<a href=\"https://evil.example\">x</a>",
            "<img src=x onerror=alert(1)>", "\"'", "\r\n", "\r", "\t", "\u2028", "\u2029", "\u0000\u0001\u001b[31m",
            "\u0085\u009f", "\ud800", "\udfff", "\uffff\ufffe\ufdd0", "＜script＞", "😀", "{{x}} ${x} %s", "[^1]", "[x]: /u",
            "<br>", "<div>", " ", "  \n");
    private static final String NASTY = "<>&\"'`*_~[]()!|#\\-+=.:/@ \n\r\t\u0000あ";

    private static Path rules;
    private static LeakcheckEngine engine;

    @BeforeContainer
    static void engineQuotingEveryFreeText() throws IOException {
        rules = Files.createTempDirectory("leakcheck-report-escaping-");
        EditedWorkbooks.edit(rules, "catalogue.xlsx", "報告事項", sheet -> set(rowWith(sheet, "その他参考となる事項"),
                columnHeaded(sheet, "下書きに使う項目"), "discovery.reporterContact, lost.serialNumber, lost.description,"
                        + " lost.container, attack.devices"));
        engine = LeakcheckEngine.fromDirectory(rules);
    }

    @AfterContainer
    static void removeRules() throws IOException {
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(MARKUP),
                Arbitraries.strings().withChars(NASTY).ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(6));
        return piece.list().ofMinSize(1).ofMaxSize(4).map(pieces -> String.join("", pieces))
                .filter(text -> !text.isBlank());
    }

    @Property
    void every_free_text_is_shown_as_text(@ForAll("hostile") String text, @ForAll boolean lost) {
        check(incident(text, lost), text);
    }

    @Example
    void the_reproductions_of_the_issue_are_shown_as_text() {
        for (String text : List.of("https://evil.example/<script>alert(1)</script>", "https://evil.example/x|col|col",
                "連絡先 https://evil.example/phish")) {
            check(incident(text, true), text);
            check(incident(text, false), text);
        }
    }

    private static Incident incident(String text, boolean lost) {
        Incident.Builder incident = Incident.builder("ID " + text,
                        lost ? IncidentType.LOST_OR_STOLEN : IncidentType.EXTERNAL_ATTACK)
                .discovery(Discovery.builder().reporterContact(text).build())
                .asset(InformationAsset.builder().description(text).build());
        if (lost) {
            incident.lost(Loss.builder().serialNumber(text).description(text).container(text).circumstances(text).build());
        } else {
            incident.attack(new Attack(Optional.of(List.of(text, text)), Optional.empty(),
                    Answer.UNKNOWN));
        }
        return incident.build();
    }

    private static void check(Incident incident, String text) {
        Plan plan = engine.plan(incident);
        for (Language language : Language.values()) {
            String md = PlanReport.write(plan, PlanReport.Format.MD, language);
            MarkdownChecks.assertSafe(md, HtmlChecks.quotedBy(plan));
            assertThat(MarkdownChecks.textOf(MarkdownChecks.parse(md))).as(md)
                    .contains(oneLine(PrintableText.of(text)).strip());

            String html = PlanReport.write(plan, PlanReport.Format.HTML, language);
            HtmlChecks.parseStrictHtml5(html);
            HtmlChecks.assertSelfContained(html, HtmlChecks.quotedBy(plan));
            Document page = HtmlChecks.parseXml(html);
            assertThat(page.getDocumentElement().getTextContent()).contains(PrintableText.of(text));
        }
    }

    /** As Markdown shows a text on one line: line breaks and tabs are spaces. */
    private static String oneLine(String text) {
        return text.replaceAll("[\n\t\u2028\u2029]", " ");
    }
}
