package dev.leakcheck.examples.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakcheck.json.IncidentJson;
import dev.leakcheck.model.Incident;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The compliance scenarios bundled with the tool: one JSON file each under
 * {@code leakcheck-scenarios/<section>/}, an incident and the outcome an auditor expects. Found by
 * listing the folder, in the jar or on disk, so no index has to be kept. The folder's name is not
 * a Java package, so that no folder of classes can stand in front of it on the class path.
 */
public final class ScenarioFiles {

    public static final String FOLDER = "leakcheck-scenarios";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One scenario file.
     *
     * @param name     its path below the scenarios folder, such as {@code missent/01-email.json}
     * @param title    the title an auditor reads
     * @param incident the incident, read by the tool's own strict reader
     * @param expect   the expected outcome, as written
     */
    public record Scenario(String name, String title, Incident incident, JsonNode expect) {
    }

    private ScenarioFiles() {
    }

    /** Every bundled scenario, in name order. */
    public static List<Scenario> all() {
        List<Scenario> scenarios = new ArrayList<>();
        for (String name : names()) {
            scenarios.add(read(name));
        }
        return scenarios;
    }

    static Scenario read(String name) {
        try (InputStream in = ScenarioFiles.class.getClassLoader().getResourceAsStream(FOLDER + "/" + name)) {
            JsonNode root = JSON.readTree(in);
            return new Scenario(name, root.path("scenario").asText(name),
                    IncidentJson.parse(JSON.writeValueAsString(root.get("incident"))), root.path("expect"));
        } catch (IOException e) {
            throw new UncheckedIOException("scenario " + name, e);
        }
    }

    private static List<String> names() {
        URL folder = ScenarioFiles.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            if (folder.getProtocol().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(folder.toURI(), Map.of())) {
                    return list(jar.getPath(FOLDER));
                }
            }
            return list(Path.of(folder.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
