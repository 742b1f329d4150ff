package dev.leakcheck.benchmarks;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Cause;
import dev.leakcheck.model.Channel;
import dev.leakcheck.model.Discovery;
import dev.leakcheck.model.DiscoveryRoute;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.InformationAsset;
import dev.leakcheck.model.InformationForm;
import dev.leakcheck.model.Owner;
import dev.leakcheck.model.PersonalData;
import dev.leakcheck.model.Protection;
import dev.leakcheck.model.ProtectionLevel;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** The three incidents the evaluation is measured on. */
public enum BenchIncidents {

    /**
     * Only an id and a type: every fact unknown, so every row of the section fires provisionally
     * and every question is open. The insider section has the most rows: the worst case.
     */
    ID_ONLY {
        @Override
        public Incident incident() {
            return Incident.builder("BENCH-ID-ONLY", IncidentType.INSIDER_LEAK).build();
        }
    },

    /** The email-misdelivery sample (leakcheck-cli/samples/email-misdelivery.json), built in Java. */
    TYPICAL {
        @Override
        public Incident incident() {
            return Incident.builder("SAMPLE-2026-0001", IncidentType.MISSENT_OR_MISPUBLISHED)
                    .channel(Channel.EMAIL)
                    .occurredAt(ZonedDateTime.parse("2026-12-01T09:10:00+09:00"))
                    .cause(Cause.OPERATION_ERROR)
                    .socialImpactHigh(Answer.NO)
                    .discovery(Discovery.builder()
                            .route(DiscoveryRoute.THIRD_PARTY)
                            .awareAt(ZonedDateTime.parse("2026-12-01T10:00:00+09:00"))
                            .reporterContact("誤送信先の取引先担当者 (電話 03-0000-0000)")
                            .build())
                    .asset(InformationAsset.builder()
                            .description("顧客名簿 (展示会来場者リスト、氏名・会社名・メールアドレス)")
                            .owner(Owner.OWN)
                            .personal(PersonalData.builder().included(Answer.YES).persons(1200)
                                    .sensitive(Answer.NO).financialDamageRisk(Answer.NO).maliciousIntent(Answer.NO)
                                    .build())
                            .financial(Answer.NO)
                            .publicInfrastructure(Answer.NO)
                            .businessPartner(Answer.YES)
                            .confidential(Answer.NO)
                            .forms(List.of(InformationForm.ATTACHMENT))
                            .protection(Protection.password())
                            .build())
                    .build();
        }
    },

    /**
     * Every field of a misdelivery answered, with two assets: no question left open, the report
     * required on several grounds, every deadline computed.
     */
    EVERY_FACT {
        @Override
        public Incident incident() {
            InformationAsset customers = InformationAsset.builder()
                    .description("顧客名簿")
                    .owner(Owner.OWN)
                    .personal(PersonalData.builder().included(Answer.YES).persons(1500).sensitive(Answer.YES)
                            .financialDamageRisk(Answer.YES).maliciousIntent(Answer.NO).build())
                    .financial(Answer.YES)
                    .publicInfrastructure(Answer.NO)
                    .businessPartner(Answer.YES)
                    .confidential(Answer.YES)
                    .forms(List.of(InformationForm.ATTACHMENT, InformationForm.LINK))
                    .protection(new Protection(Optional.of(ProtectionLevel.PASSWORD), Answer.NO, Answer.YES,
                            Answer.NO))
                    .build();
            InformationAsset drawings = InformationAsset.builder()
                    .description("取引先の図面")
                    .owner(Owner.OTHER_COMPANY)
                    .personal(PersonalData.builder().included(Answer.NO).persons(0).sensitive(Answer.NO)
                            .financialDamageRisk(Answer.NO).maliciousIntent(Answer.NO).build())
                    .financial(Answer.NO)
                    .publicInfrastructure(Answer.YES)
                    .businessPartner(Answer.YES)
                    .confidential(Answer.YES)
                    .forms(List.of(InformationForm.DOWNLOADABLE_FILE))
                    .protection(new Protection(Optional.of(ProtectionLevel.ENCRYPTED), Answer.YES, Answer.YES,
                            Answer.NO))
                    .build();
            return Incident.builder("BENCH-EVERY-FACT", IncidentType.MISSENT_OR_MISPUBLISHED)
                    .channel(Channel.OWN_WEBSITE)
                    .occurredAt(ZonedDateTime.parse("2026-12-28T08:00:00+09:00"))
                    .cause(Cause.SYSTEM_DEFECT)
                    .socialImpactHigh(Answer.YES)
                    .discovery(Discovery.builder()
                            .route(DiscoveryRoute.CUSTOMER_REPORT)
                            .awareAt(ZonedDateTime.parse("2026-12-28T10:00:00+09:00"))
                            .reporterContact("お客様相談窓口")
                            .build())
                    .asset(customers)
                    .asset(drawings)
                    .build();
        }
    },

    /**
     * A stolen laptop with 300 persons' data whose report questions are still open: the engine plans
     * again with each answer of the marked questions (issue B11) — sensitive and financial damage
     * risk are kept at the first answer, improper purpose (settled by the theft) after both.
     */
    OPEN_REPORT_QUESTIONS {
        @Override
        public Incident incident() {
            return Incident.builder("BENCH-OPEN", IncidentType.LOST_OR_STOLEN)
                    .socialImpactHigh(Answer.NO)
                    .discovery(Discovery.builder()
                            .route(DiscoveryRoute.SELF_REPORT)
                            .awareAt(ZonedDateTime.parse("2026-12-01T10:00:00+09:00"))
                            .build())
                    .asset(InformationAsset.builder()
                            .owner(Owner.OWN)
                            .personal(PersonalData.builder().included(Answer.YES).persons(300).build())
                            .financial(Answer.NO)
                            .protection(Protection.password())
                            .build())
                    .lost(dev.leakcheck.model.Loss.builder().stolen(Answer.YES).device(dev.leakcheck.model.Device.PC)
                            .build())
                    .build();
        }
    };

    public abstract Incident incident();
}
