package dev.leakcheck.rules.internal.drools;

import dev.leakcheck.model.IncidentType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The session pools of an engine, by incident type: over one KieBase of all the rules, or over a
 * KieBase per type that holds only the rules that can fire for that type (the precompiled bundled
 * tables, see {@link Precompiled#ruleBases(RuleRows)}). A session then holds the nodes of one checklist
 * section rather than four, so inserting the facts and resetting the session cost less.
 *
 * <p>A pool grows to the number of threads evaluating at once and keeps that many sessions.
 */
public final class RuleBases {

    private final KieSessionsPool[] pools;
    private final List<KieBase> kieBases;
    private final String description;

    private RuleBases(KieSessionsPool[] pools, List<KieBase> kieBases, String description) {
        this.pools = pools;
        this.kieBases = List.copyOf(kieBases);
        this.description = description;
    }

    /** One KieBase serves every type. */
    public static RuleBases of(KieBase kieBase) {
        KieSessionsPool[] pools = new KieSessionsPool[IncidentType.values().length];
        Arrays.fill(pools, kieBase.newKieSessionsPool(1));
        return new RuleBases(pools, List.of(kieBase), rules(kieBase) + " rules");
    }

    /** A KieBase per type, made now by {@code build}. */
    static RuleBases perType(Function<IncidentType, KieBase> build) {
        KieSessionsPool[] pools = new KieSessionsPool[IncidentType.values().length];
        StringBuilder description = new StringBuilder("rules per type:");
        List<KieBase> kieBases = new ArrayList<>();
        for (IncidentType type : IncidentType.values()) {
            KieBase kieBase = build.apply(type);
            kieBases.add(kieBase);
            pools[type.ordinal()] = kieBase.newKieSessionsPool(1);
            description.append(' ').append(type).append(' ').append(rules(kieBase));
        }
        return new RuleBases(pools, kieBases, description.toString());
    }

    private static int rules(KieBase kieBase) {
        return kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    public KieSessionsPool pool(IncidentType type) {
        return pools[type.ordinal()];
    }

    /** The KieBases, for tests that check an engine's rules are let go. */
    public List<KieBase> kieBases() {
        return kieBases;
    }

    @Override
    public String toString() {
        return description;
    }
}
