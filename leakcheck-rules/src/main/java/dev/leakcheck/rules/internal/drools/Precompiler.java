package dev.leakcheck.rules.internal.drools;

import dev.leakcheck.rules.internal.workbook.DataSheet;
import dev.leakcheck.rules.internal.facts.Fact;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import dev.leakcheck.rules.internal.workbook.DecisionTable;
import dev.leakcheck.rules.RulesDefinitionException;
import dev.leakcheck.model.IncidentType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;

/**
 * Build-time tool, run by Maven after the classes are compiled and left out of the jar: compiles
 * the bundled tables into what {@link Precompiled} loads at run time, in the classes directory.
 *
 * <pre>java -cp &lt;classes and the compile classpath&gt; dev.leakcheck.rules.internal.drools.Precompiler target/classes</pre>
 *
 * <p>It writes the executable model's classes (under the rules' packages), the cells of the data
 * workbooks, and last the index with the SHA-256 of every table, so that an interrupted run leaves
 * no index and the engine compiles the tables at run time. When the index already matches the
 * tables, nothing is done. Needs drools-model-codegen, a build-only dependency.
 */
final class Precompiler {

    private Precompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Precompiler <classes directory>");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        Path directory = classes.resolve("dev/leakcheck/rules");
        Path indexFile = directory.resolve(Precompiled.INDEX);
        RuleSources sources = RuleSources.bundled();
        Map<String, String> digests = Precompiled.digests(sources);
        String drools = org.drools.base.util.Drools.getFullVersion();
        String engine = engineDigest(directory);
        if (Files.exists(indexFile)) {
            Map<String, String> old = Precompiled.parse(Files.readString(indexFile, StandardCharsets.UTF_8));
            if (upToDate(old, digests, drools) && engine.equals(old.get("engine"))) {
                System.out.println("precompiled rules are up to date");
                return;
            }
            // Remove what the last run wrote: the model's class names change with the tables.
            Files.delete(indexFile);
            for (String file : old.getOrDefault("files", "").split(",")) {
                if (!file.isBlank()) {
                    Files.deleteIfExists(classes.resolve(file.strip()));
                }
            }
        }
        long start = System.nanoTime();
        Map<String, byte[]> ruleFiles = sources.ruleFiles();
        InternalKieModule module = compile(ruleFiles);
        List<String> written = new ArrayList<>();
        List<String> models = new ArrayList<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith("/drools-model")) {
                for (String line : new String(module.getBytes(name), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.contains(":")) {
                        models.add(line.strip());
                    }
                }
            }
            // The rules' classes only: not the project model, which serves KieContainers.
            if (name.endsWith(".class") && !name.startsWith("org/drools/")) {
                write(classes.resolve(name), module.getBytes(name));
                written.add(name);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("the executable model lists no rule model");
        }
        for (String file : RuleSources.DATA_FILES) {
            String path = Precompiled.DIRECTORY + file + Precompiled.SHEETS;
            write(directory.resolve(path), DataSheet.dump(file, sources.file(file)));
            written.add("dev/leakcheck/rules/" + path);
        }
        for (DecisionTable table : sources.tables()) {
            String path = Precompiled.DIRECTORY + table.file + Precompiled.SHEETS;
            write(directory.resolve(path), table.dump());
            written.add("dev/leakcheck/rules/" + path);
        }
        StringBuilder index = new StringBuilder("# Written by dev.leakcheck.rules.internal.drools.Precompiler when the jar was built.\n");
        index.append("format=").append(Precompiled.FORMAT).append('\n');
        index.append("drools=").append(drools).append('\n');
        // The engine's classes the model calls and the self-check ran: a change to them means running again.
        index.append("engine=").append(engine).append('\n');
        digests.forEach((file, digest) -> index.append("sha256.").append(file).append('=').append(digest).append('\n'));
        for (DecisionTable table : sources.tables()) {
            index.append(Precompiled.COMPILED).append(table.file).append('=').append(table.compiledDigest()).append('\n');
        }
        index.append("models=").append(String.join(",", models)).append('\n');
        index.append("files=").append(String.join(",", written)).append('\n');
        // Build an engine from what was just written, the self-check included: a mistake in a table stops
        // the build here, naming its row, and the engines of this jar need not check again at start-up.
        Engine.build(sources, Optional.of(Precompiled.ofIndex(Precompiled.parse(index.toString()))));
        index.append(Precompiled.SELF_CHECKED).append("=true\n");
        write(indexFile, index.toString().getBytes(StandardCharsets.UTF_8));
        System.out.printf("precompiled %d rule files into %d classes in %d ms%n", ruleFiles.size(),
                written.size() - RuleSources.DATA_FILES.size() - RuleSources.RULE_FILES.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** SHA-256 over the engine's own class files (dev/leakcheck/rules/*.class and internal/**), in name order. */
    private static String engineDigest(Path directory) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class"))
                    .filter(f -> f.getParent().equals(directory) || f.startsWith(directory.resolve("internal")))
                    .sorted().toList()) {
                all.write(directory.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                all.write(Files.readAllBytes(file));
            }
        }
        return Precompiled.sha256(all.toByteArray());
    }

    private static boolean upToDate(Map<String, String> index, Map<String, String> digests, String drools) {
        for (Map.Entry<String, String> digest : digests.entrySet()) {
            if (!digest.getValue().equals(index.get("sha256." + digest.getKey()))) {
                return false;
            }
        }
        return Precompiled.FORMAT.equals(index.get("format")) && drools.equals(index.get("drools"))
                && "true".equals(index.get(Precompiled.SELF_CHECKED));
    }

    private static InternalKieModule compile(Map<String, byte[]> resources) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("dev.leakcheck", "leakcheck-rules-precompiled", "1.0.0");
        files.generateAndWritePomXML(releaseId);
        resources.forEach((name, bytes) -> files.write(services.getResources().newByteArrayResource(bytes)
                .setSourcePath(RuleBase.SOURCE_PATH + name)
                .setResourceType(name.endsWith(".xlsx") ? ResourceType.DTABLE : ResourceType.DRL)));
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new RulesDefinitionException(errors.stream().map(RuleBase::describe).toList());
        }
        return (InternalKieModule) builder.getKieModule();
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
