package dev.leakcheck.rules.internal.facts;

import dev.leakcheck.model.FinancialKind;
import dev.leakcheck.model.IncidentType;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values a table cell may name for each topic the engine derives: the codes of the fact
 * model's enums, or yes and no. The plain facts take theirs from the registry's field the fact
 * sheet names ({@link FieldFacts.Row#allowed}); the facts derived in Java ({@link IncidentFacts})
 * are listed here. Used to check edited tables before they compile.
 */
public final class Topics {

    public static final Set<String> YES_NO = Set.of("YES", "NO");

    /** The coded topics derived in Java (not a reading of one field). */
    private static final Map<String, Set<String>> CODED = Map.ofEntries(
            Map.entry("type", codes(IncidentType.class)),
            Map.entry("financialKinds", codes(FinancialKind.class)));

    /** The yes/no topics derived in Java, those of the first pass and those the report duty adds in the second. */
    private static final Set<String> YES_NO_TOPICS = Set.of("otherCompany",
            "ppc.personal", "ppc.sensitive", "ppc.financialDamageRisk", "ppc.financial",
            "ppc.maliciousIntent", "ppc.overThreshold", "ppc.required", "ppc.SENSITIVE_DATA",
            "ppc.FINANCIAL_DAMAGE_RISK", "ppc.MALICIOUS_INTENT", "ppc.OVER_1000_PERSONS", "ppc.ordinanceSensitive",
            "my.personal", "my.maliciousIntent", "my.listedSystem", "my.publiclyViewable", "my.MALICIOUS_INTENT", "my.required", "my.LISTED_SYSTEM", "my.PUBLICLY_VIEWABLE",
            "my.OVER_100_PERSONS", "pub.required", "pub.SENSITIVE_DATA", "pub.FINANCIAL_DAMAGE_RISK", "pub.MALICIOUS_INTENT",
            "pub.OVER_100_PERSONS", "pub.ORDINANCE_SENSITIVE_DATA");

    private final Map<String, Set<String>> plain;

    private Topics(Map<String, Set<String>> plain) {
        this.plain = plain;
    }

    /** The topics of the engine with the plain facts of the fact sheet's rows. */
    public static Topics of(List<FieldFacts.Row> rows) {
        Map<String, Set<String>> plain = new LinkedHashMap<>();
        rows.forEach(row -> plain.put(row.topic(), row.allowed()));
        return new Topics(Collections.unmodifiableMap(plain));
    }

    /** Whether the engine derives the topic in Java, so that the fact sheet must not name a field for it. */
    public static boolean derivedInJava(String topic) {
        return YES_NO_TOPICS.contains(topic) || CODED.containsKey(topic) || REGIME_TOPIC.matcher(topic).matches();
    }

    /**
     * The facts the engine adds for any regime of regimes.xlsx, by its prefix: {@code <prefix>.required},
     * {@code <prefix>.overThreshold} and {@code <prefix>.<TRIGGER>} (yes or no); for a regime that follows
     * the residents of a place (GDPR, UK GDPR) also {@code <prefix>.personal} and {@code <prefix>.intelligible}.
     */
    private static final java.util.regex.Pattern REGIME_TOPIC = java.util.regex.Pattern.compile(
            "[a-z][A-Za-z0-9]{0,30}\\.(required|overThreshold|personal|intelligible|[A-Z][A-Z0-9_]{0,60})");

    /** The values allowed for a topic, or empty when there is no such topic. */
    public Optional<Set<String>> allowed(String topic) {
        if (YES_NO_TOPICS.contains(topic) || REGIME_TOPIC.matcher(topic).matches()) {
            return Optional.of(YES_NO);
        }
        Set<String> coded = CODED.get(topic);
        return Optional.ofNullable(coded != null ? coded : plain.get(topic));
    }

    /** Every topic. */
    public Set<String> all() {
        return java.util.stream.Stream.of(CODED.keySet(), YES_NO_TOPICS, plain.keySet()).flatMap(Set::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The codes of an enum, in declaration order: the workbooks' dropdown lists show them so. */
    static Set<String> codes(Class<? extends Enum<?>> type) {
        return Collections.unmodifiableSet(Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.<String, Set<String>>toCollection(LinkedHashSet::new)));
    }
}
