package dev.leakcheck.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Attack;
import dev.leakcheck.model.AttackScope;
import dev.leakcheck.model.Cause;
import dev.leakcheck.model.Channel;
import dev.leakcheck.model.Device;
import dev.leakcheck.model.Discovery;
import dev.leakcheck.model.DiscoveryRoute;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.InformationAsset;
import dev.leakcheck.model.InformationForm;
import dev.leakcheck.model.InsiderCase;
import dev.leakcheck.model.InsiderStorage;
import dev.leakcheck.model.Loss;
import dev.leakcheck.model.LossPlace;
import dev.leakcheck.model.Owner;
import dev.leakcheck.model.PersonalData;
import dev.leakcheck.model.Protection;
import dev.leakcheck.model.TakenMedium;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer will save interview sessions: what it writes must read back as the same incident. */
class IncidentJsonRoundTripTest {

    private static final ZonedDateTime AWARE = ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.ofHours(9));

    @Test
    void a_misdelivery_with_every_fact_known_reads_back_equal() {
        Incident incident = Incident.builder("INC-1", IncidentType.MISSENT_OR_MISPUBLISHED)
                .channel(Channel.OWN_WEBSITE)
                .occurredAt(ZonedDateTime.of(2026, 11, 30, 18, 5, 7, 120_000_000, ZoneId.of("Asia/Tokyo")))
                .cause(Cause.RULE_VIOLATION)
                .socialImpactHigh(Answer.YES)
                .discovery(Discovery.builder().route(DiscoveryRoute.MEDIA_INQUIRY).awareAt(AWARE)
                        .reporterContact("記者 (電話は台帳参照)").reportableAwareAt(AWARE.plusDays(6)).build())
                .asset(InformationAsset.builder()
                        .description("会員一覧 \"2026年度\"")
                        .owner(Owner.OTHER_COMPANY)
                        .personal(PersonalData.builder().included(Answer.YES).persons(0).sensitive(Answer.NO)
                                .financialDamageRisk(Answer.YES).maliciousIntent(Answer.NO).build())
                        .financial(Answer.YES).publicInfrastructure(Answer.NO)
                        .businessPartner(Answer.NO).confidential(Answer.YES)
                        .forms(List.of(InformationForm.LINK, InformationForm.DOWNLOADABLE_FILE))
                        .protection(Protection.encrypted(Answer.NO).withStorage(Answer.YES, Answer.NO))
                        .recoveredUnseen(Answer.NO).restorableCopy(Answer.YES)
                        .build())
                .asset(InformationAsset.builder().forms(List.of()).build())
                .build();

        assertRoundTrip(incident);
    }

    @Test
    void a_loss_reads_back_equal() {
        assertRoundTrip(Incident.builder("INC-2", IncidentType.LOST_OR_STOLEN)
                .lost(Loss.builder().stolen(Answer.YES).device(Device.USB_MEMORY).serialNumber("SN-1")
                        .description("白").container("封筒").place(LossPlace.STORE).circumstances("不明").build())
                .build());
    }

    @Test
    void an_attack_and_an_insider_case_read_back_equal() {
        assertRoundTrip(Incident.builder("INC-3", IncidentType.EXTERNAL_ATTACK)
                .attack(Attack.of(List.of("web server"), AttackScope.PARTIAL, Answer.NO)).build());
        assertRoundTrip(Incident.builder("INC-4", IncidentType.INSIDER_LEAK)
                .insider(InsiderCase.of(Answer.UNKNOWN, List.of(InsiderStorage.PHYSICAL),
                        List.of(TakenMedium.PAPER, TakenMedium.OTHER))).build());
    }

    @Test
    void blocks_that_are_there_but_empty_stay_there() {
        assertRoundTrip(Incident.builder("INC-5", IncidentType.LOST_OR_STOLEN).lost(Loss.unknown()).build());
        assertRoundTrip(Incident.builder("INC-6", IncidentType.EXTERNAL_ATTACK).attack(Attack.unknown()).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"email-misdelivery.json", "lost-laptop-on-train.json", "ransomware-attack.json",
        "insider-sold-customer-list.json"})
    void every_sample_reads_back_equal(String sample) {
        assertRoundTrip(IncidentJson.read(Path.of("../leakcheck-cli/samples", sample)));
    }

    @Test
    void unknown_facts_are_left_out_and_the_layout_is_fixed() {
        Incident incident = Incident.builder("INC-7", IncidentType.MISSENT_OR_MISPUBLISHED)
                .discovery(Discovery.builder().awareAt(AWARE).build())
                .asset(InformationAsset.builder().description("顧客名簿").financial(Answer.NO).build())
                .build();

        assertThat(IncidentJson.write(incident)).isEqualTo("""
                {
                  "id": "INC-7",
                  "type": "MISSENT_OR_MISPUBLISHED",
                  "discovery": {
                    "awareAt": "2026-12-01T10:00:00+09:00"
                  },
                  "assets": [
                    {
                      "description": "顧客名簿",
                      "financial": false
                    }
                  ]
                }
                """);
    }

    private static void assertRoundTrip(Incident incident) {
        String json = IncidentJson.write(incident);

        assertThat(IncidentJson.parse(json)).isEqualTo(incident);
        assertThat(IncidentJson.write(IncidentJson.parse(json))).isEqualTo(json);
    }
}
