package dev.leakcheck.cli;

import dev.leakcheck.model.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How the tool writes a file (a report's {@code --output}, the interview's {@code --save}): whole or
 * not at all, and never through a symbolic link.
 *
 * <p>The text goes to a new file beside the target, made by {@link Files#createTempFile} (a name no one
 * can guess and so prepare as a link elsewhere, created only if it does not exist, readable by its owner
 * only), which is then renamed over the target: a stop in the middle, even {@code kill -9}, leaves the
 * old file or the new one, never half of one. A rename replaces a link rather than following it; a
 * target that is a link is refused all the same, so that no one is surprised by what replaced it.
 */
final class AtomicSave {

    private AtomicSave() {
    }

    /** Refuses a target the tool must not write: a symbolic link or a directory. */
    static void checkTarget(Path target) {
        if (Files.isSymbolicLink(target)) {
            throw new CommandProblem(Text.of(
                    target + " はシンボリックリンクです。リンク先には書き込みません。ファイルの場所を直接指定してください",
                    target + " is a symbolic link: the tool does not write through links; name the file itself"));
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new CommandProblem(Text.of(target + " はディレクトリです。書き出すファイルの名前を指定してください",
                    target + " is a directory: name the file to write"));
        }
    }

    /** Writes the text (UTF-8) as the whole new content of the target, after {@link #checkTarget}. */
    static void write(Path target, String text) throws IOException {
        checkTarget(target);
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Whether two paths name the same file: the same file on disk (through links, hard or symbolic)
     * when both exist, else the same path once made absolute and normalized.
     */
    static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to comparing the paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
