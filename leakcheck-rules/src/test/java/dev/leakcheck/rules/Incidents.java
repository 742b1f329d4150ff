package dev.leakcheck.rules;

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
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Incidents for the scenarios. A scenario starts from an incident whose every answer is a
 * harmless "no" and changes the one fact it is about, so that what the plan shows is caused by that
 * fact alone.
 */
public final class Incidents {

    static final ZonedDateTime AWARE = ZonedDateTime.parse("2026-12-01T10:00:00+09:00");

    private Incidents() {
    }

    public static Discovery discovered(DiscoveryRoute route) {
        return Discovery.builder().route(route).awareAt(AWARE).build();
    }

    /** Own information, no personal data, nothing special, in plain text. */
    public static InformationAsset.Builder harmlessAsset() {
        return InformationAsset.builder()
                .description("社内資料")
                .owner(Owner.OWN)
                .personal(PersonalData.none())
                .financial(Answer.NO)
                .publicInfrastructure(Answer.NO)
                .businessPartner(Answer.NO)
                .confidential(Answer.NO)
                .forms(List.of(InformationForm.ATTACHMENT))
                .protection(Protection.none());
    }

    /** Personal data of this many persons, nothing sensitive, no damage risk, no malice. */
    public static PersonalData persons(int persons) {
        return PersonalData.builder().included(Answer.YES).persons(persons).sensitive(Answer.NO)
                .financialDamageRisk(Answer.NO).maliciousIntent(Answer.NO).myNumber(Answer.NO).build();
    }

    /** An email to the wrong person, self-reported, of a harmless attachment. */
    public static Incident.Builder misdelivery(Channel channel) {
        return Incident.builder("INC-M", IncidentType.MISSENT_OR_MISPUBLISHED)
                .channel(channel)
                .cause(Cause.OPERATION_ERROR)
                .socialImpactHigh(Answer.NO)
                .discovery(discovered(DiscoveryRoute.SELF_REPORT));
    }

    public static Incident misdeliveryOf(InformationAsset asset) {
        return misdelivery(Channel.EMAIL).asset(asset).build();
    }
}
