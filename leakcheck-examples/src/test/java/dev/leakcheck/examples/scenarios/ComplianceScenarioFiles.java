package dev.leakcheck.examples.scenarios;

import dev.leakcheck.rules.LeakcheckEngine;
import dev.leakcheck.rules.SharedEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenario files under {@code src/main/resources/leakcheck-scenarios/<section>/<nn>-<slug>.json}
 * (bundled in the jar, where {@code leakcheck validate} runs them too), and the one engine that
 * plans them all (the rule base is built once per test run, not once per file).
 */
final class ComplianceScenarioFiles {

    /** The sections of the suite: the checklist's four, and the legal boundaries. */
    static final List<String> SECTIONS = List.of("missent", "lost", "attack", "insider", "legal");

    /** Where the files are: the sources; the class path's copy only as a last resort. */
    static final List<Path> SOURCES = List.of(Path.of("src", "main", "resources", ScenarioFiles.FOLDER));

    private ComplianceScenarioFiles() {
    }

    /** One scenario file; {@code name} is its path below {@code scenarios/}, with forward slashes. */
    record ScenarioFile(String name, Path path) {

        String text() {
            try {
                return Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(name + ": cannot read", e);
            }
        }

        ComplianceScenario load() {
            return ComplianceScenario.read(name, text());
        }

        /**
         * The file's path and its title ("legal/02-1001-persons.json: 顧客1,001名分の名簿を誤送信した…"), or
         * the path alone if the title cannot be read.
         */
        String displayName() {
            try {
                var title = ComplianceScenario.JSON.readTree(text()).path("scenario");
                return title.isTextual() ? name + ": " + title.asText() : name;
            } catch (IOException | RuntimeException e) {
                return name;
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The bundled engine, built on first use and shared by every scenario test in this JVM. */
    static LeakcheckEngine engine() {
        return SharedEngine.get();
    }

    /** Every scenario file, in section and file-name order. */
    static List<ScenarioFile> all() {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .map(p -> new ScenarioFile(root.relativize(p).toString().replace('\\', '/'), p))
                    .sorted((a, b) -> compare(a.name(), b.name()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static int compare(String a, String b) {
        int bySection = Integer.compare(sectionRank(a), sectionRank(b));
        return bySection != 0 ? bySection : a.compareTo(b);
    }

    private static int sectionRank(String name) {
        int slash = name.indexOf('/');
        int rank = SECTIONS.indexOf(slash < 0 ? "" : name.substring(0, slash));
        return rank < 0 ? SECTIONS.size() : rank;
    }

    /**
     * The scenarios' directory. Read from the sources (Maven runs tests in the module directory), so
     * that a file deleted or renamed there cannot live on as a stale copy in target/test-classes.
     */
    private static Path root() {
        for (Path sources : SOURCES) {
            if (Files.isDirectory(sources)) {
                return sources;
            }
        }
        URL url = ComplianceScenarioFiles.class.getResource("/" + ScenarioFiles.FOLDER);
        if (url == null) {
            throw new IllegalStateException("no scenario directory in " + SOURCES + " (below "
                    + Path.of("").toAbsolutePath() + ") nor on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("scenarios/ is not a directory: " + url, e);
        }
    }
}
