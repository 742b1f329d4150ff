package dev.leakcheck.cli;

import dev.leakcheck.cli.interview.Interview;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * How the person started the tool, as a command they can type again: {@code java -jar} and the jar's
 * path (relative to the working directory when it is inside it). The messages that tell the person to
 * run the tool again ("to go on: ...") name this, never a {@code leakcheck} command that is not
 * installed. Run from classes (an IDE, the tests), it is {@code leakcheck}, the name the help uses.
 */
final class Invocation {

    static final String NAME = "leakcheck";

    private Invocation() {
    }

    /** The command that runs this tool again. */
    static String command() {
        return of(codeSource(), Path.of("").toAbsolutePath());
    }

    /** The command for a tool loaded from {@code location}, typed in {@code workingDirectory}. */
    static String of(Path location, Path workingDirectory) {
        if (location == null || !location.getFileName().toString().endsWith(".jar") || Files.isDirectory(location)) {
            return NAME;
        }
        Path jar = location.toAbsolutePath().normalize();
        Path shown = jar.startsWith(workingDirectory) ? workingDirectory.relativize(jar) : jar;
        return "java -jar " + Interview.shellWord(shown.toString().replace('\\', '/'));
    }

    private static Path codeSource() {
        try {
            CodeSource source = Invocation.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
