package dev.leakcheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files the rules are made of, by name: the decision tables compiled by Drools and the data
 * workbooks read directly. The bundled ones live in this jar next to this class.
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
