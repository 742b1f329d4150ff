package dev.leakcheck.rules;

import dev.leakcheck.rules.internal.workbook.RuleSources;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The workbooks as text, so that a change to a rule shows in review as a line diff: one TSV per
 * sheet and the DRL Drools compiles, under {@code src/main/tables-text/}. This test renders them
 * from the workbooks and fails when the committed text is stale; to write them anew:
 *
 * <pre>mvn -pl leakcheck-rules -am test -Dtest=TablesTextTest -Dsurefire.failIfNoSpecifiedTests=false -Dleakcheck.tablesText.write=true</pre>
 *
 * <p>In a TSV a row is a line and a cell is separated by a tab; within a cell a tab, a line break and
 * a backslash are written {@code \t}, {@code \n} and {@code \\}. Empty rows stay empty lines, so a
 * line's number is the row's number.
 */
@DisplayName("ブックのテキスト版（差分で読める形）が最新である")
class TablesTextTest {

    static final Path DIRECTORY = Path.of("src/main/tables-text");

    @Test
    @DisplayName("src/main/tables-text はブックと一致する")
    void the_committed_text_matches_the_workbooks() throws IOException {
        Map<String, String> rendered = render();
        if (Boolean.getBoolean("leakcheck.tablesText.write")) {
            write(rendered);
        }
        Map<String, String> committed = new TreeMap<>();
        if (Files.isDirectory(DIRECTORY)) {
            try (Stream<Path> files = Files.walk(DIRECTORY)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    committed.put(DIRECTORY.relativize(file).toString().replace('\\', '/'),
                            Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(committed)
                .as("src/main/tables-text is stale: run the command in TablesTextTest's Javadoc and commit the result")
                .isEqualTo(rendered);
    }

    /** Every sheet of every bundled workbook as TSV, and the generated DRL, by path. */
    static Map<String, String> render() {
        Map<String, String> files = new TreeMap<>();
        RuleSources sources = RuleSources.bundled();
        for (String name : sources.names()) {
            String folder = name.replaceFirst("\\.xlsx$", "");
            try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(sources.file(name)))) {
                for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                    Sheet sheet = workbook.getSheetAt(s);
                    files.put(folder + "/" + (s + 1) + "-" + sheet.getSheetName() + ".tsv", tsv(sheet));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.put("generated.drl", GeneratedDrl.bundled());
        return files;
    }

    private static String tsv(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        StringBuilder text = new StringBuilder();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : escape(formatter.formatCellValue(cell)));
                }
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            text.append(String.join("\t", cells)).append('\n');
        }
        return text.toString();
    }

    private static String escape(String cell) {
        return cell.replace("\\", "\\\\").replace("\t", "\\t").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    private static void write(Map<String, String> rendered) throws IOException {
        if (Files.isDirectory(DIRECTORY)) {
            try (Stream<Path> files = Files.walk(DIRECTORY)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        for (Map.Entry<String, String> file : rendered.entrySet()) {
            Path path = DIRECTORY.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
