package dev.leakcheck.examples.cli;

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
}
