package dev.leakcheck.rules;

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
import dev.leakcheck.model.ProtectionLevel;
import dev.leakcheck.model.TakenMedium;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random valid incidents of every type: each answer known or unknown at random, up to three assets,
 * awareness anywhere from 2024 to 2028 (past the end of the holiday table too) in several zones,
 * free texts in Japanese with the characters JSON must escape. Seeded, so a run can be repeated.
 * Shared with the tests of leakcheck-examples (test-jar).
 */
public final class RandomIncidents {

    private static final ZoneId[] ZONES = {ZoneId.of("Asia/Tokyo"), ZoneOffset.UTC, ZoneOffset.ofHours(-5),
        ZoneOffset.ofHoursMinutes(5, 30), ZoneId.of("Europe/Paris")};
    private static final String[] TEXTS = {"顧客名簿", "社内資料 (会議録)", "取引先の図面", "引用符 \" と \\ と\n改行",
        "emoji 🔐 and tab\t", "", " ", "A", "営業部 PC-0001"};

    private final Random random;

    private RandomIncidents(Random random) {
        this.random = random;
    }

    /** For jqwik properties. */
    public static Arbitrary<Incident> incidents() {
        return Arbitraries.randomValue(random -> new RandomIncidents(random).incident("INC-R" + random.nextInt(1000)));
    }

    /** {@code count} incidents from a seed: the same seed, the same incidents. */
    public static List<Incident> list(long seed, int count) {
        RandomIncidents generator = new RandomIncidents(new Random(seed));
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            incidents.add(generator.incident("INC-R" + i));
        }
        return incidents;
    }

    Incident incident(String id) {
        IncidentType type = pick(IncidentType.values());
        Incident.Builder incident = Incident.builder(id, type);
        ZonedDateTime aware = sometimes() ? null : when();
        ZonedDateTime reportable = aware != null && random.nextInt(4) == 0
                ? aware.plusMinutes(random.nextInt(60 * 24 * 14)) : null;
        incident.discovery(Discovery.builder().route(maybe(DiscoveryRoute.values())).awareAt(aware)
                .reporterContact(text()).reportableAwareAt(reportable).build());
        if (aware != null && random.nextBoolean()) {
            incident.occurredAt(aware.minusMinutes(random.nextInt(60 * 24 * 20)));
        }
        incident.socialImpactHigh(answer());
        int assets = random.nextInt(4);
        for (int i = 0; i < assets; i++) {
            incident.asset(asset());
        }
        switch (type) {
            case MISSENT_OR_MISPUBLISHED -> incident.channel(maybe(Channel.values())).cause(maybe(Cause.values()));
            case LOST_OR_STOLEN -> {
                if (!sometimes()) {
                    incident.lost(Loss.builder().stolen(answer()).device(maybe(Device.values())).serialNumber(text())
                            .description(text()).container(text()).place(maybe(LossPlace.values()))
                            .circumstances(text()).build());
                }
            }
            case EXTERNAL_ATTACK -> {
                if (!sometimes()) {
                    incident.attack(new Attack(Optional.ofNullable(texts()), Optional.ofNullable(maybe(AttackScope.values())),
                            answer()));
                }
            }
            case INSIDER_LEAK -> {
                if (!sometimes()) {
                    incident.insider(new InsiderCase(answer(), Optional.ofNullable(subset(InsiderStorage.values())),
                            Optional.ofNullable(subset(TakenMedium.values()))));
                }
            }
        }
        return incident.build();
    }

    private InformationAsset asset() {
        PersonalData personal = PersonalData.builder().included(answer())
                .persons(sometimes() ? null : random.nextInt(4) == 0 ? 1000 + random.nextInt(3) : random.nextInt(5000))
                .sensitive(answer()).financialDamageRisk(answer()).maliciousIntent(answer()).build();
        Protection protection = new Protection(Optional.ofNullable(maybe(ProtectionLevel.values())), answer(), answer(),
                answer());
        return InformationAsset.builder().description(text()).owner(maybe(Owner.values())).personal(personal)
                .financial(answer()).publicInfrastructure(answer()).businessPartner(answer()).confidential(answer())
                .forms(subset(InformationForm.values())).protection(protection)
                .recoveredUnseen(answer()).restorableCopy(answer()).build();
    }

    private ZonedDateTime when() {
        return LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(random.nextInt(5 * 366 * 24 * 60)).atZone(pick(ZONES));
    }

    /** One time in three. */
    private boolean sometimes() {
        return random.nextInt(3) == 0;
    }

    private Answer answer() {
        return pick(Answer.values());
    }

    private <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }

    private <E> E maybe(E[] values) {
        return sometimes() ? null : pick(values);
    }

    private String text() {
        return sometimes() ? null : pick(TEXTS);
    }

    private List<String> texts() {
        if (sometimes()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            texts.add(pick(TEXTS));
        }
        return texts;
    }

    /** A random list of the values (possibly empty, "none"), or null for unknown. */
    private <E> List<E> subset(E[] values) {
        if (sometimes()) {
            return null;
        }
        List<E> subset = new ArrayList<>();
        for (E value : values) {
            if (random.nextBoolean()) {
                subset.add(value);
            }
        }
        return subset;
    }
}
