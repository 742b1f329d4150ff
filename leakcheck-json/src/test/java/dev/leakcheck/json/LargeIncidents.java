package dev.leakcheck.json;

import java.util.StringJoiner;
import java.util.function.IntFunction;

/**
 * Incidents at and past the reader's {@link IncidentLimit limits}, as JSON text: the hostile ones of
 * issue A (a description of millions of characters, a million devices, ten thousand empty assets) and
 * the largest one that is still accepted. Shared by the reader's tests and the tool's.
 */
public final class LargeIncidents {

    private LargeIncidents() {
    }

    /** {@code n} JSON values made by {@code item}, comma-separated, without the brackets. */
    public static String items(int n, IntFunction<String> item) {
        StringJoiner joined = new StringJoiner(",");
        for (int i = 0; i < n; i++) {
            joined.add(item.apply(i));
        }
        return joined.toString();
    }

    /** An attack on {@code devices} devices named d0, d1, … */
    public static String attackOnDevices(int devices) {
        return "{\"id\":\"BIG-1\",\"type\":\"EXTERNAL_ATTACK\",\"attack\":{\"devices\":["
                + items(devices, i -> "\"d" + i + "\"") + "]}}";
    }

    /** A misdelivery of {@code assets} assets described a0, a1, … */
    public static String describedAssets(int assets) {
        return "{\"id\":\"BIG-1\",\"type\":\"MISSENT_OR_MISPUBLISHED\",\"assets\":["
                + items(assets, i -> "{ \"description\": \"a" + i + "\" }") + "]}";
    }

    /** A misdelivery of {@code assets} empty assets. */
    public static String emptyAssets(int assets) {
        return "{\"id\":\"BIG-1\",\"type\":\"MISSENT_OR_MISPUBLISHED\",\"assets\":[" + items(assets, i -> "{}") + "]}";
    }

    /** A misdelivery whose one asset's description has {@code length} characters. */
    public static String description(int length) {
        return "{\"id\":\"BIG-1\",\"type\":\"MISSENT_OR_MISPUBLISHED\",\"assets\":[{\"description\":\""
                + "x".repeat(length) + "\"}]}";
    }

    /**
     * The largest incident the reader takes: 100 assets, every field answered, each described in 4,000
     * characters (which the PPC draft quotes with every answer of its asset), and 1,000 devices of 100
     * characters. A misdelivery's fields and an attack's cannot be in one incident, so the devices come
     * in {@link #largestAttack()}.
     */
    public static String largestMisdelivery() {
        String asset = """
                {"description":"%s","owner":"OWN","financial":true,"publicInfrastructure":false,
                 "businessPartner":true,"confidential":true,"forms":["ATTACHMENT","PAPER"],
                 "personal":{"included":true,"persons":12,"sensitive":true,"financialDamageRisk":true,
                  "maliciousIntent":false},
                 "protection":{"level":"NONE","keyCompromised":false,"lockedStorage":false,"openAccess":true}}""";
        return """
                {"id":"BIG-1","type":"MISSENT_OR_MISPUBLISHED","channel":"EMAIL","cause":"OPERATION_ERROR",
                 "occurredAt":"2026-12-01T09:00:00+09:00","socialImpactHigh":true,
                 "discovery":{"route":"SELF_REPORT","awareAt":"2026-12-01T10:00:00+09:00","reporterContact":"%s"},
                 "assets":[%s]}
                """.formatted("c".repeat(IncidentLimit.STRING_CHARS.max()), items(IncidentLimit.ASSETS.max(),
                i -> asset.formatted(("資産" + i + " ").repeat(1000).substring(0, IncidentLimit.STRING_CHARS.max()))));
    }

    /** An attack on the most devices the reader takes, each named in 100 characters. */
    public static String largestAttack() {
        return "{\"id\":\"BIG-2\",\"type\":\"EXTERNAL_ATTACK\",\"attack\":{\"devices\":["
                + items(IncidentLimit.ARRAY_ITEMS.max(), i -> "\"" + ("端末" + i + "-").repeat(30).substring(0, 100) + "\"")
                + "],\"scope\":\"PARTIAL\",\"ransomware\":true}}";
    }
}
