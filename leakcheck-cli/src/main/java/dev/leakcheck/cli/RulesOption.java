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

    @Option(names = "--rules", paramLabel = "DIR",
            description = {"編集したブックのフォルダ（同名の同梱ブックを置き換えます）",
                "Directory of edited workbooks; each replaces the bundled one of the same name."})
    private Path directory;

    @Option(names = "--trust-code",
            description = {"プログラムの行（RuleSet・RuleTable の見出し）の変更を許可します。開発者が確認した場合だけ使ってください",
                "Accept changed program rows of the tables; only for changes a developer reviewed."})
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
