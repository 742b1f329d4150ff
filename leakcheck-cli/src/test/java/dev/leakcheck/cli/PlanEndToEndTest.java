package dev.leakcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tool with the real rule engine on every sample. The engine is built once per JVM, so these
 * runs cost one rule compilation in all.
 */
class PlanEndToEndTest {

    @ParameterizedTest
    @ValueSource(strings = {"email-misdelivery.json", "lost-laptop-on-train.json", "ransomware-attack.json",
        "insider-sold-customer-list.json"})
    void every_sample_gets_a_plan_and_the_same_bytes_every_time(String sample) throws Exception {
        ToolRun first = ToolRun.withEngine("plan", "samples/" + sample);
        ToolRun second = ToolRun.withEngine("plan", "samples/" + sample);

        assertThat(first.err()).isEmpty();
        assertThat(first.exit()).isZero();
        assertThat(second.outBytes()).isEqualTo(first.outBytes());
        JsonNode plan = new ObjectMapper().readTree(first.out());
        assertThat(plan.get("incidentId").asText()).startsWith("SAMPLE-");
        assertThat(plan.get("actions")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"email-misdelivery.json", "ransomware-attack.json"})
    void english_plans_are_made_too(String sample) {
        ToolRun run = ToolRun.withEngine("plan", "samples/" + sample, "--lang", "en");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
    }

    /**
     * The ransomware sample leaves the risk of financial damage unanswered and says financial
     * information: no. The boxes to tick on the PPC's form (triggers) are the cases that hold; the
     * risk of financial damage is only possible and must not be among them.
     */
    @org.junit.jupiter.api.Test
    void the_ransomware_sample_ticks_only_the_cases_that_hold() throws Exception {
        JsonNode report = new ObjectMapper().readTree(ToolRun.withEngine("plan", "samples/ransomware-attack.json").out())
                .get("ppcReport");

        assertThat(report.get("triggers")).extracting(JsonNode::asText).containsExactly("SENSITIVE_DATA", "MALICIOUS_INTENT");
        assertThat(report.get("possibleTriggers")).extracting(JsonNode::asText).containsExactly("FINANCIAL_DAMAGE_RISK");
        assertThat(report.get("provisional").asBoolean()).isFalse();
        assertThat(report.get("draft").get(1).get("content").asText()).contains("金融情報: いいえ");
    }
}
