package dev.leakcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.json.HandBuiltPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tool writes never destroys what it reads or what a link points to: {@code report --output}
 * refuses the incident file itself, and both {@code report --output} and {@code interview --save} refuse
 * a target that is a symbolic link and write through a temporary file no one can guess the name of.
 */
@DisplayName("書き出しは入力も、リンク先も壊さない")
class SafeSavesTest {

    private static final Planner HAND_BUILT = incident -> HandBuiltPlan.plan();
    private static final String SAMPLE_TEXT = "{\"id\": \"INC-1\", \"type\": \"LOST_OR_STOLEN\"}\n";

    @TempDir
    Path dir;

    private Path incident;
    private Path victim;

    @BeforeEach
    void files() throws IOException {
        incident = Files.writeString(dir.resolve("inc.json"), SAMPLE_TEXT);
        victim = Files.writeString(dir.resolve("victim.txt"), "not to be touched\n");
    }

    private void assertUntouched() throws IOException {
        assertThat(Files.readString(incident)).isEqualTo(SAMPLE_TEXT);
        assertThat(Files.readString(victim)).isEqualTo("not to be touched\n");
    }

    @Test
    @DisplayName("report --output が事案のファイルそのものなら、どの書き方でも断る")
    void the_output_is_never_the_incident() throws IOException {
        Path hardLink = Files.createLink(dir.resolve("hard.json"), incident);
        for (String output : new String[] {incident.toString(), dir.resolve("sub/../inc.json").toString(),
            hardLink.toString()}) {
            Files.createDirectories(dir.resolve("sub"));

            ToolRun run = ToolRun.of(HAND_BUILT, "report", incident.toString(), "--output", output);

            assertThat(run.exit()).as(output).isEqualTo(2);
            assertThat(run.err()).as(output).isEqualTo("leakcheck: --output " + output + " は読み込む事案のファイル " + incident
                    + " と同じです。事案を上書きしないよう、別のファイル名を指定してください\n");
            assertUntouched();
        }
    }

    @Test
    @DisplayName("report --output がシンボリックリンクなら断り、リンク先を書き換えない")
    void the_output_is_never_written_through_a_link() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("report.html"), victim);

        ToolRun run = ToolRun.of(HAND_BUILT, "report", incident.toString(), "--output", link.toString(), "--lang", "en");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("leakcheck: " + link
                + " is a symbolic link: the tool does not write through links; name the file itself\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertUntouched();
    }

    @Test
    @DisplayName("「ファイル名.tmp」のリンクを用意されていても、そこには書かない")
    void a_prepared_tmp_link_is_never_followed() throws IOException {
        Path report = dir.resolve("report.html");
        Path decoy = Files.createSymbolicLink(dir.resolve("report.html.tmp"), victim);

        ToolRun run = ToolRun.of(HAND_BUILT, "report", incident.toString(), "--output", report.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
        assertThat(Files.readSymbolicLink(decoy)).isEqualTo(victim);
        assertUntouched();
        assertThat(filesIn(dir)).containsExactlyInAnyOrder("inc.json", "victim.txt", "report.html", "report.html.tmp");
    }

    @Test
    @DisplayName("report --output は既存のファイルを丸ごと置き換え、一時ファイルを残さない")
    void an_existing_output_is_replaced_whole() throws IOException {
        Path report = Files.writeString(dir.resolve("report.md"), "old report, much longer than nothing ".repeat(1000));

        ToolRun run = ToolRun.of(HAND_BUILT, "report", incident.toString(), "--format", "md", "--output", report.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).startsWith("# ").doesNotContain("old report");
        assertThat(filesIn(dir)).containsExactlyInAnyOrder("inc.json", "victim.txt", "report.md");
    }

    @Test
    @DisplayName("interview --save がシンボリックリンクなら、質問の前に断る")
    void the_interview_never_saves_through_a_link() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("new.json"), dir.resolve("elsewhere.json"));

        ToolRun run = ToolRun.withInput("1\n", "interview", "--save", link.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(link.toString()).contains("シンボリックリンク").hasLineCount(1);
        assertThat(run.out()).isEmpty();
        assertThat(dir.resolve("elsewhere.json")).doesNotExist();
    }

    @Test
    @DisplayName("対話の保存も一時ファイル経由で、用意された「.tmp」のリンクには書かない")
    void the_interview_saves_whole_files_beside_a_prepared_link() throws IOException {
        Path save = dir.resolve("new.json");
        Path decoy = Files.createSymbolicLink(dir.resolve("new.json.tmp"), victim);

        ToolRun run = ToolRun.withInput("2\n1\nq\n", "interview", "--save", save.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(save)).contains("\"type\": \"LOST_OR_STOLEN\"");
        assertThat(Files.readSymbolicLink(decoy)).isEqualTo(victim);
        assertUntouched();
        assertThat(filesIn(dir)).containsExactlyInAnyOrder("inc.json", "victim.txt", "new.json", "new.json.tmp");
    }

    private static java.util.List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> !name.equals("sub")).toList();
        }
    }
}
