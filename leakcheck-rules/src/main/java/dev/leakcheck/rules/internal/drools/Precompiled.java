package dev.leakcheck.rules.internal.drools;

import dev.leakcheck.rules.internal.workbook.DataSheet;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import dev.leakcheck.rules.internal.workbook.DecisionTable;
import dev.leakcheck.rules.internal.workbook.RuleRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled tables, compiled when the jar was built ({@link Precompiler}): the rules as Drools'
 * executable model (Java classes, so no DRL parsing and no Java compiler at start-up) and the data
 * workbooks as plain cells (so no POI). An engine starts from them in a fraction of the time the
 * tables take to compile.
 *
 * <p>They are used only for tables whose bytes are exactly those they were made from (SHA-256 of
 * every file, in {@value #INDEX}); any other tables, or a jar built without them, are compiled at
 * run time as before. {@code -Dleakcheck.precompiled=false} forces that too.
 *
 * <p>The model's classes are made into KieBases here ({@code KieBaseBuilder}), not through a
 * {@code kmodule.xml} and a {@code KieContainer}: measured, that way starts about 1 s of CPU slower
 * and needs drools-xml-support at run time (docs/PERFORMANCE.md, "Drools' own packaging").
 */
public final class Precompiled {

    private static final Logger LOG = LoggerFactory.getLogger(Precompiled.class);

    /** Where the build puts the index, next to the tables. */
    static final String INDEX = "precompiled/index.properties";
    static final String DIRECTORY = "precompiled/";
    /** The suffix of a data workbook's cells: {@code catalogue.xlsx.sheets}. */
    static final String SHEETS = ".sheets";
    static final String FORMAT = "3";
    static final String DISABLE_PROPERTY = "leakcheck.precompiled";
    /** The index's key that records the self-check passed when the jar was built. */
    static final String SELF_CHECKED = "selfChecked";

    private final Map<String, String> index;

    private Precompiled(Map<String, String> index) {
        this.index = index;
    }

    /** The precompiled form an index describes, without the checks of {@link #of}: for the build. */
    static Precompiled ofIndex(Map<String, String> index) {
        return new Precompiled(index);
    }

    /**
     * Whether the build ran the {@link SelfCheck} on exactly these tables and it passed. The check is
     * deterministic (fixed incidents, the tables' data only), so it need not run again at start-up.
     */
    public boolean selfChecked() {
        return "true".equals(index.get(SELF_CHECKED));
    }

    /**
     * The precompiled form, if the jar holds one whose rules are those of these tables: the same
     * program rows and the same condition and code cells ({@link DecisionTable#compiledDigest()}),
     * whatever the texts, day counts and flags of the rows say. Only its rule bases may be used:
     * the rows' data, the catalogue and the calendar must be read from the sources.
     */
    public static Optional<Precompiled> sameRules(RuleSources sources) {
        Optional<Precompiled> jar = inJar();
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        for (DecisionTable table : sources.tables()) {
            if (!table.compiledDigest().equals(jar.get().index.get(COMPILED + table.file))) {
                return Optional.empty();
            }
        }
        return jar;
    }

    /** The index's key prefix of a table's {@link DecisionTable#compiledDigest()}. */
    static final String COMPILED = "compiled.";

    private static Optional<Precompiled> inJar() {
        if ("false".equalsIgnoreCase(System.getProperty(DISABLE_PROPERTY))) {
            return Optional.empty();
        }
        byte[] indexBytes = resource(INDEX);
        if (indexBytes == null) {
            return Optional.empty();
        }
        Map<String, String> index = parse(new String(indexBytes, StandardCharsets.UTF_8));
        if (!FORMAT.equals(index.get("format")) || !org.drools.base.util.Drools.getFullVersion().equals(index.get("drools"))) {
            return Optional.empty();
        }
        return Optional.of(new Precompiled(index));
    }

    /** The precompiled form of these tables, if the jar holds one made from exactly these bytes. */
    public static Optional<Precompiled> of(RuleSources sources) {
        Optional<Precompiled> jar = inJar();
        if (jar.isEmpty()) {
            LOG.debug("no precompiled rules for this jar, Drools version or setting");
            return Optional.empty();
        }
        if (!digests(sources).equals(digestsOf(jar.get().index))) {
            LOG.debug("the tables differ from those the rules were precompiled from");
            return Optional.empty();
        }
        return jar;
    }

    /**
     * The rule bases of an engine of these tables: a KieBase per incident type, with only the rules
     * that can fire for the type, as the rows' type cells say ({@link RuleRows#canFire}).
     */
    public RuleBases ruleBases(RuleRows rows) {
        List<Model> models = models();
        return RuleBases.perType(type -> kieBase(models, rule -> rows.canFire(rule.getName(), type)));
    }

    private static KieBase kieBase(List<Model> models, Predicate<Rule> keep) {
        List<Model> kept = new ArrayList<>(models.size());
        for (Model model : models) {
            kept.add(new SomeRules(model, keep));
        }
        KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration();
        configuration.setOption(KieBaseMutabilityOption.DISABLED);
        return KieBaseBuilder.createKieBaseFromModel(kept, configuration);
    }

    private List<Model> models() {
        List<Model> models = new ArrayList<>();
        for (String name : index.getOrDefault("models", "").split(",")) {
            try {
                models.add((Model) Class.forName(name.strip(), true, Precompiled.class.getClassLoader())
                        .getConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("precompiled rule model missing from the jar: " + name, e);
            }
        }
        return models;
    }

    /** A model with only some of its rules. */
    private record SomeRules(Model model, Predicate<Rule> keep) implements Model {

        @Override
        public String getName() {
            return model.getName();
        }

        @Override
        public String getPackageName() {
            return model.getPackageName();
        }

        @Override
        public List<Global> getGlobals() {
            return model.getGlobals();
        }

        @Override
        public List<Rule> getRules() {
            return model.getRules().stream().filter(keep).toList();
        }

        @Override
        public List<Query> getQueries() {
            return model.getQueries();
        }

        @Override
        public List<TypeMetaData> getTypeMetaDatas() {
            return model.getTypeMetaDatas();
        }

        @Override
        public List<EntryPoint> getEntryPoints() {
            return model.getEntryPoints();
        }
    }

    /** The cells of a workbook, as {@link DataSheet#dump} (data) or {@link DecisionTable#dump} (tables) wrote them. */
    public byte[] sheets(String file) {
        byte[] sheets = resource(DIRECTORY + file + SHEETS);
        if (sheets == null) {
            throw new IllegalStateException("precompiled sheets missing from the jar: " + file);
        }
        return sheets;
    }

    /** SHA-256 of every file of the sources, by name, in name order. */
    static Map<String, String> digests(RuleSources sources) {
        Map<String, String> digests = new TreeMap<>();
        for (String name : sources.names()) {
            digests.put(name, sha256(sources.file(name)));
        }
        return digests;
    }

    private static Map<String, String> digestsOf(Map<String, String> index) {
        Map<String, String> digests = new TreeMap<>();
        index.forEach((key, value) -> {
            if (key.startsWith("sha256.")) {
                digests.put(key.substring("sha256.".length()), value);
            }
        });
        return digests;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code key=value} lines; # starts a comment. Written by hand, without Properties' escapes and date. */
    static Map<String, String> parse(String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (!line.isBlank() && !line.startsWith("#") && eq > 0) {
                entries.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return entries;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Precompiled.class.getResourceAsStream("/dev/leakcheck/rules/" + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
