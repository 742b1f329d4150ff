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

    /**
     * {@code --organisation FILE} sets the organisation once: a bank whose APPI reports are delegated to
     * the FSA. The email sample says nothing of its organisation, so all of it comes from the file; the
     * interview's copy of the same incident says it is in no regulated sector, and that answer wins over
     * the file's FINANCE, while the recipient still comes from the file.
     */
    @org.junit.jupiter.api.Test
    void the_organisation_file_sets_the_profile_and_the_incident_s_own_answers_win() throws Exception {
        JsonNode plain = new ObjectMapper().readTree(ToolRun.withEngine("plan", "samples/email-misdelivery.json").out());
        JsonNode bank = new ObjectMapper().readTree(
                ToolRun.withEngine("plan", "samples/email-misdelivery.json", "--organisation", "profiles/bank.json").out());
        JsonNode noSector = new ObjectMapper().readTree(ToolRun.withEngine("plan",
                "src/test/resources/interview/email-misdelivery.json", "--organisation", "profiles/bank.json").out());

        assertThat(authority(plain, "APPI_BUSINESS")).isEqualTo("個人情報保護委員会");
        assertThat(regimes(plain)).as("kind unknown: the public-body report may apply").contains("APPI_PUBLIC_SECTOR");
        assertThat(authority(bank, "APPI_BUSINESS")).as("the file's delegated recipient").isEqualTo("金融庁");
        assertThat(regimes(bank)).as("the file's kind and sector").contains("FINANCE_SECTOR")
                .doesNotContain("APPI_PUBLIC_SECTOR");
        assertThat(report(bank, "FINANCE_SECTOR").get("provisional").asBoolean()).isFalse();
        assertThat(regimes(noSector)).as("the incident's own sectors ([]) win over the file's FINANCE")
                .doesNotContain("FINANCE_SECTOR");
        assertThat(authority(noSector, "APPI_BUSINESS")).isEqualTo("金融庁");
    }

    @org.junit.jupiter.api.Test
    void a_wrong_organisation_file_is_refused_naming_the_field() {
        ToolRun run = ToolRun.withEngine("plan", "samples/email-misdelivery.json", "--organisation",
                "src/test/resources/organisation-wrong-kind.json");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("organisation.kind").contains("COMPANY").doesNotContain("Exception");
    }

    private static String authority(JsonNode plan, String regime) {
        return report(plan, regime).get("authority").asText();
    }

    private static JsonNode report(JsonNode plan, String regime) {
        for (JsonNode report : plan.get("reports")) {
            if (report.get("regime").asText().equals(regime)) {
                return report;
            }
        }
        throw new AssertionError("no report " + regime);
    }

    private static java.util.List<String> regimes(JsonNode plan) {
        java.util.List<String> regimes = new java.util.ArrayList<>();
        plan.get("reports").forEach(r -> regimes.add(r.get("regime").asText()));
        return regimes;
    }
}
