package dev.leakcheck.rules.internal.facts;

import dev.leakcheck.model.AttackScope;
import dev.leakcheck.model.Cause;
import dev.leakcheck.model.Channel;
import dev.leakcheck.model.Device;
import dev.leakcheck.model.DiscoveryRoute;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.FinancialKind;
import dev.leakcheck.model.InformationForm;
import dev.leakcheck.model.InsiderStorage;
import dev.leakcheck.model.LossPlace;
import dev.leakcheck.model.ProtectionLevel;
import dev.leakcheck.model.TakenMedium;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values a table cell may name for each topic the engine derives (see {@link IncidentFacts}): the
 * codes of the fact model's enums, or yes and no. Used to check edited tables before they compile.
 */
public final class Topics {

    public static final Set<String> YES_NO = Set.of("YES", "NO");

    private static final Map<String, Set<String>> CODED = Map.ofEntries(
            Map.entry("type", codes(IncidentType.class)),
            Map.entry("route", codes(DiscoveryRoute.class)),
            Map.entry("channel", codes(Channel.class)),
            Map.entry("cause", codes(Cause.class)),
            Map.entry("place", codes(LossPlace.class)),
            Map.entry("device", codes(Device.class)),
            Map.entry("attackScope", codes(AttackScope.class)),
            Map.entry("storage", codes(InsiderStorage.class)),
            Map.entry("takenMedia", codes(TakenMedium.class)),
            Map.entry("forms", codes(InformationForm.class)),
            Map.entry("financialKinds", codes(FinancialKind.class)),
            Map.entry("protection", codes(ProtectionLevel.class)));

    /** The yes/no topics, those of the first pass and those the report duty adds in the second. */
    private static final Set<String> YES_NO_TOPICS = Set.of("socialImpactHigh", "otherCompany", "personal",
            "financial", "publicInfrastructure", "businessPartner", "confidential", "stolen", "ransomware",
            "perpetratorMayBeInside", "ppc.personal", "ppc.sensitive", "ppc.financialDamageRisk", "ppc.financial",
            "ppc.maliciousIntent", "ppc.overThreshold", "ppc.required", "ppc.SENSITIVE_DATA",
            "ppc.FINANCIAL_DAMAGE_RISK", "ppc.MALICIOUS_INTENT", "ppc.OVER_1000_PERSONS");

    private Topics() {
    }

    /**
     * The facts the engine adds for any regime of regimes.xlsx, by its prefix: {@code <prefix>.required},
     * {@code <prefix>.overThreshold} and {@code <prefix>.<TRIGGER>} (yes or no).
     */
    private static final java.util.regex.Pattern REGIME_TOPIC = java.util.regex.Pattern.compile(
            "[a-z][A-Za-z0-9]{0,30}\\.(required|overThreshold|[A-Z][A-Z0-9_]{0,60})");

    /** The values allowed for a topic, or empty when there is no such topic. */
    public static Optional<Set<String>> allowed(String topic) {
        if (YES_NO_TOPICS.contains(topic) || REGIME_TOPIC.matcher(topic).matches()) {
            return Optional.of(YES_NO);
        }
        return Optional.ofNullable(CODED.get(topic));
    }

    static Set<String> all() {
        return java.util.stream.Stream.concat(CODED.keySet().stream(), YES_NO_TOPICS.stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> codes(Class<? extends Enum<?>> type) {
        // In declaration order: the workbooks' dropdown lists show them so.
        return Collections.unmodifiableSet(Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.<String, Set<String>>toCollection(LinkedHashSet::new)));
    }
}
