package dev.leakcheck.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tool in a JVM of its own limited to a 64 MB heap ({@code java -Xmx64m}), as a small container
 * would run it: every sample gets exactly the plan the tool prints in-process.
 */
class SmallHeapTest {

    @ParameterizedTest
    @ValueSource(strings = {"email-misdelivery.json", "lost-laptop-on-train.json", "ransomware-attack.json",
        "insider-sold-customer-list.json"})
    void the_tool_plans_in_a_64_mb_heap(String sample) throws Exception {
        String file = Path.of("samples", sample).toString();
        Process tool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                LeakcheckCommand.class.getName(), "plan", file).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(tool.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(tool.getErrorStream()));
        assertThat(tool.waitFor(2, TimeUnit.MINUTES)).as("the tool ends").isTrue();

        ToolRun inProcess = ToolRun.withEngine("plan", file);
        assertThat(tool.exitValue()).as(new String(err.get(), StandardCharsets.UTF_8)).isZero();
        assertThat(out.get()).isEqualTo(inProcess.outBytes());
        assertThat(List.of(new String(err.get(), StandardCharsets.UTF_8).split("\n")))
                .as("stderr holds no error").noneMatch(line -> line.contains("OutOfMemoryError") || line.contains("leakcheck:"));
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            in.transferTo(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
