package dev.leakcheck.rules;

import dev.leakcheck.rules.internal.workbook.Catalogue;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Phase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/action-catalogue.md} against the bundled {@code catalogue.xlsx}: the same codes, each
 * under the heading of its phase with its Japanese and English titles. The page's section of
 * reserved and planned codes lists codes the catalogue does not have yet; a code that lands in the
 * catalogue must move from there to the list.
 */
@DisplayName("docs/action-catalogue.md とカタログが一致する / the catalogue page matches the catalogue")
class ActionCatalogueDocTest {

    static final String PAGE = "docs/action-catalogue.md";
    /** The heading of the section of codes the plans can contain. */
    static final String CODES = "## コード一覧 / Codes";
    /** The heading of the section of codes reserved for later versions. */
    static final String RESERVED = "## 予約済み・計画中のコード / Reserved and planned codes";

    private static final Pattern PHASE_HEADING = Pattern.compile("^### ([A-Z]+) — ");
    private static final Pattern CODE_ROW = Pattern.compile("^\\| `([A-Z][A-Z0-9_]*)` \\|(.*)\\|\\s*$");

    /** One row of the page's tables; {@code line} is its line number in the page. */
    record Row(String code, Phase phase, List<String> cells, int line) {
    }

    /** The lines of one section; {@code first} is the line number of its heading. */
    record Section(int first, List<String> lines) {
    }

    @Test
    void the_page_lists_exactly_the_codes_of_the_catalogue_with_their_phases_and_titles() {
        Catalogue catalogue = Catalogue.read(RuleSources.bundled().file(Catalogue.FILE));
        Map<String, Row> listed = rows(section(CODES));

        SoftAssertions softly = new SoftAssertions();
        Set<String> missing = new LinkedHashSet<>(catalogue.actionCodes());
        missing.removeAll(listed.keySet());
        Set<String> unknown = new LinkedHashSet<>(listed.keySet());
        unknown.removeAll(catalogue.actionCodes());
        softly.assertThat(missing).as("codes of catalogue.xlsx missing from %s (add a row under their phase)", PAGE)
                .isEmpty();
        softly.assertThat(unknown).as("codes in %s that catalogue.xlsx does not have (remove them, or move them"
                + " to the reserved section)", PAGE).isEmpty();
        for (Row row : listed.values()) {
            catalogue.action(row.code()).ifPresent(entry -> {
                softly.assertThat(row.phase()).as("%s line %d: the phase of %s", PAGE, row.line(), row.code())
                        .isEqualTo(entry.phase());
                softly.assertThat(row.cells().get(0)).as("%s line %d: the Japanese title of %s", PAGE, row.line(),
                        row.code()).isEqualTo(entry.title().ja());
                softly.assertThat(row.cells().get(1)).as("%s line %d: the English title of %s", PAGE, row.line(),
                        row.code()).isEqualTo(entry.title().en());
            });
        }
        softly.assertAll();
    }

    @Test
    void the_reserved_codes_are_not_in_the_catalogue_nor_in_the_list() {
        Catalogue catalogue = Catalogue.read(RuleSources.bundled().file(Catalogue.FILE));
        Map<String, Row> reserved = reservedRows();
        // Every code of the contract's second version is in the catalogue now: the section may be empty.
        assertThat(reserved.keySet()).as("reserved codes of %s that catalogue.xlsx now has: move them to %s", PAGE,
                CODES).doesNotContainAnyElementsOf(catalogue.actionCodes());
        assertThat(reserved.keySet()).as("codes of %s both listed and reserved", PAGE)
                .doesNotContainAnyElementsOf(rows(section(CODES)).keySet());
    }

    @Test
    void every_phase_has_its_heading_in_plan_order() {
        List<String> headings = new ArrayList<>();
        for (String line : section(CODES).lines()) {
            Matcher heading = PHASE_HEADING.matcher(line);
            if (heading.find()) {
                headings.add(heading.group(1));
            }
        }
        assertThat(headings).as("the phase headings of %s", PAGE)
                .containsExactly(Arrays.stream(Phase.values()).map(Enum::name).toArray(String[]::new));
    }

    /** The rows of the reserved section; its phase is the second cell of each row. */
    private static Map<String, Row> reservedRows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        Section section = section(RESERVED);
        for (int i = 0; i < section.lines().size(); i++) {
            Matcher row = CODE_ROW.matcher(section.lines().get(i));
            if (row.matches()) {
                List<String> cells = cells(row.group(2));
                Phase phase = Phase.valueOf(cells.get(0).replace("`", ""));
                rows.put(row.group(1), new Row(row.group(1), phase, cells, section.first() + i));
            }
        }
        return rows;
    }

    /** The code rows of a section, each with the phase of the heading above it. */
    private static Map<String, Row> rows(Section section) {
        Map<String, Row> rows = new LinkedHashMap<>();
        Phase phase = null;
        for (int i = 0; i < section.lines().size(); i++) {
            String line = section.lines().get(i);
            Matcher heading = PHASE_HEADING.matcher(line);
            if (heading.find()) {
                phase = Phase.valueOf(heading.group(1));
            }
            Matcher row = CODE_ROW.matcher(line);
            if (row.matches()) {
                assertThat(phase).as("%s: %s comes before any phase heading", PAGE, row.group(1)).isNotNull();
                Row previous = rows.put(row.group(1), new Row(row.group(1), phase, cells(row.group(2)),
                        section.first() + i));
                assertThat(previous).as("%s lists %s twice", PAGE, row.group(1)).isNull();
            }
        }
        return rows;
    }

    private static List<String> cells(String rest) {
        List<String> cells = new ArrayList<>();
        for (String cell : rest.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** The lines from a level-2 heading to the next one. */
    private static Section section(String heading) {
        List<String> lines = page();
        int start = lines.indexOf(heading);
        assertThat(start).as("%s has the heading '%s'", PAGE, heading).isNotNegative();
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        return new Section(start + 1, lines.subList(start, end));
    }

    private static List<String> page() {
        Path page = root().resolve(PAGE);
        try {
            return Files.readAllLines(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page, e);
        }
    }

    /** The repository: the directory above this module (Maven runs the tests in the module's directory). */
    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(PAGE))) {
                return dir;
            }
        }
        throw new IllegalStateException(PAGE + " not found in " + Path.of("").toAbsolutePath() + " or above it");
    }
}
