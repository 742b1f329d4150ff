package dev.leakcheck.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository the tests run in: its root, found from the module directory Maven runs them in. */
final class RepositoryFiles {

    private static final String PARENT = "<artifactId>leakcheck-parent</artifactId>";
    private static final String MODULES = "<modules>";

    private RepositoryFiles() {
    }

    /** The directory of the parent pom (leakcheck-parent, the one with the modules), above this module. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains(PARENT) && read(pom).contains(MODULES)) {
                return dir;
            }
        }
        throw new IllegalStateException("no leakcheck-parent pom.xml in " + Path.of("").toAbsolutePath()
                + " or above it");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
