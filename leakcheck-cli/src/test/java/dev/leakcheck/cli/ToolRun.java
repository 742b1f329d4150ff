package dev.leakcheck.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the tool: its exit status and what it wrote, decoded as UTF-8. */
record ToolRun(int exit, String out, String err, byte[] outBytes) {

    static ToolRun of(Planner planner, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LeakcheckCommand.run(args, out, err, planner);
        return new ToolRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                out.toByteArray());
    }

    /** With the real engine (built once per JVM) and this text on standard input, as a pipe gives it. */
    static ToolRun withInput(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LeakcheckCommand.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, err,
                Planner.bundled(), false);
        return new ToolRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                out.toByteArray());
    }

    /** With the real engine, as {@code java -jar leakcheck.jar} runs it. */
    static ToolRun withEngine(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LeakcheckCommand.run(args, new PrintStream(out), new PrintStream(err));
        return new ToolRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                out.toByteArray());
    }
}
