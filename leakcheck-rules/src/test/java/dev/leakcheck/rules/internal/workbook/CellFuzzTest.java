package dev.leakcheck.rules.internal.workbook;

import dev.leakcheck.rules.EditedWorkbooks;
import dev.leakcheck.rules.LeakcheckEngine;
import dev.leakcheck.rules.RulesDefinitionException;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import dev.leakcheck.rules.internal.workbook.DecisionTable;
import dev.leakcheck.rules.internal.workbook.TableChecks;
import static dev.leakcheck.rules.EditedWorkbooks.columnHeaded;
import static dev.leakcheck.rules.EditedWorkbooks.rowWith;
import static dev.leakcheck.rules.Incidents.harmlessAsset;
import static dev.leakcheck.rules.Incidents.misdeliveryOf;
import static dev.leakcheck.rules.Incidents.persons;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.PersonalData;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random strings — quotes at the start, middle and end, backslashes, {@code $}, comment marks,
 * unicode escapes, newlines, tabs, full-width characters, emoji, long texts — written into every
 * kind of data cell of the workbooks: the texts of the decision tables and of the catalogue, the
 * condition, code and day-count cells. Each must come back exactly in the plan, or be refused with a
 * problem naming its cell; no cell ever runs as code (a marker file would appear) and nothing fails
 * without a cell.
 *
 * <p>{@value #TRIES_PROPERTY} strings in the build (default 120: three batches of text cells, three
 * of condition and code cells); {@code -Pstress} runs 100,000, as does
 * {@code mvn -pl leakcheck-rules -am verify -Dtest=CellFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dleakcheck.cellFuzz.tries=100000} (docs/PERFORMANCE.md). {@code -Dleakcheck.cellFuzz.seed=N} repeats a run;
 * with {@code -Dleakcheck.cellFuzz.batch=B} too, only its batch B is written and built (the batches before it are drawn
 * from the seed, not built), which a failure's message gives.
 */
@DisplayName("ブックのセルに何を書いても、そのまま載るか、セルを示して拒否される")
class CellFuzzTest {

    static final String TRIES_PROPERTY = "leakcheck.cellFuzz.tries";
    private static final int PER_BATCH = 20;
    private static final Pattern PROBLEM_CELL = Pattern.compile("^([a-z-]+(?:\\.drl)?\\.xlsx) ＞ ([^＞]+) ＞ ([A-Z]+[0-9]+): .+");

    private static final Incident MISSENT = misdeliveryOf(harmlessAsset().build());
    private static final Incident SENSITIVE = misdeliveryOf(harmlessAsset()
            .personal(PersonalData.builder().included(Answer.YES).persons(10).sensitive(Answer.YES).build()).build());
    private static final Incident REPORTABLE = misdeliveryOf(harmlessAsset().personal(persons(1200)).build());

    @TempDir
    Path scratch;

    /** A text cell whose text a plan shows, and how to find it there. */
    record TextCell(String file, String sheet, String rowText, String header, Function<LeakcheckEngine, List<String>> shown) {
    }

    private static List<String> texts(List<Text> texts, boolean english) {
        return texts.stream().map(t -> english ? t.en() : t.ja()).toList();
    }

    private static final List<TextCell> TEXT_CELLS = List.of(
            new TextCell("checklist-missent.drl.xlsx", null, "ASSESS_SEVERITY", "補足（日本語）",
                    e -> texts(e.plan(MISSENT).action("ASSESS_SEVERITY").orElseThrow().because(), false)),
            new TextCell("checklist-missent.drl.xlsx", null, "ASSESS_SEVERITY", "補足（英語）",
                    e -> texts(e.plan(MISSENT).action("ASSESS_SEVERITY").orElseThrow().because(), true)),
            new TextCell("checklist-missent.drl.xlsx", null, "REQUEST_RECIPIENT_DELETION", "出典（日本語）",
                    e -> List.of(e.plan(MISSENT).action("REQUEST_RECIPIENT_DELETION").orElseThrow().source().ja())),
            new TextCell("checklist-missent.drl.xlsx", null, "REQUEST_RECIPIENT_DELETION", "出典（英語）",
                    e -> List.of(e.plan(MISSENT).action("REQUEST_RECIPIENT_DELETION").orElseThrow().source().en())),
            new TextCell("ppc-duty.drl.xlsx", null, "SENSITIVE_DATA", "根拠（日本語）",
                    e -> texts(e.plan(SENSITIVE).ppcReport().because(), false)),
            new TextCell("ppc-duty.drl.xlsx", null, "SENSITIVE_DATA", "根拠（英語）",
                    e -> texts(e.plan(SENSITIVE).ppcReport().because(), true)),
            new TextCell("deadlines.drl.xlsx", null, "PPC_PRELIMINARY_REPORT", "根拠（日本語）",
                    e -> List.of(e.plan(REPORTABLE).action("PPC_PRELIMINARY_REPORT").orElseThrow().deadline().orElseThrow().basis().ja())),
            new TextCell("deadlines.drl.xlsx", null, "PPC_PRELIMINARY_REPORT", "根拠（英語）",
                    e -> List.of(e.plan(REPORTABLE).action("PPC_PRELIMINARY_REPORT").orElseThrow().deadline().orElseThrow().basis().en())),
            new TextCell("catalogue.xlsx", "アクション一覧", "ASSESS_SEVERITY", "見出し（日本語）",
                    e -> List.of(e.plan(MISSENT).action("ASSESS_SEVERITY").orElseThrow().title().ja())),
            new TextCell("catalogue.xlsx", "アクション一覧", "ASSESS_SEVERITY", "見出し（英語）",
                    e -> List.of(e.plan(MISSENT).action("ASSESS_SEVERITY").orElseThrow().title().en())));

    private static final String[] PIECES = {"\"", "\\", "\\\"", "$", "$param", "//", "/*", "*/", "\n", "\t", "\r\n", "'",
        "\\u0022", "\\u000a", "); System.exit(7); //", "eval(true)", "${x}", "<script>", "|", "`", "、", "，", "{", "}",
        "ＡＢＣ", "１２３", "　", "😀", "至急", "EMAIL", "はい", "いいえ", "30", ",", " ", "RuleTable", "Functions", "\u0001",
        "function boolean f(){return true;}", "end", "rule \"x\" when then end", "new java.io.File(\"MARKER\").createNewFile();"};

    /** A random string of pieces and random characters, sometimes long. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(4)) {
                case 0, 1 -> text.append(PIECES[random.nextInt(PIECES.length)]);
                case 2 -> text.appendCodePoint(random.nextBoolean() ? 0x20 + random.nextInt(0x5F) : 0x3040 + random.nextInt(0x100));
                default -> text.append(Integer.toString(random.nextInt(1000)));
            }
        }
        if (random.nextInt(50) == 0) {
            text.append("あ".repeat(1_990 + random.nextInt(20)));
        }
        if (random.nextInt(200) == 0) {
            text.append("x".repeat(DecisionTable.MAX_CELL_CHARS));
        }
        return text.toString();
    }

    @Test
    @DisplayName("文字のセル・条件のセル・コードのセル・日数のセルへの乱数の文字列")
    void random_strings_in_every_kind_of_cell() throws IOException {
        int tries = Integer.getInteger(TRIES_PROPERTY, 120);
        long seed = Long.getLong("leakcheck.cellFuzz.seed", System.nanoTime());
        // One batch of a run again: the batches before it are drawn from the seed (cheap) but not written or built.
        int only = Integer.getInteger("leakcheck.cellFuzz.batch", -1);
        Random random = new Random(seed);
        Path marker = Path.of("MARKER").toAbsolutePath();
        Files.deleteIfExists(marker);
        for (int done = 0, batch = 0; done < tries && (only < 0 || batch <= only); batch++) {
            int size = Math.min(PER_BATCH, tries - done);
            String context = "seed " + seed + ", batch " + batch + " (again: -Dleakcheck.cellFuzz.seed=" + seed
                    + " -Dleakcheck.cellFuzz.batch=" + batch + ")";
            boolean checked = only < 0 || batch == only;
            // Each batch counts the cells it wrote: a batch may pick a cell twice, the last string wins.
            Consumer<Path> check;
            if (batch % 2 == 0) {
                Map<TextCell, String> written = drawTexts(random, size);
                done += written.size();
                check = rules -> textBatch(rules, written, context);
            } else {
                Map<String, List<CodeEdit>> written = drawCodes(random, size);
                done += written.values().stream().mapToInt(List::size).sum();
                check = rules -> codeBatch(rules, written, context);
            }
            if (checked) {
                Path rules = Files.createDirectories(scratch.resolve("batch-" + batch));
                check.accept(rules);
                deleteTree(rules);
            }
            assertThat(marker).as(context).doesNotExist();
        }
    }

    /** A batch's random texts, by text cell. */
    private static Map<TextCell, String> drawTexts(Random random, int size) {
        Map<TextCell, String> written = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            written.put(TEXT_CELLS.get(random.nextInt(TEXT_CELLS.size())), randomText(random));
        }
        return written;
    }

    /** Random texts into text cells: each comes back as written (less surrounding white space), or is refused at its cell. */
    private void textBatch(Path rules, Map<TextCell, String> written, String context) {
        Map<String, List<Map.Entry<TextCell, String>>> byFile = new HashMap<>();
        written.entrySet().forEach(e -> byFile.computeIfAbsent(e.getKey().file(), f -> new ArrayList<>()).add(e));
        Map<String, String> cellOf = new HashMap<>();
        byFile.forEach((file, edits) -> editFile(rules, file, workbook -> {
            for (Map.Entry<TextCell, String> edit : edits) {
                Sheet sheet = edit.getKey().sheet() == null ? workbook.getSheetAt(0) : workbook.getSheet(edit.getKey().sheet());
                Row row = rowWith(sheet, edit.getKey().rowText());
                int column = columnHeaded(sheet, edit.getKey().header());
                EditedWorkbooks.set(row, column, edit.getValue());
                cellOf.put(file + " ＞ " + sheet.getSheetName() + " ＞ " + new CellReference(row.getRowNum(), column).formatAsString(false),
                        edit.getValue());
            }
        }));
        // What the file holds: POI stores what XML cannot hold (control characters) its own way.
        Map<TextCell, String> stored = new LinkedHashMap<>();
        written.forEach((cell, text) -> stored.put(cell, storedText(rules, cell)));
        LeakcheckEngine engine;
        try {
            engine = LeakcheckEngine.fromDirectory(rules);
        } catch (RulesDefinitionException e) {
            assertRefusedAt(e.problems(), cellOf.keySet(), context);
            assertThat(cellOf.values()).as(context).anySatisfy(text -> assertThat(refusable(text)).isTrue());
            return;
        }
        stored.forEach((cell, text) -> {
            List<String> shown = cell.shown().apply(engine);
            String as = context + ", " + cell.file() + " " + cell.header() + ": " + text;
            if (text.strip().isEmpty()) {
                // Only spaces: an empty cell. The text of the other language is shown in its place, or nothing
                // where both are empty (a note): never an empty line. A source empty in both is refused.
                assertThat(shown).as(as).noneMatch(String::isBlank);
            } else {
                assertThat(shown).as(as).anySatisfy(line -> assertThat(line).contains(text.strip()));
            }
        });
    }

    private static String storedText(Path rules, TextCell cell) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(rules.resolve(cell.file()))))) {
            Sheet sheet = cell.sheet() == null ? workbook.getSheetAt(0) : workbook.getSheet(cell.sheet());
            Row row = rowWith(sheet, cell.rowText());
            return new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT)
                    .formatCellValue(row.getCell(columnHeaded(sheet, cell.header())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Texts a table refuses in a text cell: control characters, or more than the limit. */
    private static boolean refusable(String text) {
        return text.strip().isEmpty() || text.length() > DecisionTable.MAX_CELL_CHARS || text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    }

    /** A random string written into a condition, code or day-count cell of a decision table, named as problems name it. */
    record CodeEdit(int row, int column, String where, String text) {
    }

    private static final List<String> CODE_FILES = List.of("checklist-missent.drl.xlsx", "checklist-lost.drl.xlsx",
            "checklist-attack.drl.xlsx", "checklist-insider.drl.xlsx", "ppc-duty.drl.xlsx", "deadlines.drl.xlsx");

    /** A batch's random strings for condition, code and day-count cells, by file, each cell once (the last string wins). */
    private static Map<String, List<CodeEdit>> drawCodes(Random random, int size) {
        Map<String, Integer> perFile = new HashMap<>();
        for (int i = 0; i < size; i++) {
            perFile.merge(CODE_FILES.get(random.nextInt(CODE_FILES.size())), 1, Integer::sum);
        }
        Map<String, List<CodeEdit>> edits = new LinkedHashMap<>();
        perFile.forEach((file, count) -> {
            DecisionTable parsed = DecisionTable.read(file, RuleSources.bundled().file(file));
            DecisionTable.Table table = parsed.tables.get(0);
            List<DecisionTable.Column> columns = table.columns().stream()
                    .filter(c -> c.kind() != DecisionTable.Kind.DATA || TableChecks.DATA_COLUMNS.get(c.name()) != TableChecks.DataKind.TEXT)
                    .toList();
            Map<List<Integer>, CodeEdit> byCell = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                DecisionTable.DataRow data = table.rows().get(random.nextInt(table.rows().size()));
                DecisionTable.Column column = columns.get(random.nextInt(columns.size()));
                byCell.put(List.of(data.rowIndex(), column.index()), new CodeEdit(data.rowIndex(), column.index(),
                        parsed.where(data.rowIndex(), column.index()), randomText(random)));
            }
            edits.put(file, List.copyOf(byCell.values()));
        });
        return edits;
    }

    /** Random strings into condition, code and day-count cells: accepted only as words of the column's vocabulary. */
    private void codeBatch(Path rules, Map<String, List<CodeEdit>> written, String context) {
        Map<String, String> cellOf = new HashMap<>();
        written.forEach((file, edits) -> editFile(rules, file, workbook -> {
            Sheet sheet = workbook.getSheetAt(0);
            for (CodeEdit edit : edits) {
                EditedWorkbooks.set(sheet.getRow(edit.row()), edit.column(), edit.text());
                cellOf.put(edit.where(), edit.text());
            }
        }));
        try {
            LeakcheckEngine.fromDirectory(rules);
        } catch (RulesDefinitionException e) {
            assertRefusedAt(e.problems(), cellOf.keySet(), context);
        }
    }

    /** Every problem names file ＞ sheet ＞ cell, in a row that was edited (a repeated row is named at its first cell). */
    private static void assertRefusedAt(List<String> problems, Set<String> cells, String context) {
        Set<String> rows = new java.util.HashSet<>();
        for (String cell : cells) {
            rows.add(cell.replaceFirst("[A-Z]+([0-9]+)$", "$1"));
        }
        assertThat(problems).as(context).isNotEmpty().allSatisfy(problem -> {
            var match = PROBLEM_CELL.matcher(problem);
            assertThat(match.matches()).as(context + ": names file ＞ sheet ＞ cell: " + problem).isTrue();
            String row = match.group(1) + " ＞ " + match.group(2) + " ＞ " + match.group(3).replaceFirst("^[A-Z]+", "");
            assertThat(rows).as(context + ": a problem in a row that was edited: " + problem).contains(row);
        });
    }

    private static void editFile(Path rules, String file, Consumer<Workbook> change) {
        Path target = rules.resolve(file);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(
                Files.exists(target) ? Files.readAllBytes(target) : RuleSources.bundled().file(file)))) {
            change.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            Files.write(target, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }
}
