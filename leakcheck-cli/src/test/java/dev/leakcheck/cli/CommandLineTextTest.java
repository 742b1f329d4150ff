package dev.leakcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tool's own words: the help is wholly in the language of {@code --lang}, nothing in it is cut, a
 * mistake on the command line is said in one language with a "did you mean", and the commands the tool
 * tells a person to run are commands that run.
 */
@DisplayName("コマンドラインの文言: ヘルプは選んだ言語だけで切れず、誤りには候補を示し、案内するコマンドは実在する")
class CommandLineTextTest {

    private static final Planner MUST_NOT_RUN = incident -> {
        throw new AssertionError("the help must not plan");
    };

    private static final List<String> COMMANDS = List.of("", "plan", "interview", "report", "validate", "dump-drl", "help");

    /** Japanese script: hiragana, katakana, kanji and the full-width punctuation. */
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");

    /** Four English words in a row: a sentence, not a name, an option or a command line. */
    private static final Pattern ENGLISH_SENTENCE = Pattern.compile("\\b[A-Za-z]+ [a-z]+ [a-z]+ [a-z]+\\b");

    private static ToolRun help(String command, String lang) {
        List<String> args = new ArrayList<>();
        if (!command.isEmpty()) {
            args.add(command);
        }
        args.add("--help");
        args.add("--lang");
        args.add(lang);
        if (command.equals("help")) {
            args.remove("--help");
        }
        return ToolRun.of(MUST_NOT_RUN, args.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plan", "interview", "report", "validate", "dump-drl", "help"})
    void the_english_help_has_no_japanese(String command) {
        ToolRun run = help(command, "en");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: leakcheck");
        Matcher japanese = JAPANESE.matcher(run.out());
        assertThat(japanese.find()).as("Japanese in:%n%s", run.out()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plan", "interview", "report", "validate", "dump-drl", "help"})
    void the_japanese_help_has_no_english_sentence(String command) {
        ToolRun run = help(command, "ja");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("使い方: leakcheck").doesNotContain("Usage").doesNotContain("Commands:")
                .doesNotContain("Options:");
        Matcher english = ENGLISH_SENTENCE.matcher(run.out());
        assertThat(english.find()).as("English in:%n%s", run.out()).isFalse();
    }

    @Test
    void lang_before_the_command_chooses_the_language_too() {
        assertThat(ToolRun.of(MUST_NOT_RUN, "--lang", "en", "plan", "--help").out()).contains("Usage: leakcheck plan");
        assertThat(ToolRun.of(MUST_NOT_RUN, "--lang=en", "--help").out()).contains("Usage: leakcheck");
        assertThat(ToolRun.of(MUST_NOT_RUN, "--help").out()).contains("使い方: leakcheck");
        assertThat(ToolRun.of(MUST_NOT_RUN, "help", "report", "--lang", "en").out()).contains("Usage: leakcheck report")
                .contains("Page 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void the_command_list_gives_each_command_its_whole_summary_on_one_line(String lang) {
        ResourceBundle texts = LeakcheckCommand.help(Language.parse(lang));
        String out = help("", lang).out();

        for (String command : COMMANDS.subList(1, COMMANDS.size())) {
            String summary = texts.getString("leakcheck." + command + ".usage.header");
            assertThat(summary).as(command).matches(".*[。.]$");
            assertThat(out).as(command).containsPattern("(?m)^  " + Pattern.quote(command) + " +" + Pattern.quote(summary) + "$");
        }
    }

    /**
     * Every word of Latin letters (a file name, an option, a code) of the texts a command's help shows is
     * found whole in it: none is cut at the end of a line.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void no_file_name_or_word_is_cut_at_a_line_end(String lang) {
        ResourceBundle texts = LeakcheckCommand.help(Language.parse(lang));
        for (String command : COMMANDS) {
            String out = help(command, lang).out();
            String prefix = command.isEmpty() ? "leakcheck.usage." : "leakcheck." + command + ".";
            for (String key : Collections.list(texts.getKeys())) {
                if (!key.startsWith(prefix) || key.contains("Heading")) {
                    continue;
                }
                Matcher word = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*[A-Za-z0-9]").matcher(texts.getString(key));
                while (word.find()) {
                    assertThat(out).as("'%s' (%s) in the help of '%s'", word.group(), key, command).contains(word.group());
                }
            }
            for (String line : out.split("\n")) {
                assertThat(line.length()).as(line).isLessThanOrEqualTo(LeakcheckCommand.HELP_WIDTH);
            }
        }
        assertThat(help("plan", lang).out()).contains("docs/json-contract.md");
        assertThat(help("interview", lang).out()).contains("incident.json");
    }

    @Test
    void both_help_files_have_the_same_keys() {
        assertThat(Collections.list(LeakcheckCommand.help(Language.EN).getKeys()))
                .containsExactlyInAnyOrderElementsOf(Collections.list(LeakcheckCommand.help(Language.JA).getKeys()));
    }

    @Test
    void the_report_is_not_called_one_page() {
        for (String lang : List.of("ja", "en")) {
            assertThat(help("", lang).out() + help("report", lang).out())
                    .doesNotContain("一枚").doesNotContainIgnoringCase("one-page").doesNotContainIgnoringCase("one page")
                    .containsAnyOf("1 ページ目", "Page 1");
        }
    }

    @Test
    void the_printed_report_keeps_what_to_do_now_and_the_deadlines_on_its_first_page() {
        String html = ToolRun.withEngine("report", "samples/email-misdelivery.json").out();

        assertThat(html).contains("#phases { break-before: page; }");
        assertThat(html.indexOf("<section id=\"now\">")).isPositive()
                .isLessThan(html.indexOf("<section id=\"deadlines\">"));
        assertThat(html.indexOf("<section id=\"deadlines\">")).isLessThan(html.indexOf("<section id=\"phases\">"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pln samples/email-misdelivery.json", "plan --frobnicate samples/email-misdelivery.json",
        "plan", "plan a.json b.json", "plan --lang fr samples/email-misdelivery.json", "report --formt md x.json", "",
        "plan x.json --lang en --lang en"})
    void a_usage_error_is_in_one_language(String commandLine) {
        String[] ja = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");
        String[] en = (commandLine + " --lang en").strip().split(" ");
        if (commandLine.contains("--lang")) {
            en = ja;
        }
        ToolRun japanese = ToolRun.of(MUST_NOT_RUN, ja);
        ToolRun english = ToolRun.of(MUST_NOT_RUN, en);

        assertThat(japanese.exit()).isEqualTo(2);
        assertThat(english.exit()).isEqualTo(2);
        if (!commandLine.contains("--lang en")) {
            assertThat(japanese.err()).startsWith("leakcheck: 使い方の誤り: ").hasLineCount(1);
            assertThat(ENGLISH_SENTENCE.matcher(japanese.err()).find()).as(japanese.err()).isFalse();
            assertThat(japanese.err()).doesNotContain("Unmatched").doesNotContain("Unknown").doesNotContain("Missing")
                    .doesNotContain("Invalid");
        }
        if (!commandLine.contains("--lang fr")) {
            assertThat(english.err()).startsWith("leakcheck: usage error: ").hasLineCount(1);
            assertThat(JAPANESE.matcher(english.err()).find()).as(english.err()).isFalse();
        }
    }

    @Test
    void a_mistyped_command_or_option_gets_a_did_you_mean() {
        assertThat(ToolRun.of(MUST_NOT_RUN, "pln", "x.json").err()).contains("コマンド pln はありません").contains("もしかして: plan");
        assertThat(ToolRun.of(MUST_NOT_RUN, "reprot", "x.json", "--lang", "en").err())
                .contains("unknown command reprot").contains("did you mean: report?");
        assertThat(ToolRun.of(MUST_NOT_RUN, "report", "--formt", "md", "x.json").err()).contains("もしかして: --format");
        assertThat(ToolRun.of(MUST_NOT_RUN, "plan", "x.json", "--lang").err()).contains("--lang");
    }

    @Test
    void the_tool_run_from_its_jar_names_java_jar_and_the_jar() {
        Path root = Path.of("/work/project");

        assertThat(Invocation.of(root.resolve("leakcheck-cli/target/leakcheck.jar"), root))
                .isEqualTo("java -jar leakcheck-cli/target/leakcheck.jar");
        assertThat(Invocation.of(Path.of("/opt/tools/leakcheck.jar"), root)).isEqualTo("java -jar /opt/tools/leakcheck.jar");
        assertThat(Invocation.of(Path.of("/opt/my tools/leakcheck.jar"), root))
                .isEqualTo("java -jar '/opt/my tools/leakcheck.jar'");
        assertThat(Invocation.of(root.resolve("leakcheck-cli/target/classes"), root)).isEqualTo("leakcheck");
        assertThat(Invocation.of(null, root)).isEqualTo("leakcheck");
    }

    @Test
    void a_usage_error_names_the_help_of_the_command_it_is_in() {
        assertThat(ToolRun.of(MUST_NOT_RUN, "plan").err()).contains("（leakcheck plan --help を参照）");
        assertThat(ToolRun.of(MUST_NOT_RUN, "--frobnicate").err()).contains("（leakcheck --help を参照）");
    }
}
