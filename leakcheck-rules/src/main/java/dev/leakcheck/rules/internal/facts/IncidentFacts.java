package dev.leakcheck.rules.internal.facts;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.InformationAsset;
import dev.leakcheck.model.Owner;
import dev.leakcheck.model.PpcExemption;
import dev.leakcheck.model.ProtectionLevel;
import dev.leakcheck.rules.internal.workbook.Regimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The facts the decision tables see, derived from an incident: one {@link Fact} per topic. The
 * plain facts, each the reading of one field, come from the catalogue's fact sheet through
 * {@link FieldFacts}; derived here are those that are more than that: the incident's type, the
 * owner being another company, the kinds of financial information of the assets that may hold
 * some, and the report duty's.
 *
 * <p>The {@code ppc.*} topics are asked only of the assets that count for the report duty of APPI
 * Rule 7: those that hold, or may hold, personal data, are not protected by strong encryption, and
 * leaked or were lost or damaged, or may have been (漏えい等, PPC guideline, general rules, 3-5-1).
 * <ul>
 * <li>Strong encryption is the bracket of Rule 7 ("高度な暗号化その他の…措置"): an asset encrypted
 * with a key that did not leak is left out; PASSWORD is not strong encryption; while the level or
 * the key's fate is unknown, the asset counts provisionally.
 * <li>Not a leak (3-5-1-2): every copy recovered (or deleted) before any third party saw it. While
 * that is unknown the asset is a suspected leak, which Rule 7 counts (発生したおそれ): it counts,
 * and not provisionally.
 * <li>Not 滅失/毀損 (3-5-1-3, 3-5-1-4): the same data is kept elsewhere and can be restored. Only
 * a ransomware attack leaves a loss or damage of its own besides the leak: leakcheck's
 * interpretation is that a copy sent, published or taken loses nothing of the original, and a
 * lost item that was recovered is not lost. A lost item outside the organisation is a suspected
 * leak whatever backups exist (3-5-1-3 ※2), so a copy decides nothing there.
 * </ul>
 */
public final class IncidentFacts {

    private final List<Fact> facts;
    private final List<PpcExemption> exemptions;

    private IncidentFacts(List<Fact> facts, List<PpcExemption> exemptions) {
        this.facts = List.copyOf(facts);
        this.exemptions = List.copyOf(exemptions);
    }

    /**
     * The facts of an incident: the plain ones of the fact sheet's rows, then those derived here, with
     * {@code <prefix>.overThreshold} for each regime that counts persons (its threshold and what it counts
     * come from the regimes sheet).
     *
     * @param incident the incident
     * @param plain    the fact sheet's rows (each a reading of one field)
     * @param regimes  the regimes of regimes.xlsx
     * @return the facts
     */
    public static IncidentFacts of(Incident incident, List<FieldFacts.Row> plain,
            Regimes regimes) {
        Derivation d = new Derivation(incident);
        List<Fact> facts = new ArrayList<>(FieldFacts.of(incident, plain));
        facts.add(Fact.known("type", Set.of(incident.type().name())));
        facts.addAll(d.assetFacts());
        facts.addAll(d.reportFacts(regimes.all()));
        return new IncidentFacts(facts, d.exemptions());
    }

    public List<Fact> facts() {
        return facts;
    }

    public List<PpcExemption> exemptions() {
        return exemptions;
    }

    /** The derivation for one incident; holds the asset indices so that fields can be named. */
    private static final class Derivation {

        private final Incident incident;
        private final List<Integer> assets;

        Derivation(Incident incident) {
            this.incident = incident;
            this.assets = IntStream.range(0, incident.assets().size()).boxed().toList();
        }

        private InformationAsset asset(int i) {
            return incident.assets().get(i);
        }

        /** Yes when any asset says yes; while no asset is described, ask about the first one. */
        private AnswerWithFields anyAsset(String field, Function<Integer, AnswerWithFields> answer) {
            return AnswerWithFields.any(assets, answer, List.of("assets[0]." + field));
        }

        private AnswerWithFields assetAnswer(int i, String field, Answer answer) {
            return AnswerWithFields.ofAsset(answer, i, field);
        }

        /** The facts about the assets that are more than the reading of one field. */
        List<Fact> assetFacts() {
            return List.of(anyAsset("owner", i -> otherCompany(i)).toFact("otherCompany"), financialKinds());
        }

        /**
         * The kinds of financial information (CARD, BANK_ACCOUNT, OTHER) of the assets that hold, or may
         * hold, financial information; unknown while one of them does not say. An asset known to hold
         * none adds nothing.
         */
        private Fact financialKinds() {
            List<String> unknown = new ArrayList<>();
            Set<String> values = new java.util.HashSet<>();
            for (int i : assets) {
                if (asset(i).financial() == Answer.NO) {
                    continue;
                }
                var kinds = asset(i).financialKinds();
                if (kinds.isPresent()) {
                    kinds.get().forEach(v -> values.add(v.name()));
                } else {
                    if (asset(i).financial() == Answer.UNKNOWN) {
                        unknown.add("assets[" + i + "].financial");
                    }
                    unknown.add("assets[" + i + "].financialKinds");
                }
            }
            if (assets.isEmpty()) {
                unknown.add("assets[0].financial");
                unknown.add("assets[0].financialKinds");
            }
            return unknown.isEmpty() ? Fact.known("financialKinds", values) : Fact.unknown("financialKinds", unknown);
        }

        private AnswerWithFields otherCompany(int i) {
            Answer answer = asset(i).owner().map(o -> o == Owner.OTHER_COMPANY ? Answer.YES : Answer.NO)
                    .orElse(Answer.UNKNOWN);
            return assetAnswer(i, "owner", answer);
        }

        /**
         * Whether asset i counts for the report duty: personal data, not strongly encrypted, leaked or
         * lost or damaged (or may have been).
         */
        private AnswerWithFields counts(int i) {
            return assetAnswer(i, "personal.included", asset(i).personal().included()).and(notExempt(i))
                    .and(occurred(i));
        }

        /**
         * Whether asset i leaked, or was lost or damaged, or may have been (漏えい等, 3-5-1). Only a
         * known "recovered before any third party saw it" rules out the leak; what is then left is the
         * damage a ransomware attack did, unless a copy restores it.
         */
        private AnswerWithFields occurred(int i) {
            if (asset(i).recoveredUnseen() != Answer.YES) {
                // A leak, or a suspected one: Rule 7 counts 「発生したおそれ」 as well.
                return AnswerWithFields.YES;
            }
            return damaged(i) ? AnswerWithFields.YES : AnswerWithFields.NO;
        }

        /**
         * After a ransomware attack (or one that may have been), the data may be encrypted beyond
         * use (毀損, 3-5-1-4 事例3) unless the same data is kept elsewhere and can be restored.
         */
        private boolean damaged(int i) {
            if (incident.type() != IncidentType.EXTERNAL_ATTACK
                    || incident.attackOrUnknown().ransomware() == Answer.NO) {
                return false;
            }
            return asset(i).restorableCopy() != Answer.YES;
        }

        private AnswerWithFields notExempt(int i) {
            var protection = asset(i).protection();
            if (protection.level().isEmpty()) {
                return AnswerWithFields.unknown(List.of("assets[" + i + "].protection.level"));
            }
            if (protection.level().get() != ProtectionLevel.ENCRYPTED) {
                return AnswerWithFields.YES;
            }
            // Encrypted: exempt only while the key is known to be safe.
            return assetAnswer(i, "protection.keyCompromised", protection.keyCompromised());
        }

        /** Whether asset i counts for the My Number report: it counts for the report and holds My Number. */
        private AnswerWithFields countsMyNumber(int i) {
            return counts(i).and(assetAnswer(i, "personal.myNumber", asset(i).personal().myNumber()));
        }

        private AnswerWithFields countedAnd(String field, Function<Integer, Answer> answer) {
            return anyAsset("personal.included", i -> counts(i).and(assetAnswer(i, field, answer.apply(i))));
        }

        /**
         * The APPI facts ({@code ppc.*}); per regime that follows the residents of a place, whether their
         * personal data was breached and whether some was left intelligible ({@code <prefix>.personal},
         * {@code <prefix>.intelligible}); per regime that counts persons, whether they are more than its
         * threshold ({@code <prefix>.overThreshold}, counting what regimes.xlsx 「数える情報」 names).
         */
        List<Fact> reportFacts(List<Regimes.Regime> regimes) {
            List<Fact> facts = new ArrayList<>(List.of(
                    anyAsset("personal.included", this::counts).toFact("ppc.personal"),
                    countedAnd("personal.sensitive", i -> asset(i).personal().sensitive()).toFact("ppc.sensitive"),
                    countedAnd("personal.financialDamageRisk", i -> asset(i).personal().financialDamageRisk())
                            .toFact("ppc.financialDamageRisk"),
                    countedAnd("financial", i -> asset(i).financial()).toFact("ppc.financial"),
                    countedAnd("personal.maliciousIntent", i -> asset(i).personal().maliciousIntent())
                            .toFact("ppc.maliciousIntent"),
                    countedAnd("personal.ordinanceSensitive", i -> asset(i).personal().ordinanceSensitive())
                            .toFact("ppc.ordinanceSensitive"),
                    // The My Number rule: the same exemptions (strong encryption, rule Art. 2 No. 1), assets with My Number.
                    anyAsset("personal.included", this::countsMyNumber).toFact("my.personal"),
                    anyAsset("personal.included", i -> countsMyNumber(i).and(assetAnswer(i, "personal.maliciousIntent",
                            asset(i).personal().maliciousIntent()))).toFact("my.maliciousIntent"),
                    anyAsset("personal.included", i -> countsMyNumber(i).and(assetAnswer(i, "personal.myNumberSystem",
                            asset(i).personal().myNumberSystem()))).toFact("my.listedSystem"),
                    anyAsset("personal.included", i -> countsMyNumber(i).and(assetAnswer(i, "publiclyViewable",
                            asset(i).publiclyViewable()))).toFact("my.publiclyViewable")));
            for (Regimes.Regime regime : regimes) {
                regime.counted().filter(data -> !data.appiExemptions()).ifPresent(data -> {
                    facts.add(anyAsset("personal.included", i -> resident(i, data)).toFact(regime.prefix() + ".personal"));
                    facts.add(anyAsset("personal.included", i -> resident(i, data).and(notExempt(i)))
                            .toFact(regime.prefix() + ".intelligible"));
                });
                // A threshold always names what it counts (the regimes sheet refuses one without).
                regime.threshold().ifPresent(threshold -> facts.add(overThreshold(threshold,
                        counting(regime.counted().orElseThrow())).toFact(regime.overThresholdTopic())));
            }
            return facts;
        }

        private Function<Integer, AnswerWithFields> counting(Regimes.Counted data) {
            return switch (data) {
                case REPORTABLE_PERSONAL -> this::counts;
                case MY_NUMBER -> this::countsMyNumber;
                case EU_RESIDENTS, UK_RESIDENTS -> i -> resident(i, data);
            };
        }

        /**
         * Whether asset i holds personal data of the residents a regime follows (GDPR: people in the
         * EU/EEA; UK GDPR: in the UK). Every asset of an incident was breached in the sense of GDPR Art.
         * 4(12) (destroyed, lost, altered, disclosed or accessed without authority), recovered or not; the
         * risk that decides the notifications is the organisation's assessment ({@code gdprRisk}).
         */
        private AnswerWithFields resident(int i, Regimes.Counted data) {
            var personal = asset(i).personal();
            boolean eu = data == Regimes.Counted.EU_RESIDENTS;
            return assetAnswer(i, "personal.included", personal.included())
                    .and(assetAnswer(i, eu ? "personal.euResidents" : "personal.ukResidents",
                            eu ? personal.euResidents() : personal.ukResidents()));
        }

        /**
         * Rule 7 No. 4 (and a regime's threshold like it): more than the threshold of persons, summed over the assets that count.
         * The persons of assets that surely count make a lower bound, those that may count an upper
         * one: past the threshold at the lower bound is yes, within it at the upper bound is no.
         */
        private AnswerWithFields overThreshold(int threshold, Function<Integer, AnswerWithFields> counting) {
            if (assets.isEmpty()) {
                return AnswerWithFields.unknown(List.of("assets[0].personal.included", "assets[0].personal.persons"));
            }
            long surely = 0;
            long possibly = 0;
            boolean unbounded = false;
            List<String> open = new ArrayList<>();
            for (int i : assets) {
                AnswerWithFields counts = counting.apply(i);
                var persons = asset(i).personal().persons();
                if (counts.answer() == Answer.NO) {
                    continue;
                }
                if (counts.answer() == Answer.YES && persons.isPresent()) {
                    surely += persons.getAsInt();
                    continue;
                }
                open.addAll(counts.fields());
                if (persons.isPresent()) {
                    possibly += persons.getAsInt();
                } else {
                    unbounded = true;
                    open.add("assets[" + i + "].personal.persons");
                }
            }
            if (surely > threshold) {
                return AnswerWithFields.YES;
            }
            if (!unbounded && surely + possibly <= threshold) {
                return AnswerWithFields.NO;
            }
            return AnswerWithFields.unknown(open.stream().distinct().toList());
        }

        /** Why assets that hold, or may hold, personal data were left out of the count. */
        public List<PpcExemption> exemptions() {
            java.util.EnumSet<PpcExemption> exemptions = java.util.EnumSet.noneOf(PpcExemption.class);
            for (int i : assets) {
                if (asset(i).personal().included() == Answer.NO) {
                    continue;
                }
                if (notExempt(i).answer() == Answer.NO) {
                    exemptions.add(PpcExemption.STRONG_ENCRYPTION);
                }
                if (occurred(i).answer() == Answer.NO) {
                    exemptions.add(PpcExemption.RECOVERED_UNSEEN);
                    if (incident.type() == IncidentType.EXTERNAL_ATTACK
                            && incident.attackOrUnknown().ransomware() != Answer.NO) {
                        exemptions.add(PpcExemption.RESTORABLE_COPY);
                    }
                }
            }
            return List.copyOf(exemptions);
        }
    }
}
