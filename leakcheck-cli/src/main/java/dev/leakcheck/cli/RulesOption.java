package dev.leakcheck.cli;

import dev.leakcheck.rules.LeakcheckEngine;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --rules DIR} and {@code --trust-code}: use edited workbooks from a directory in place of
 * the bundled ones, file by file; for {@code plan}, {@code interview}, {@code report} and
 * {@code dump-drl} alike.
 */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR")
    private Path directory;

    @Option(names = "--trust-code")
    private boolean trustCode;

    boolean given() {
        return directory != null;
    }

    Path directory() {
        return directory;
    }

    boolean trustCode() {
        return trustCode;
    }

    /**
     * The planner for these options: the edited rules (checked and built the one way edited workbooks
     * are loaded, {@link LeakcheckEngine#fromDirectory}; a broken directory is refused with every
     * problem), or the given default.
     */
    Planner planner(Planner bundled) {
        if (directory == null) {
            return bundled;
        }
        return Planner.of(LeakcheckEngine.fromDirectory(directory, trustCode));
    }
}
