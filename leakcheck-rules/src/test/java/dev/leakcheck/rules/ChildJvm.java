package dev.leakcheck.rules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A main class run in a JVM of its own, on the test's class path: for what a shared test JVM cannot
 * show (a small heap, the heap before any engine exists). Both outputs are read while it runs, so a
 * chatty child never blocks on a full pipe.
 */
public final class ChildJvm {

    /** How a child ended and what it printed. */
    public record Run(int exit, byte[] out, byte[] err) {

        public String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }

        public String errText() {
            return new String(err, StandardCharsets.UTF_8);
        }
    }

    /**
     * The flags of the build's test JVMs ({@code leakcheck.test.argLine} in the parent pom): the quick compiler
     * only and the serial collector. Compiled code lives outside the heap, and on 2 cores the second compiler's
     * and G1's threads would take most of a short child's time.
     */
    public static final List<String> TEST_JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private ChildJvm() {
    }

    /**
     * Runs {@code mainClass} with these JVM options and arguments and waits for it.
     *
     * @throws TimeoutException if it has not ended within two minutes (it is then killed)
     */
    public static Run run(List<String> jvmOptions, Class<?> mainClass, String... arguments)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(arguments));
        Process child = new ProcessBuilder(command).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(child.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(child.getErrorStream()));
        if (!child.waitFor(2, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new TimeoutException(mainClass.getName() + " did not end within two minutes");
        }
        return new Run(child.exitValue(), out.get(), err.get());
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            in.transferTo(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
