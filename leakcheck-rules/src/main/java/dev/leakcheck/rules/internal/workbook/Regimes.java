package dev.leakcheck.rules.internal.workbook;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Organisation;
import dev.leakcheck.model.OrganisationKind;
import dev.leakcheck.model.PpcTrigger;
import dev.leakcheck.model.Sector;
import dev.leakcheck.model.Text;
import dev.leakcheck.rules.RulesDefinitionException;
import dev.leakcheck.rules.internal.facts.AnswerWithFields;
import dev.leakcheck.rules.internal.facts.Fact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The data of {@code regimes.xlsx}: the regimes an organisation may answer to (APPI_BUSINESS first),
 * each with its authority, its triggers, its threshold of persons, the organisations it applies to and
 * the actions that serve its report. The report-duty table names a regime in each row; the engine
 * combines the rows per regime and hands each decision back to the tables as the facts
 * {@code <prefix>.required} and {@code <prefix>.<TRIGGER>} (APPI_BUSINESS's prefix is {@code ppc}).
 * Adding a regime is a matter of rows here and in the report-duty and deadline tables.
 */
public final class Regimes {

    public static final String FILE = "regimes.xlsx";
    /** The regime of {@code Plan.ppcReport}: the first row, always. */
    public static final String APPI_BUSINESS = "APPI_BUSINESS";
    /** APPI Art. 68: a public body's report, the plan's ppcReport when the organisation is one. */
    public static final String APPI_PUBLIC_SECTOR = "APPI_PUBLIC_SECTOR";

    static final String SHEET = "制度";
    static final String TRIGGER_SHEET = "報告事由";

    /**
     * The data a regime is about: what its threshold of persons counts, and for the regimes that follow
     * the people where they live (GDPR, UK GDPR) whose data it is. For each regime with a residence the
     * engine derives {@code <prefix>.personal} (personal data of those residents was affected by the
     * incident: a breach in the sense of GDPR Art. 4(12), recovered or not) and {@code
     * <prefix>.intelligible} (some of it was not made unintelligible by encryption whose key stayed safe:
     * GDPR Art. 34(3)(a)).
     */
    public enum Counted {
        /**
         * The persons of the assets that count for the APPI report: personal data, not strongly encrypted,
         * leaked or lost or damaged, or may have been (the assets of {@code ppc.personal}).
         */
        REPORTABLE_PERSONAL,
        /**
         * Of those, the assets that hold specific personal information (My Number, {@code
         * assets[].personal.myNumber}): the persons the My Number rule Art. 2 No. 4 counts.
         */
        MY_NUMBER,
        /** The personal data of people residing in the EU/EEA ({@code assets[].personal.euResidents}). */
        EU_RESIDENTS,
        /** The personal data of people residing in the UK ({@code assets[].personal.ukResidents}). */
        UK_RESIDENTS;

        /**
         * Whether the APPI's exemptions (strong encryption, recovered unseen, a restorable copy: PPC
         * guidelines, general rules, 3-5-1) decide what this counts; the residence-based regimes have
         * their own (GDPR Art. 33(1), 34(3)), decided in their tables.
         */
        public boolean appiExemptions() {
            return this == REPORTABLE_PERSONAL || this == MY_NUMBER;
        }
    }

    /** A case in which a regime's report is required. */
    public record Trigger(String code, Text label) {
    }

    /**
     * One regime.
     *
     * @param kinds       the organisation kinds it applies to; all when empty
     * @param sectors     the sectors it applies to (any of them); no sector needed when empty
     * @param unknownKind it applies while the organisation's kind is unknown (the default profile is a business)
     * @param actions     the action codes that serve its report
     */
    public record Regime(String code, int order, Text name, Text authority, String prefix, OptionalInt threshold,
            Optional<Counted> counted, Set<OrganisationKind> kinds, Set<Sector> sectors, boolean unknownKind,
            List<String> actions, List<Trigger> triggers, Text source) {

        /** The fact that says whether its report is required. */
        public String requiredTopic() {
            return prefix + ".required";
        }

        /** The fact that says whether the persons are more than its threshold. */
        public String overThresholdTopic() {
            return prefix + ".overThreshold";
        }

        /** The fact that says whether one of its triggers holds. */
        public String triggerTopic(String trigger) {
            return prefix + "." + trigger;
        }

        public List<String> triggerCodes() {
            return triggers.stream().map(Trigger::code).toList();
        }

        /**
         * Whether it applies to this organisation: no when a known part excludes it, unknown while a part
         * it depends on is (the kind, unless the row says it applies while the kind is unknown).
         */
        public AnswerWithFields appliesTo(Organisation organisation) {
            AnswerWithFields kind = AnswerWithFields.YES;
            if (!kinds.isEmpty()) {
                kind = organisation.kind().map(k -> kinds.contains(k) ? AnswerWithFields.YES : AnswerWithFields.NO)
                        .orElse(unknownKind ? AnswerWithFields.YES : AnswerWithFields.unknown(List.of("organisation.kind")));
            }
            AnswerWithFields sector = AnswerWithFields.YES;
            if (!sectors.isEmpty()) {
                sector = organisation.sectors()
                        .map(s -> s.stream().anyMatch(sectors::contains) ? AnswerWithFields.YES : AnswerWithFields.NO)
                        .orElse(AnswerWithFields.unknown(List.of("organisation.sectors")));
            }
            return kind.and(sector);
        }
    }

    private static volatile Regimes bundled;

    private final List<Regime> regimes;
    private final Map<String, Regime> byCode;

    private Regimes(List<Regime> regimes) {
        this.regimes = List.copyOf(regimes);
        Map<String, Regime> map = new LinkedHashMap<>();
        regimes.forEach(r -> map.put(r.code(), r));
        this.byCode = map;
    }

    /** The regimes in the order of the sheet's 順序 column, APPI_BUSINESS first. */
    public List<Regime> all() {
        return regimes;
    }

    public Optional<Regime> regime(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Regime appi() {
        return byCode.get(APPI_BUSINESS);
    }

    /** Every regime's code. */
    public Set<String> codes() {
        return byCode.keySet();
    }

    /** Every trigger code of every regime. */
    public Set<String> triggerCodes() {
        Set<String> codes = new java.util.LinkedHashSet<>();
        regimes.forEach(r -> codes.addAll(r.triggerCodes()));
        return codes;
    }

    /** The regimes of the bundled workbook (for the dropdown lists of the bundled tables). */
    public static Regimes bundled() {
        Regimes read = bundled;
        if (read == null) {
            read = read(RuleSources.bundled().file(FILE));
            bundled = read;
        }
        return read;
    }

    /**
     * Reads the workbook, every cell checked.
     *
     * @throws RulesDefinitionException naming the cell of every problem
     */
    public static Regimes read(byte[] bytes) {
        List<DataSheet> sheets = DataSheet.read(FILE, bytes, SHEET, TRIGGER_SHEET);
        List<String> problems = new ArrayList<>();
        expect(problems, sheets.get(0), "コード", "順序", "名前（日本語）", "名前（英語）", "報告先（日本語）", "報告先（英語）", "事実の接頭辞",
                "本人の数の基準", "数える情報", "組織の種類", "種類が不明なら適用", "業種", "報告のアクション", "出典（日本語）", "出典（英語）");
        expect(problems, sheets.get(1), "制度", "コード", "表示名（日本語）", "表示名（英語）");
        if (!problems.isEmpty()) {
            throw new RulesDefinitionException(problems);
        }
        Map<String, List<Trigger>> triggers = new LinkedHashMap<>();
        List<DataSheet.DataRow> triggerRows = sheets.get(1).rows();
        List<Regime> regimes = new ArrayList<>();
        Set<Integer> orders = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (DataSheet.DataRow row : sheets.get(0).rows()) {
            try {
                String code = code(row, "コード");
                if (triggers.containsKey(code)) {
                    throw row.error("コード", "制度「" + code + "」が二度あります", "regime '" + code + "' appears twice");
                }
                triggers.put(code, new ArrayList<>());
                int order = row.integer("順序");
                if (!orders.add(order)) {
                    throw row.error("順序", "順序 " + order + " が二度あります", "order " + order + " appears twice");
                }
                String prefix = row.required("事実の接頭辞");
                if (!prefix.matches("[a-z][A-Za-z0-9]{0,30}") || !prefixes.add(prefix)) {
                    throw row.error("事実の接頭辞", "接頭辞は半角英字で始まる英数字で、制度ごとに違うものにしてください: '" + prefix + "'",
                            "a prefix is ASCII letters and digits, starting with a lower-case letter, one per regime: '" + prefix + "'");
                }
                OptionalInt threshold = row.text("本人の数の基準").isEmpty() ? OptionalInt.empty()
                        : OptionalInt.of(row.integer("本人の数の基準"));
                Optional<Counted> counted = row.text("数える情報").isEmpty() ? Optional.empty()
                        : Optional.of(Catalogue.enumValue(row, "数える情報", Counted.class));
                if (threshold.isPresent() && counted.isEmpty()) {
                    throw row.error("数える情報", "本人の数の基準を書いたら、数える情報も書いてください",
                            "a threshold of persons needs what it counts");
                }
                Set<OrganisationKind> kinds = codes(row, "組織の種類", OrganisationKind.class, true);
                Set<Sector> sectors = codes(row, "業種", Sector.class, false);
                boolean unknownKind = yes(row, "種類が不明なら適用");
                List<String> actions = Fact.cellValuesInOrder(row.text("報告のアクション"));
                for (String action : actions) {
                    if (!action.matches("[A-Z][A-Z0-9_]*")) {
                        throw row.error("報告のアクション", "アクションコードは半角英大文字と _ で書いてください: '" + action + "'",
                                "an action code is upper-case ASCII letters, digits and _: '" + action + "'");
                    }
                }
                regimes.add(new Regime(code, order, Text.of(row.required("名前（日本語）"), row.required("名前（英語）")),
                        Text.of(row.required("報告先（日本語）"), row.required("報告先（英語）")), prefix, threshold, counted,
                        kinds, sectors, unknownKind, actions, List.of(),
                        TwoLanguages.text(row.text("出典（日本語）"), row.text("出典（英語）"))));
            } catch (RulesDefinitionException e) {
                problems.addAll(e.problems());
            }
        }
        for (DataSheet.DataRow row : triggerRows) {
            try {
                String regime = row.required("制度");
                List<Trigger> list = triggers.get(regime);
                if (list == null) {
                    throw row.error("制度", "制度「" + regime + "」は「" + SHEET + "」シートにありません。使えるのは "
                            + String.join(", ", triggers.keySet()), "no regime '" + regime + "' in the sheet " + SHEET);
                }
                String code = code(row, "コード");
                if (list.stream().anyMatch(t -> t.code().equals(code))) {
                    throw row.error("コード", "報告事由「" + code + "」がこの制度に二度あります", "trigger '" + code
                            + "' appears twice for this regime");
                }
                if ((regime.equals(APPI_BUSINESS) || regime.equals(APPI_PUBLIC_SECTOR)) && Arrays.stream(PpcTrigger.values()).noneMatch(t -> t.name().equals(code))) {
                    throw row.error("コード", regime + " の報告事由は計画の ppcReport に載るため、" + Arrays.toString(PpcTrigger.values())
                            + " のどれかです", "the triggers of " + regime + " are those of ppcReport: "
                            + Arrays.toString(PpcTrigger.values()));
                }
                list.add(new Trigger(code, Text.of(row.required("表示名（日本語）"), row.required("表示名（英語）"))));
            } catch (RulesDefinitionException e) {
                problems.addAll(e.problems());
            }
        }
        List<Regime> complete = regimes.stream()
                .map(r -> new Regime(r.code(), r.order(), r.name(), r.authority(), r.prefix(), r.threshold(), r.counted(),
                        r.kinds(), r.sectors(), r.unknownKind(), r.actions(), List.copyOf(triggers.get(r.code())), r.source()))
                .sorted(Comparator.comparingInt(Regime::order)).toList();
        if (problems.isEmpty() && (complete.isEmpty() || !complete.get(0).code().equals(APPI_BUSINESS)
                || !complete.get(0).prefix().equals("ppc"))) {
            problems.add(FILE + " ＞ " + SHEET + ": 最初の制度（順序が最も小さい行）は接頭辞 ppc の " + APPI_BUSINESS + " にしてください"
                    + "（計画の ppcReport はこの制度の判定です） / the first regime (the smallest order) must be " + APPI_BUSINESS
                    + " with the prefix ppc: the plan's ppcReport is its decision");
        }
        for (Regime regime : complete) {
            if (problems.isEmpty() && regime.triggers().isEmpty()) {
                problems.add(FILE + " ＞ " + TRIGGER_SHEET + ": 制度「" + regime.code() + "」の報告事由がありません"
                        + " / the regime '" + regime.code() + "' has no trigger");
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesDefinitionException(problems);
        }
        return new Regimes(complete);
    }

    /** Checks the actions that serve the reports against the catalogue's action codes. */
    public List<String> unknownActions(Set<String> actionCodes) {
        List<String> problems = new ArrayList<>();
        for (Regime regime : regimes) {
            for (String action : regime.actions()) {
                if (!actionCodes.contains(action)) {
                    problems.add(FILE + " ＞ " + SHEET + " ＞ " + regime.code() + ": 報告のアクション「" + action
                            + "」は catalogue.xlsx のアクション一覧にありません / action code not in the catalogue: " + action);
                }
            }
        }
        return problems;
    }

    private static String code(DataSheet.DataRow row, String header) {
        String code = row.required(header);
        if (!code.matches("[A-Z][A-Z0-9_]{0,60}")) {
            throw row.error(header, "コードは半角英大文字・数字と _ で書いてください: '" + code + "'",
                    "a code is upper-case ASCII letters, digits and _: '" + code + "'");
        }
        return code;
    }

    private static boolean yes(DataSheet.DataRow row, String header) {
        String cell = row.text(header);
        try {
            return Vocabulary.yes(cell);
        } catch (IllegalArgumentException e) {
            throw row.error(header, "「はい」か「いいえ」で書いてください: '" + cell + "'", "write はい or いいえ: '" + cell + "'");
        }
    }

    private static <E extends Enum<E>> Set<E> codes(DataSheet.DataRow row, String header, Class<E> type, boolean allWord) {
        String cell = row.text(header);
        if (cell.isEmpty() || (allWord && (cell.equalsIgnoreCase("ALL") || cell.equals("すべて") || cell.equals("全て")))) {
            return Set.of();
        }
        Set<E> values = EnumSet.noneOf(type);
        for (String value : Fact.cellValuesInOrder(cell)) {
            try {
                values.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
                throw row.error(header, "「" + header + "」に「" + value + "」は使えません。使えるのは " + (allWord ? "ALL, " : "")
                        + allowed, "'" + value + "' is not allowed in '" + header + "'; allowed: " + (allWord ? "ALL, " : "")
                        + allowed);
            }
        }
        return Set.copyOf(values);
    }

    private static void expect(List<String> problems, DataSheet sheet, String... headers) {
        try {
            sheet.expect(headers);
        } catch (RulesDefinitionException e) {
            problems.addAll(e.problems());
        }
    }
}
