package dev.leakcheck.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Nothing in the repository refers to a file outside it: the README, the docs, the sources, the
 * resources (scenarios, the workbooks' text rendering) and the tools name only files a clone has.
 * The project was built from a specification kept elsewhere; its reference now lives in docs/
 * (docs/json-contract.md, docs/action-catalogue.md, docs/legal-basis.md), and a mention of the old files would send a
 * reader to something they cannot open. Relative links of the Markdown pages must resolve too.
 */
@DisplayName("リポジトリの外のファイルを参照しない / no reference to a file outside the repository")
class SelfContainedTest {

    private static final Path ROOT = RepositoryFiles.root();

    /**
     * The catalogue page without its folder: the old specification's file of the same name, except in
     * docs/, where it is the page beside (docs/action-catalogue.md is always fine).
     */
    private static final Pattern BARE_CATALOGUE = Pattern.compile("(?<![\\w/.-])action-catalogue\\.md");

    /** Mentions of files outside the repository. */
    private static final List<Pattern> OUTSIDE = List.of(
            Pattern.compile("\\.\\./shared"),
            Pattern.compile("\\bshared/(spec|seed|data)\\b"),
            // Written with [-] so that a plain-text search of the repository does not find this test.
            Pattern.compile("incident[-]json"),
            Pattern.compile("legal[-]notes"),
            Pattern.compile("\\bPRODUCT\\.md\\b"),
            Pattern.compile("\\bregimes\\.md\\b"),
            Pattern.compile("leak[-]response-checklist"),
            Pattern.compile("specification the project was [b]uilt from"),
            BARE_CATALOGUE);

    /** Files left out of the scan: none; a file that must name an outside file has to say why here. */
    private static final Set<String> EXCLUDED = Set.of();

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "node_modules", ".idea");
    private static final Set<String> TEXT_EXTENSIONS = Set.of("md", "java", "json", "xml", "properties", "tsv",
            "drl", "txt", "py", "yml", "yaml", "sh", "html", "css", "csv", "conf", "kmodule");
    private static final Set<String> TEXT_NAMES = Set.of("run", "LICENSE", "NOTICE", ".gitignore");

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void no_text_file_names_a_file_outside_the_repository() {
        List<String> found = new ArrayList<>();
        for (Path file : textFiles()) {
            String name = relative(file);
            if (EXCLUDED.contains(name)) {
                continue;
            }
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                for (Pattern outside : OUTSIDE) {
                    Matcher m = outside.matcher(line);
                    if (m.find() && !(outside == BARE_CATALOGUE && isInDocs(file))) {
                        found.add(name + ":" + (i + 1) + ": '" + m.group() + "' in: " + line.strip());
                    }
                }
            }
        }
        assertThat(found).as("mentions of files outside the repository; point to docs/json-contract.md,"
                + " docs/action-catalogue.md or docs/legal-basis.md instead").isEmpty();
    }

    @Test
    void the_scan_covers_the_sources_the_docs_and_the_scenarios() {
        List<String> names = textFiles().stream().map(SelfContainedTest::relative).toList();
        assertThat(names).contains("README.md", "docs/json-contract.md",
                "leakcheck-json/src/main/java/dev/leakcheck/json/IncidentJson.java",
                "leakcheck-examples/src/main/resources/leakcheck-scenarios/legal/02-1001-persons.json",
                "leakcheck-rules/src/main/tables-text/generated.drl");
    }

    @Test
    void the_relative_links_of_the_markdown_pages_resolve() {
        List<String> broken = new ArrayList<>();
        for (Path page : textFiles()) {
            if (!page.getFileName().toString().endsWith(".md")) {
                continue;
            }
            Matcher link = MARKDOWN_LINK.matcher(String.join("\n", lines(page)));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("(?i)^(https?|mailto):.*") || target.startsWith("#")) {
                    continue;
                }
                String path = target.replaceFirst("#.*$", "");
                Path resolved = page.getParent().resolve(path).normalize();
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    broken.add(relative(page) + ": " + target);
                }
            }
        }
        assertThat(broken).as("links to files that are not in the repository").isEmpty();
    }

    private static boolean isInDocs(Path file) {
        return file.getParent().equals(ROOT.resolve("docs"));
    }

    private static List<Path> textFiles() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> notSkipped(ROOT.relativize(p)))
                    .filter(SelfContainedTest::isText)
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + ROOT, e);
        }
        return files;
    }

    private static boolean notSkipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TEXT_EXTENSIONS.contains(extension) || TEXT_NAMES.contains(name);
    }

    private static List<String> lines(Path file) {
        return RepositoryFiles.read(file).lines().toList();
    }

    private static String relative(Path file) {
        return ROOT.relativize(file).toString().replace('\\', '/');
    }
}
