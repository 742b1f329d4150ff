package dev.leakcheck.rules;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Which rule fired and on which facts: the raw material of an action's {@code because} and of its
 * {@code provisional} flag.
 *
 * @param rule  the rule's name: the table's name and the spreadsheet row it came from
 * @param facts the facts the rule matched, in the order of its columns
 */
record Match(String rule, List<Fact> facts) {

    static Match of(RuleContext kcontext) {
        List<Fact> facts = kcontext.getMatch().getObjects().stream()
                .filter(Fact.class::isInstance)
                .map(Fact.class::cast)
                .toList();
        return new Match(kcontext.getRule().getName(), facts);
    }

    /** The match rests on an unknown fact. */
    boolean provisional() {
        return facts.stream().anyMatch(f -> !f.isKnown());
    }

    /** The fields whose answers would settle the match. */
    List<String> unknownFields() {
        return facts.stream().flatMap(f -> f.getUnknownFields().stream()).distinct().toList();
    }
}
