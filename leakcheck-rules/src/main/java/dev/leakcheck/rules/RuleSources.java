package dev.leakcheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files the rules are made of, by name: the decision tables compiled by Drools and the data
 * workbooks read directly. The bundled ones live in this jar next to this class; a directory of
 * edited workbooks replaces them file by file.
 */
final class RuleSources {

    /** Decision tables, one per checklist section, then the report duty and the deadlines. */
    static final List<String> RULE_FILES = List.of(
            "checklist-missent.drl.xlsx",
            "checklist-lost.drl.xlsx",
            "checklist-attack.drl.xlsx",
            "checklist-insider.drl.xlsx",
            "ppc-duty.drl.xlsx",
            "deadlines.drl.xlsx");

    static final List<String> DATA_FILES = List.of(Catalogue.FILE, AdministrativeCalendar.FILE);

    private final Map<String, byte[]> files;

    private RuleSources(Map<String, byte[]> files) {
        this.files = files;
    }

    static RuleSources bundled() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : concat(RULE_FILES, DATA_FILES)) {
            files.put(name, resource(name));
        }
        return new RuleSources(files);
    }

    /**
     * The bundled files, with those of {@code directory} in their place. Every edited workbook is
     * checked before anything is compiled: size and zip structure, and for decision tables the
     * code rows (unless {@code trustCode}).
     *
     * @throws RulesDefinitionException naming every file that cannot be used
     */
    RuleSources overriddenBy(Path directory, boolean trustCode) {
        if (!Files.isDirectory(directory)) {
            throw new RulesDefinitionException(directory + ": フォルダがありません / not a directory");
        }
        Map<String, byte[]> merged = new LinkedHashMap<>(files);
        List<String> problems = new ArrayList<>();
        for (Path path : workbooksIn(directory)) {
            String name = path.getFileName().toString();
            if (!files.containsKey(name)) {
                problems.add(name + ": leakcheck のブックではありません。使えるファイル名は " + String.join(", ", files.keySet())
                        + " / not one of leakcheck's workbooks");
                continue;
            }
            try {
                byte[] edited = Files.readAllBytes(path);
                WorkbookGuard.check(name, edited);
                if (RULE_FILES.contains(name)) {
                    CodeRowLock.check(name, files.get(name), edited, trustCode);
                }
                merged.put(name, edited);
            } catch (RulesDefinitionException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(name + ": 読み込めません / cannot be read (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesDefinitionException(problems);
        }
        return new RuleSources(merged);
    }

    /** The workbooks of a directory, in name order; Excel's lock files (~$…) are not workbooks. */
    private static List<Path> workbooksIn(Path directory) {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".xlsx"))
                    .filter(p -> !p.getFileName().toString().startsWith("~$"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new RulesDefinitionException(directory + ": フォルダを読めません / cannot list the directory");
        }
    }

    /** Sources from these files by name; every rule and data file must be there. */
    static RuleSources of(Map<String, byte[]> files) {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        for (String name : concat(RULE_FILES, DATA_FILES)) {
            byte[] bytes = files.get(name);
            if (bytes == null) {
                throw new IllegalArgumentException("rule file missing: " + name);
            }
            copy.put(name, bytes.clone());
        }
        return new RuleSources(copy);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static byte[] resource(String name) {
        try (InputStream in = RuleSources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled rule file missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] file(String name) {
        return files.get(name);
    }

    /** The names of all files, the rule files first. */
    java.util.Set<String> names() {
        return files.keySet();
    }

    Map<String, byte[]> ruleFiles() {
        Map<String, byte[]> rules = new LinkedHashMap<>();
        RULE_FILES.forEach(name -> rules.put(name, files.get(name)));
        return rules;
    }
}
