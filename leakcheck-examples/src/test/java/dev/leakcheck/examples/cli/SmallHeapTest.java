package dev.leakcheck.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.rules.ChildJvm;
import java.nio.file.Path;
import java.util.List;
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
        ChildJvm.Run tool = ChildJvm.run(List.of("-Xmx64m"), LeakcheckCommand.class, "plan", file);

        ToolRun inProcess = ToolRun.withEngine("plan", file);
        assertThat(tool.exit()).as(tool.errText()).isZero();
        assertThat(tool.out()).isEqualTo(inProcess.outBytes());
        assertThat(List.of(tool.errText().split("\n")))
                .as("stderr holds no error").noneMatch(line -> line.contains("OutOfMemoryError") || line.contains("leakcheck:"));
    }
}
