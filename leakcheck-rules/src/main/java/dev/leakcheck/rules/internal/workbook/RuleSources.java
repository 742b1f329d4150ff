package dev.leakcheck.rules.internal.workbook;

import dev.leakcheck.rules.internal.deadline.AdministrativeCalendar;
import dev.leakcheck.rules.RulesDefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files the rules are made of, by name: the decision tables compiled by Drools and the data
 * workbooks read directly. The bundled ones live in this jar under dev/leakcheck/rules; a directory of
 * edited workbooks replaces them file by file.
 */
public final class RuleSources {

    /**
     * Decision tables, one per checklist section, then the report duty, the deadlines and the reports of
     * the regimes the checklist does not cover.
     */
    public static final List<String> RULE_FILES = List.of(
            "checklist-missent.drl.xlsx",
            "checklist-lost.drl.xlsx",
            "checklist-attack.drl.xlsx",
            "checklist-insider.drl.xlsx",
            "ppc-duty.drl.xlsx",
            "deadlines.drl.xlsx",
            "regime-reports.drl.xlsx");

    public static final List<String> DATA_FILES = List.of(Catalogue.FILE, AdministrativeCalendar.FILE, Regimes.FILE);

    private final Map<String, byte[]> files;
    /** The sheets of {@link #tables()}: immutable once read, so a race only reads them twice. */
    private volatile List<DecisionTable> tables;

    private RuleSources(Map<String, byte[]> files) {
        this.files = files;
    }

    public static RuleSources bundled() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : concat(RULE_FILES, DATA_FILES)) {
            files.put(name, resource(name));
        }
        return new RuleSources(files);
    }

    /**
     * The bundled files, with those of {@code directory} in their place: the one way edited workbooks
     * come in, for the engine, the reloadable engine, {@code validate} and {@code plan --rules} alike.
     * Every edited workbook passes every check before anything is compiled: only regular files within
     * the size limit are read; the zip structure is bounded ({@link WorkbookGuard}); the data
     * workbooks are read as the engine reads them; and each decision table passes {@link TableChecks}
     * (program rows locked unless {@code trustCode}).
     *
     * @throws RulesDefinitionException naming every problem of every file, with its cell
     */
    public RuleSources overriddenBy(Path directory, boolean trustCode) {
        if (!Files.isDirectory(directory)) {
            throw new RulesDefinitionException(directory + ": フォルダがありません / not a directory");
        }
        Map<String, byte[]> merged = new LinkedHashMap<>(files);
        List<String> problems = new ArrayList<>();
        Map<String, byte[]> edited = new LinkedHashMap<>();
        for (Path path : workbooksIn(directory)) {
            String name = path.getFileName().toString();
            if (!files.containsKey(name)) {
                problems.add(name + ": leakcheck のブックではありません。使えるファイル名は " + String.join(", ", files.keySet())
                        + " / not one of leakcheck's workbooks");
                continue;
            }
            try {
                byte[] bytes = readWorkbook(path);
                WorkbookGuard.check(name, bytes);
                edited.put(name, bytes);
            } catch (RulesDefinitionException e) {
                problems.addAll(e.problems());
            }
        }
        Catalogue catalogue = catalogue(edited.getOrDefault(Catalogue.FILE, files.get(Catalogue.FILE)), problems);
        Regimes regimes = regimes(edited.getOrDefault(Regimes.FILE, files.get(Regimes.FILE)), problems);
        edited.forEach((name, bytes) -> {
            try {
                if (RULE_FILES.contains(name)) {
                    problems.addAll(TableChecks.problems(DecisionTable.read(name, bytes),
                            DecisionTable.read(name, files.get(name)), trustCode, catalogue, regimes));
                } else if (name.equals(AdministrativeCalendar.FILE)) {
                    AdministrativeCalendar.read(bytes);
                } else if (name.equals(Regimes.FILE)) {
                    problems.addAll(regimes.unknownActions(catalogue.actionCodes()));
                }
                merged.put(name, bytes);
            } catch (RulesDefinitionException e) {
                problems.addAll(e.problems());
            }
        });
        if (!problems.isEmpty()) {
            throw new RulesDefinitionException(problems);
        }
        return new RuleSources(merged);
    }

    /** The catalogue; its problems, if it has any, join the others (and the bundled catalogue serves). */
    private Catalogue catalogue(byte[] catalogue, List<String> problems) {
        try {
            return Catalogue.read(catalogue);
        } catch (RulesDefinitionException e) {
            problems.addAll(e.problems());
            return Catalogue.read(files.get(Catalogue.FILE));
        }
    }

    /** The regimes; their problems, if they have any, join the others (and the bundled regimes serve). */
    private Regimes regimes(byte[] bytes, List<String> problems) {
        try {
            return Regimes.read(bytes);
        } catch (RulesDefinitionException e) {
            problems.addAll(e.problems());
            return Regimes.read(files.get(Regimes.FILE));
        }
    }

    /**
     * Reads a workbook that staff put in the directory: a regular file only (not a link, a FIFO or a
     * device), its size checked before a byte is read, and never more than the limit read.
     */
    static byte[] readWorkbook(Path path) {
        String name = path.getFileName().toString();
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                throw new RulesDefinitionException(name + ": リンク（シンボリックリンク）は読み込みません。ブックそのものを置いてください"
                        + " / a symbolic link is not read: put the workbook itself in the folder");
            }
            if (!attributes.isRegularFile()) {
                throw new RulesDefinitionException(name + ": 普通のファイルではないため読み込みません / not a regular file, not read");
            }
            if (attributes.size() > WorkbookGuard.MAX_FILE_BYTES) {
                throw WorkbookGuard.tooLarge(name, attributes.size());
            }
            try (SeekableByteChannel channel = Files.newByteChannel(path, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
                    InputStream in = Channels.newInputStream(channel)) {
                byte[] bytes = in.readNBytes((int) WorkbookGuard.MAX_FILE_BYTES + 1);
                if (bytes.length > WorkbookGuard.MAX_FILE_BYTES) {
                    throw WorkbookGuard.tooLarge(name, bytes.length);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new RulesDefinitionException(name + ": 読み込めません / cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The workbooks of a directory, in name order; Excel's lock files (~$…) are not workbooks. */
    private static List<Path> workbooksIn(Path directory) {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".xlsx"))
                    .filter(p -> !p.getFileName().toString().startsWith("~$"))
                    .sorted()
                    .limit(RULE_FILES.size() + DATA_FILES.size() + 100L)
                    .toList();
        } catch (IOException e) {
            throw new RulesDefinitionException(directory + ": フォルダを読めません / cannot list the directory");
        }
    }

    /** Sources from these files by name; every rule and data file must be there. */
    public static RuleSources of(Map<String, byte[]> files) {
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
        try (InputStream in = RuleSources.class.getResourceAsStream("/dev/leakcheck/rules/" + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled rule file missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] file(String name) {
        return files.get(name);
    }

    /** The names of all files, the rule files first. */
    public java.util.Set<String> names() {
        return files.keySet();
    }

    /** The decision tables, each as it was written; read once, when first asked for. */
    public List<DecisionTable> tables() {
        List<DecisionTable> read = tables;
        if (read == null) {
            read = RULE_FILES.stream().map(name -> DecisionTable.read(name, files.get(name))).toList();
            tables = read;
        }
        return read;
    }

    /**
     * The workbooks Drools compiles, by name: of each decision table, the program rows and the
     * checked cells of its condition and code columns ({@link DecisionTable#compilable()}). The
     * tables are checked again here, so that nothing unchecked is ever compiled, whichever way the
     * sources came.
     *
     * @throws RulesDefinitionException naming the cells of any problem
     */
    public Map<String, byte[]> ruleFiles() {
        Catalogue catalogue = Catalogue.read(files.get(Catalogue.FILE));
        Regimes regimes = Regimes.read(files.get(Regimes.FILE));
        Map<String, byte[]> rules = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (DecisionTable sheet : tables()) {
            List<String> found = TableChecks.problems(sheet, sheet, true, catalogue, regimes);
            problems.addAll(found);
            if (found.isEmpty()) {
                rules.put(sheet.file, sheet.compilable());
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesDefinitionException(problems);
        }
        return rules;
    }
}
