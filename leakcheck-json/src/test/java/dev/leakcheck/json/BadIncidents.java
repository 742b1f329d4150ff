package dev.leakcheck.json;

import java.util.List;
import java.util.Optional;

/**
 * Incidents that are wrong in exactly one way, with the error each must give. Shared by the
 * reader's tests and the command line's, which must report the same thing.
 */
public final class BadIncidents {

    /**
     * @param field    the field path the error must name; empty for the input as a whole
     * @param marker   text of the input where the error points (its first occurrence); null when
     *                 the error has no location
     * @param mentions what the message must say in both languages (allowed values, the right name)
     */
    public record Case(String name, String json, Optional<String> field, String marker, List<String> mentions) {

        /** The 1-based line and column where {@link #marker} starts. */
        public int[] position() {
            int offset = json.indexOf(marker);
            if (offset < 0) {
                throw new IllegalStateException(name + ": marker not found: " + marker);
            }
            String before = json.substring(0, offset);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = offset - before.lastIndexOf('\n');
            return new int[] {line, column};
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case field(String name, String field, String marker, String json, String... mentions) {
        return new Case(name, json, Optional.of(field), marker, List.of(mentions));
    }

    private static Case whole(String name, String marker, String json, String... mentions) {
        return new Case(name, json, Optional.empty(), marker, List.of(mentions));
    }

    private BadIncidents() {
    }

    public static List<Case> all() {
        return List.of(
                field("unknown field (typo)", "assets[0].personal.sensitve", "\"sensitve\"", """
                        {
                          "id": "X-1",
                          "type": "MISSENT_OR_MISPUBLISHED",
                          "assets": [
                            { "personal": { "included": true, "sensitve": true } }
                          ]
                        }
                        """, "sensitive", "included, persons, sensitive, financialDamageRisk, maliciousIntent"),
                field("unknown top-level field", "severity", "\"severity\"", """
                        {
                          "id": "X-1",
                          "type": "EXTERNAL_ATTACK",
                          "severity": "HIGH"
                        }
                        """, "id, type, channel, occurredAt"),
                field("wrong enum value", "channel", "\"MAIL\"", """
                        {
                          "id": "X-1",
                          "type": "MISSENT_OR_MISPUBLISHED",
                          "channel": "MAIL"
                        }
                        """, "EMAIL, OWN_WEBSITE, THIRD_PARTY_WEBSITE", "\"MAIL\""),
                field("enum value in lower case", "discovery.route", "\"police\"", """
                        {
                          "id": "X-1",
                          "type": "LOST_OR_STOLEN",
                          "discovery": { "route": "police" }
                        }
                        """, "POLICE", "SELF_REPORT, THIRD_PARTY"),
                field("wrong enum value in a list", "assets[0].forms[1]", "\"FAX\"", """
                        {
                          "id": "X-1",
                          "type": "MISSENT_OR_MISPUBLISHED",
                          "assets": [ { "forms": ["ATTACHMENT", "FAX"] } ]
                        }
                        """, "ATTACHMENT, LINK, DOWNLOADABLE_FILE, DEVICE, PAPER"),
                field("string where a boolean is expected", "socialImpactHigh", "\"yes\"", """
                        {
                          "id": "X-1",
                          "type": "INSIDER_LEAK",
                          "socialImpactHigh": "yes"
                        }
                        """, "true", "false"),
                field("string where an object is expected", "discovery", "\"yesterday\"", """
                        {
                          "id": "X-1",
                          "type": "INSIDER_LEAK",
                          "discovery": "yesterday"
                        }
                        """, "{…}"),
                field("string where a number is expected", "assets[0].personal.persons", "\"1200\"", """
                        {
                          "id": "X-1",
                          "type": "INSIDER_LEAK",
                          "assets": [ { "personal": { "persons": "1200" } } ]
                        }
                        """),
                field("negative persons", "assets[0].personal.persons", "-5", """
                        {
                          "id": "X-1",
                          "type": "MISSENT_OR_MISPUBLISHED",
                          "assets": [
                            {
                              "personal": {
                                "persons": -5
                              }
                            }
                          ]
                        }
                        """, "0", "-5"),
                field("persons not a whole number", "assets[1].personal.persons", "12.5", """
                        {
                          "id": "X-1",
                          "type": "MISSENT_OR_MISPUBLISHED",
                          "assets": [
                            { "personal": { "persons": 3 } },
                            { "personal": { "persons": 12.5 } }
                          ]
                        }
                        """, "12.5"),
                field("number no decimal can hold", "assets[0].personal.persons", "99E999999999999", """
                        {
                          "id": "X-1",
                          "type": "MISSENT_OR_MISPUBLISHED",
                          "assets": [ { "personal": { "persons": 99E999999999999 } } ]
                        }
                        """, "99E999999999999"),
                field("unparseable date-time", "discovery.awareAt", "\"2026/12/01 10:00\"", """
                        {
                          "id": "X-1",
                          "type": "EXTERNAL_ATTACK",
                          "discovery": { "awareAt": "2026/12/01 10:00" }
                        }
                        """, "2026/12/01 10:00", "2026-12-01T10:00:00+09:00"),
                field("year out of range", "discovery.awareAt", "\"+10000-01-01T00:00:00+09:00\"", """
                        {
                          "id": "X-1",
                          "type": "EXTERNAL_ATTACK",
                          "discovery": { "awareAt": "+10000-01-01T00:00:00+09:00" }
                        }
                        """, "+10000-01-01T00:00:00+09:00", "9999"),
                field("block of another type", "insider", "\"insider\"", """
                        {
                          "id": "X-1",
                          "type": "LOST_OR_STOLEN",
                          "lost": { "device": "PC" },
                          "insider": { "perpetratorMayBeInside": true }
                        }
                        """, "INSIDER_LEAK", "LOST_OR_STOLEN"),
                field("channel on a loss", "channel", "\"channel\"", """
                        {
                          "id": "X-1",
                          "type": "LOST_OR_STOLEN",
                          "channel": "EMAIL"
                        }
                        """, "MISSENT_OR_MISPUBLISHED"),
                field("cause on an attack", "cause", "\"cause\"", """
                        {
                          "id": "X-1",
                          "type": "EXTERNAL_ATTACK",
                          "cause": "SYSTEM_DEFECT"
                        }
                        """, "MISSENT_OR_MISPUBLISHED"),
                field("occurred after awareness", "occurredAt", "\"2026-12-02T09:00:00+09:00\"", """
                        {
                          "id": "X-1",
                          "type": "EXTERNAL_ATTACK",
                          "occurredAt": "2026-12-02T09:00:00+09:00",
                          "discovery": { "awareAt": "2026-12-01T10:00:00+09:00" }
                        }
                        """, "discovery.awareAt"),
                field("reportable situation known before awareness", "discovery.reportableAwareAt",
                        "\"2026-11-30T09:00:00+09:00\"", """
                        {
                          "id": "X-1",
                          "type": "MISSENT_OR_MISPUBLISHED",
                          "discovery": { "awareAt": "2026-12-01T10:00:00+09:00", "reportableAwareAt": "2026-11-30T09:00:00+09:00" }
                        }
                        """, "discovery.awareAt"),
                field("recoveredUnseen not a boolean", "assets[0].recoveredUnseen", "\"yes\"", """
                        {
                          "id": "X-1",
                          "type": "MISSENT_OR_MISPUBLISHED",
                          "assets": [ { "recoveredUnseen": "yes" } ]
                        }
                        """),
                field("missing id", "id", null, """
                        { "type": "EXTERNAL_ATTACK" }
                        """),
                field("blank id", "id", "\"  \"", """
                        { "id": "  ", "type": "EXTERNAL_ATTACK" }
                        """),
                field("id not a string", "id", "42", """
                        { "id": 42, "type": "EXTERNAL_ATTACK" }
                        """),
                field("missing type", "type", null, """
                        { "id": "X-1" }
                        """, "MISSENT_OR_MISPUBLISHED, LOST_OR_STOLEN, EXTERNAL_ATTACK, INSIDER_LEAK"),
                field("duplicate key", "discovery.route", "\"route\": \"POLICE\"", """
                        {
                          "id": "X-1",
                          "type": "LOST_OR_STOLEN",
                          "discovery": {
                            "route": "SELF_REPORT",
                            "route": "POLICE"
                          }
                        }
                        """),
                whole("empty input", null, ""),
                whole("only white space", null, "  \n \n"),
                whole("top level not an object", "[", """
                        [ { "id": "X-1" } ]
                        """, "{…}"),
                whole("malformed JSON (missing comma)", "\"type\"", """
                        {
                          "id": "X-1"
                          "type": "EXTERNAL_ATTACK"
                        }
                        """),
                whole("unterminated object", null, """
                        { "id": "X-1",
                        """),
                whole("content after the object", "{ \"id\": \"X-2\"", """
                        { "id": "X-1", "type": "EXTERNAL_ATTACK" }
                        { "id": "X-2", "type": "EXTERNAL_ATTACK" }
                        """),
                field("string past the length limit", "assets[0].description", "\"xxxx",
                        LargeIncidents.description(IncidentLimit.STRING_CHARS.max() + 1), "4,000"),
                field("field name past the length limit", "discovery", null,
                        "{\"id\":\"X-1\",\"type\":\"LOST_OR_STOLEN\",\"discovery\":{\"" + "n".repeat(101) + "\":1}}", "100"),
                // Jackson reads a field's number together with its name: the object holding it is named.
                field("number past the length limit", "assets[0].personal", null,
                        "{\"id\":\"X-1\",\"type\":\"LOST_OR_STOLEN\",\"assets\":[{\"personal\":{\"persons\":"
                                + "1".repeat(101) + "}}]}", "100"),
                field("array past the item limit", "attack.devices", "\"d1000\"",
                        LargeIncidents.attackOnDevices(IncidentLimit.ARRAY_ITEMS.max() + 1), "1,000"),
                field("more assets than the limit", "assets", "{ \"description\": \"a100\"",
                        LargeIncidents.describedAssets(IncidentLimit.ASSETS.max() + 1), "100"),
                field("object past the field limit", "discovery.f64", "\"f64\"",
                        "{\"id\":\"X-1\",\"type\":\"LOST_OR_STOLEN\",\"discovery\":{"
                                + LargeIncidents.items(65, i -> "\"f" + i + "\":1") + "}}", "64"),
                field("nested past the depth limit", "discovery" + ".a".repeat(15), null,
                        "{\"id\":\"X-1\",\"type\":\"LOST_OR_STOLEN\",\"discovery\":"
                                + "{\"a\":".repeat(15) + "{}" + "}".repeat(15) + "}", "16"),
                field("more values than the limit", "x9[987]", null,
                        "{\"id\":\"X-1\",\"type\":\"LOST_OR_STOLEN\","
                                + LargeIncidents.items(11, i -> "\"x" + i + "\":[" + LargeIncidents.items(1000, k -> "null") + "]")
                                + "}", "10,000"),
                whole("input past the size limit", null,
                        LargeIncidents.description(IncidentLimit.INPUT_BYTES.max()), "1,048,576"));
    }
}
