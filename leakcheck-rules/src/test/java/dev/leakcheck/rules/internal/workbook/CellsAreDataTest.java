package dev.leakcheck.rules.internal.workbook;

import dev.leakcheck.rules.GeneratedDrl;
import dev.leakcheck.rules.LeakcheckEngine;
import dev.leakcheck.rules.ReloadableEngine;
import dev.leakcheck.rules.RulesDefinitionException;
import dev.leakcheck.rules.RulesValidator;
import dev.leakcheck.rules.internal.drools.Precompiled;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import dev.leakcheck.rules.internal.workbook.DecisionTable;
import dev.leakcheck.rules.internal.workbook.TableChecks;
import static dev.leakcheck.rules.EditedWorkbooks.columnHeaded;
import static dev.leakcheck.rules.EditedWorkbooks.columnOf;
import static dev.leakcheck.rules.EditedWorkbooks.edit;
import static dev.leakcheck.rules.EditedWorkbooks.rowWith;
import static dev.leakcheck.rules.EditedWorkbooks.set;
import static dev.leakcheck.rules.Incidents.harmlessAsset;
import static dev.leakcheck.rules.Incidents.misdeliveryOf;
import static dev.leakcheck.rules.Incidents.persons;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.PersonalData;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reproductions of issue A, each refused with its cell or shown verbatim, through every way in:
 * {@link LeakcheckEngine#fromDirectory} (what {@code plan --rules} uses), {@link RulesValidator}
 * ({@code validate}) and {@link ReloadableEngine}. A marker file proves no cell ran as code.
 */
@DisplayName("セルはデータであり、コードにならない")
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class CellsAreDataTest {

    @TempDir
    Path rules;

    @TempDir
    Path scratch;

    private static final Incident MISSENT = misdeliveryOf(harmlessAsset().build());
    private static final Incident SENSITIVE = misdeliveryOf(harmlessAsset()
            .personal(PersonalData.builder().included(Answer.YES).persons(10).sensitive(Answer.YES).build()).build());
    private static final Incident REPORTABLE = misdeliveryOf(harmlessAsset().personal(persons(1200)).build());

    /** Texts that once became Java: quotes first, escaped quotes, unicode escapes, UNC paths. */
    static Stream<String> hostileTexts() {
        return Stream.of(
                "\"); System.exit(1); //",
                "C\\\"); System.err.println(4242424242L); //",
                "\\u0022); System.exit(3); p.noteEn(\\u0022",
                "\\\\fs01\\share",
                "\"至急\"対応します",
                "${out.propose(kcontext, \"REPORT_TO_POLICE\")} /* */ // $param",
                "1行目\n2行目\tタブ 😀 ＡＢＣ",
                "x".repeat(2_000));
    }

    private Path marker() {
        return scratch.resolve("MARKER");
    }

    /** A text that would create the marker file if it ever ran as Java. */
    private String markerText() {
        return "\"); new java.io.File(\"" + marker() + "\").createNewFile(); //";
    }

    private static List<String> texts(List<Text> texts) {
        return texts.stream().map(Text::ja).toList();
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    @DisplayName("補足・出典・根拠のセルの文字は、そのまま計画に載る")
    void texts_come_back_verbatim(String text) {
        edit(rules, "checklist-missent.drl.xlsx", sheet -> {
            set(rowWith(sheet, "ASSESS_SEVERITY"), columnHeaded(sheet, "補足（日本語）"), text);
            set(rowWith(sheet, "REQUEST_RECIPIENT_DELETION"), columnHeaded(sheet, "出典（日本語）"), text);
        });
        edit(rules, "ppc-duty.drl.xlsx", sheet ->
                set(rowWith(sheet, "SENSITIVE_DATA"), columnHeaded(sheet, "根拠（日本語）"), text));
        edit(rules, "deadlines.drl.xlsx", sheet ->
                set(rowWith(sheet, "PPC_PRELIMINARY_REPORT"), columnHeaded(sheet, "根拠（日本語）"), text));

        LeakcheckEngine engine = LeakcheckEngine.fromDirectory(rules);
        Plan plan = engine.plan(MISSENT);
        assertThat(texts(plan.action("ASSESS_SEVERITY").orElseThrow().because())).contains(text);
        assertThat(plan.action("REQUEST_RECIPIENT_DELETION").orElseThrow().source().ja()).isEqualTo(text);
        assertThat(texts(engine.plan(SENSITIVE).ppcReport().because())).anySatisfy(t -> assertThat(t).contains(text));
        assertThat(engine.plan(REPORTABLE).action("PPC_PRELIMINARY_REPORT").orElseThrow().deadline().orElseThrow()
                .basis().ja()).contains(text);
        assertThat(RulesValidator.validate(rules, false).problems()).isEmpty();
    }

    @Test
    @DisplayName("コードを書いたセルは実行されない（印のファイルが作られない）")
    void a_text_that_would_create_a_file_never_runs() {
        edit(rules, "checklist-missent.drl.xlsx", sheet ->
                set(rowWith(sheet, "ASSESS_SEVERITY"), columnHeaded(sheet, "補足（日本語）"), markerText()));
        edit(rules, "deadlines.drl.xlsx", sheet ->
                set(rowWith(sheet, "PPC_PRELIMINARY_REPORT"), columnHeaded(sheet, "根拠（英語）"), markerText()));

        RulesValidator.validate(rules, false);
        LeakcheckEngine.fromDirectory(rules).plan(REPORTABLE);
        ReloadableEngine.over(rules, false).reload();

        assertThat(marker()).doesNotExist();
        assertThat(GeneratedDrl.withEdits(rules, false)).doesNotContain("createNewFile").doesNotContain("MARKER");
    }

    @Test
    @DisplayName("条件のセルは選択肢の言葉だけ: 綴りの誤り・式・引用符は、セルを示して拒否する")
    void condition_cells_hold_only_their_vocabulary() {
        String[] routeCell = new String[1];
        edit(rules, "checklist-missent.drl.xlsx", sheet -> {
            Row row = rowWith(sheet, "RECORD_REPORTER_CONTACT");
            int column = columnOf(sheet, "topic == \"route\"");
            routeCell[0] = new org.apache.poi.ss.util.CellReference(row.getRowNum(), column).formatAsString(false);
            set(row, column, "THRID_PARTY");
            set(rowWith(sheet, "REQUEST_RECIPIENT_DELETION"), columnOf(sheet, "topic == \"channel\""), "eval(true) || EMAIL");
            set(rowWith(sheet, "DELETE_PUBLISHED_INFORMATION"), columnOf(sheet, "topic == \"channel\""),
                    "EMAIL\\\")) eval(new java.io.File(\"" + marker() + "\").createNewFile()) //");
        });

        List<String> problems = refusals();
        assertThat(problems).hasSize(3);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("checklist-missent.drl.xlsx ＞ メール誤送信・web誤公開 ＞ " + routeCell[0] + ": ")
                .contains("THRID_PARTY"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("「eval(true)」は使えません"));
        assertThat(marker()).doesNotExist();
    }

    /** The same problems from every way in, and a reload that keeps the old rules. */
    private List<String> refusals() {
        List<String> problems = RulesValidator.validate(rules, false).problems();
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p).contains(".xlsx"));
        assertThatThrownBy(() -> LeakcheckEngine.fromDirectory(rules)).isInstanceOfSatisfying(RulesDefinitionException.class,
                e -> assertThat(e.problems()).isEqualTo(problems));
        assertThatThrownBy(() -> LeakcheckEngine.fromDirectory(rules, true)).isInstanceOf(RulesDefinitionException.class);
        try {
            Path live = Files.createDirectories(scratch.resolve("live"));
            ReloadableEngine reloadable = ReloadableEngine.over(live, false);
            LeakcheckEngine serving = reloadable.current();
            try (Stream<Path> files = Files.list(rules)) {
                for (Path file : files.toList()) {
                    Files.copy(file, live.resolve(file.getFileName()), java.nio.file.LinkOption.NOFOLLOW_LINKS);
                }
            }
            ReloadableEngine.Reload reload = reloadable.reload();
            assertThat(reload.reloaded()).isFalse();
            assertThat(reload.problems()).isEqualTo(problems);
            assertThat(reloadable.current()).isSameAs(serving);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return problems;
    }

    @Test
    @DisplayName("列を消した catalogue.xlsx は、見出しを示して拒否する（列の位置では読まない）")
    void the_catalogue_is_read_by_its_headers() throws IOException {
        editWorkbook("catalogue.xlsx", workbook -> {
            Sheet sheet = workbook.getSheet("アクション一覧");
            for (Row row : sheet) {
                for (int c = 3; c < row.getLastCellNum() - 1; c++) {
                    move(row, c + 1, c);
                }
                if (row.getCell(row.getLastCellNum() - 1) != null) {
                    row.removeCell(row.getCell(row.getLastCellNum() - 1));
                }
            }
        });

        assertThat(refusals()).singleElement().asString()
                .startsWith("catalogue.xlsx ＞ アクション一覧 ＞ 1行目").contains("見出し（英語）");
    }

    @Test
    @DisplayName("見えない制御文字でプログラムの行を偽っても、セルを示して拒否し、実行しない")
    void control_characters_cannot_unlock_the_program_rows() {
        edit(rules, "checklist-missent.drl.xlsx", sheet -> {
            Row notes = rowWith(sheet, "Notes");
            set(notes, 1, "Functions\u0001");
            set(notes, 2, "function boolean p(){return new java.io.File(\"" + marker() + "\").createNewFile();}");
        });
        edit(rules, "checklist-lost.drl.xlsx", sheet -> set(rowWith(sheet, "Notes"), 0, "\u0001"));

        // POI stores U+0001 as _x0001_; whichever way it reads back (the character, refused as a control
        // character, or the escape, not a keyword and so outside the table), the cell is named and the
        // program rows stay locked.
        List<String> problems = refusals();
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("checklist-missent.drl.xlsx ＞ メール誤送信・web誤公開 ＞ B4"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("checklist-lost.drl.xlsx ＞ 紛失・盗難 ＞ A4"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("プログラムの一部"));
        assertThat(marker()).doesNotExist();
        assertThatThrownBy(() -> LeakcheckEngine.fromDirectory(rules, true)).isInstanceOf(RulesDefinitionException.class);
        assertThat(marker()).doesNotExist();
    }

    @Test
    @DisplayName("制御文字を含むセルは、信頼の指定があっても、セルを示して拒否する")
    void control_characters_are_refused_with_their_cell() throws IOException {
        DecisionTable bundled = DecisionTable.read("checklist-missent.drl.xlsx", RuleSources.bundled().file("checklist-missent.drl.xlsx"));
        // The dump form carries any character: write one with a control character in the Notes keyword cell.
        byte[] dump = bundled.dump();
        String text = new String(dump, StandardCharsets.ISO_8859_1).replace("Notes", "Note\u0001");
        DecisionTable edited = DecisionTable.read("checklist-missent.drl.xlsx", text.getBytes(StandardCharsets.ISO_8859_1));
        List<String> problems = TableChecks.problems(edited, bundled, true, Catalogue.read(RuleSources.bundled().file(Catalogue.FILE)));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("checklist-missent.drl.xlsx ＞ メール誤送信・web誤公開 ＞ B4")
                .contains("制御文字"));
    }

    @Test
    @DisplayName("表の右に書いたメモは、セルを示して拒否する（内部エラーにならない）")
    void a_note_right_of_the_table_is_refused_with_its_cell() {
        edit(rules, "checklist-attack.drl.xlsx", sheet -> set(rowWith(sheet, "ISOLATE_COMPROMISED_SYSTEMS"), 30, "メモ: 要確認"));

        assertThat(refusals()).singleElement().asString().startsWith("checklist-attack.drl.xlsx ＞ 外部攻撃 ＞ AE")
                .contains("表の外");
    }

    @Test
    @DisplayName("文字数の上限を超えるセルは、セルを示して拒否する")
    void an_overlong_cell_is_refused() {
        edit(rules, "ppc-duty.drl.xlsx", sheet ->
                set(rowWith(sheet, "SENSITIVE_DATA"), columnHeaded(sheet, "根拠（英語）"), "y".repeat(DecisionTable.MAX_CELL_CHARS + 1)));

        assertThat(refusals()).singleElement().asString().startsWith("ppc-duty.drl.xlsx ＞ 報告義務の判定 ＞ ").contains("文字数");
    }

    @Test
    @DisplayName("同じ行のセルを差し込むと上限を超える文は、セルを示して拒否する（差し込んだ文は保持されるため）")
    void a_text_that_grows_past_the_limit_when_filled_is_refused() {
        edit(rules, "deadlines.drl.xlsx", sheet -> {
            Row row = rowWith(sheet, "PPC_PRELIMINARY_REPORT");
            set(row, columnHeaded(sheet, "根拠（英語）"), "y".repeat(3_000));
            set(row, columnHeaded(sheet, "根拠（日本語）"), "{根拠（英語）}と{根拠（英語）}");
        });

        assertThat(refusals()).singleElement().asString().startsWith("deadlines.drl.xlsx ＞ 期限 ＞ ")
                .contains("6001 字").contains("上限 " + DecisionTable.MAX_CELL_CHARS + " 字");
    }

    @Test
    @DisplayName("片方の言語だけの文は両方の読み手にその言語で示し、空の行にしない。出典・根拠が両方とも空の行は、セルを示して拒否する")
    void a_text_in_one_language_only_is_shown_in_it_and_a_row_without_its_source_is_refused() throws IOException {
        // Only spaces (full-width and half-width) are an empty cell.
        edit(rules, "checklist-missent.drl.xlsx", sheet -> set(rowWith(sheet, "ASSESS_SEVERITY"),
                columnHeaded(sheet, "補足（英語）"), "\u3000 "));
        List<Text> because = LeakcheckEngine.fromDirectory(rules).plan(MISSENT).action("ASSESS_SEVERITY").orElseThrow().because();
        assertThat(because).singleElement().satisfies(note -> {
            assertThat(note.ja()).isEqualTo("事態の重要度を判断します");
            assertThat(note.en()).as("the Japanese note, not an empty line").isEqualTo("事態の重要度を判断します");
        });

        edit(rules, "checklist-missent.drl.xlsx", sheet -> {
            Row row = rowWith(sheet, "ASSESS_SEVERITY");
            set(row, columnHeaded(sheet, "補足（英語）"), "\u3000 ");
            set(row, columnHeaded(sheet, "補足（日本語）"), " ");
        });
        assertThat(LeakcheckEngine.fromDirectory(rules).plan(MISSENT).action("ASSESS_SEVERITY").orElseThrow().because())
                .as("a note left out in both languages: no reason line").isEmpty();

        // The catalogue's texts too: an action's English title left empty shows the Japanese one.
        editWorkbook("catalogue.xlsx", workbook -> {
            Sheet actions = workbook.getSheet("アクション一覧");
            set(rowWith(actions, "ASSESS_SEVERITY"), columnHeaded(actions, "見出し（英語）"), "\n");
        });
        Text title = LeakcheckEngine.fromDirectory(rules).plan(MISSENT).action("ASSESS_SEVERITY").orElseThrow().title();
        assertThat(title.en()).isNotBlank().isEqualTo(title.ja());
        Files.delete(rules.resolve("catalogue.xlsx"));

        edit(rules, "deadlines.drl.xlsx", sheet -> {
            Row row = rowWith(sheet, "PPC_PRELIMINARY_REPORT");
            set(row, columnHeaded(sheet, "根拠（英語）"), "");
            set(row, columnHeaded(sheet, "根拠（日本語）"), "\u3000");
        });
        assertThat(refusals()).singleElement().asString().startsWith("deadlines.drl.xlsx ＞ 期限 ＞ ")
                .contains("「根拠（日本語）").contains("both empty");
    }

    @Test
    @DisplayName("catalogue.xlsx の長すぎるセルと、多すぎる行も、セルやシートを示して拒否する")
    void the_data_workbooks_are_bounded_too() throws IOException {
        editWorkbook("catalogue.xlsx", workbook -> {
            Sheet actions = workbook.getSheet("アクション一覧");
            set(rowWith(actions, "ASSESS_SEVERITY"), columnHeaded(actions, "見出し（英語）"), "z".repeat(DecisionTable.MAX_CELL_CHARS + 1));
        });
        assertThat(refusals()).singleElement().asString().startsWith("catalogue.xlsx ＞ アクション一覧 ＞ D").contains("文字数");

        editWorkbook("calendar.xlsx", workbook -> workbook.getSheet("国民の祝日").createRow(DecisionTable.MAX_ROWS + 5).createCell(0)
                .setCellValue("2030-01-01"));
        assertThat(RulesValidator.validate(rules, false).problems()).anySatisfy(p -> assertThat(p)
                .startsWith("calendar.xlsx ＞ 国民の祝日: ").contains("行が多すぎます"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("展開すると大きくなるブック（0.8 MB → 10 MB）は、読み込む前に拒否する")
    void a_workbook_that_inflates_far_is_refused_before_it_is_read() throws IOException {
        byte[] bundled = RuleSources.bundled().file("checklist-missent.drl.xlsx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bundled));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] part = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    // 10 MB of rows that compress about twelvefold: under the ratio, over the size of a part
                    StringBuilder padding = new StringBuilder();
                    java.util.Random random = new java.util.Random(1);
                    while (padding.length() < 10_000_000) {
                        padding.append("<!-- ").append(Long.toHexString(random.nextLong()).charAt(0)).append(" ".repeat(20)).append("-->");
                    }
                    part = new String(part, StandardCharsets.UTF_8).replace("<sheetData>", padding + "<sheetData>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.write(part);
            }
        }
        Files.write(rules.resolve("checklist-missent.drl.xlsx"), bytes.toByteArray());

        assertThat(refusals()).singleElement().asString().startsWith("checklist-missent.drl.xlsx: ").contains("zip");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @DisplayName("リンクや FIFO は読まない（/dev/zero へのリンクでメモリを使い切らず、FIFO で止まらない）")
    void only_regular_files_are_read() throws Exception {
        Files.createSymbolicLink(rules.resolve("catalogue.xlsx"), Path.of("/dev/zero"));
        Path fifo = rules.resolve("calendar.xlsx");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(mkfifo.waitFor()).as("mkfifo is available").isZero();

        // Not through refusals(): copying a FIFO would block the test itself.
        List<String> problems = RulesValidator.validate(rules, false).problems();
        assertThatThrownBy(() -> LeakcheckEngine.fromDirectory(rules)).isInstanceOfSatisfying(RulesDefinitionException.class,
                e -> assertThat(e.problems()).isEqualTo(problems));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("catalogue.xlsx: ").contains("リンク"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("calendar.xlsx: ").contains("普通のファイルではない"));
    }

    @Test
    @DisplayName("文章だけを変えた表は、事前にコンパイルした規則をそのまま使い、文章は表のものになる")
    void an_edit_of_texts_alone_reuses_the_precompiled_rules() {
        edit(rules, "checklist-missent.drl.xlsx", sheet ->
                set(rowWith(sheet, "ASSESS_SEVERITY"), columnHeaded(sheet, "補足（日本語）"), "社内規程に従って評価する"));

        assertThat(Precompiled.sameRules(RuleSources.bundled().overriddenBy(rules, false))).isPresent();
        edit(rules, "checklist-missent.drl.xlsx", sheet ->
                set(rowWith(sheet, "REQUEST_RECIPIENT_DELETION"), columnOf(sheet, "topic == \"channel\""), "OWN_WEBSITE"));
        assertThat(Precompiled.sameRules(RuleSources.bundled().overriddenBy(rules, false))).isEmpty();
    }

    @ParameterizedTest(name = "{0} ＞ {1}: {2}")
    @org.junit.jupiter.params.provider.CsvSource({
            "stolen, 項目, lost.stolenn, D, 事実にできません, cannot be a topic",
            "personal, まとめ方, すべての資産の値, E, いずれかの資産, ANY_ASSET"})
    @DisplayName("事実一覧の知らない項目や、項目に合わないまとめ方は、セルを示して拒否する")
    void a_bad_fact_row_is_refused_with_its_cell(String topic, String header, String value, String column,
            String japanese, String english) throws IOException {
        int[] row = new int[1];
        editWorkbook("catalogue.xlsx", workbook -> {
            Sheet facts = workbook.getSheet("事実一覧");
            Row fact = rowWith(facts, topic);
            row[0] = fact.getRowNum() + 1;
            set(fact, columnHeaded(facts, header), value);
        });
        assertThat(refusals()).singleElement().asString().startsWith("catalogue.xlsx ＞ 事実一覧 ＞ " + column + row[0] + ": ")
                .contains(value, japanese, english);
    }

    private void editWorkbook(String name, java.util.function.Consumer<Workbook> change) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(RuleSources.bundled().file(name)))) {
            change.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            Files.write(rules.resolve(name), out.toByteArray());
        }
    }

    private static void move(Row row, int from, int to) {
        org.apache.poi.ss.usermodel.Cell source = row.getCell(from);
        String text = source == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(source);
        set(row, to, text);
    }
}
