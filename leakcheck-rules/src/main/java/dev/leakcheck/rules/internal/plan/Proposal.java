package dev.leakcheck.rules.internal.plan;

import dev.leakcheck.rules.internal.facts.Fact;
import dev.leakcheck.rules.internal.drools.Match;
import dev.leakcheck.rules.internal.workbook.RuleRows;
import dev.leakcheck.model.Necessity;
import dev.leakcheck.model.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One checklist row's proposal of an action, with the row's data cells (necessity, source, note).
 * Several rows may propose the same action; the plan merges them.
 */
public final class Proposal {

    /**
     * Optional data columns: the action's title for this row's case, in place of the catalogue's
     * (外部攻撃: the accounts of the attacked devices, not of a lost one). Empty = the catalogue's title.
     */
    public static final String TITLE_JA = "見出し（日本語）";
    public static final String TITLE_EN = "見出し（英語）";

    private final String code;
    private final Match match;
    private final Necessity necessity;
    private final Text source;
    private final Text note;
    private final Text title;
    /** Made when a row names one; most rows do not. */
    private Set<String> assumedTopics = Set.of();

    /** @param cells the data cells of the row that proposes the action: necessity, source, note */
    Proposal(String code, Match match, RuleRows.Cells cells) {
        this.code = code;
        this.match = match;
        this.necessity = cells.necessity();
        this.source = cells.text("出典（日本語）", "出典（英語）");
        Text note = cells.text("補足（日本語）", "補足（英語）");
        this.note = note.ja().isEmpty() && note.en().isEmpty() ? null : note;
        Text title = cells.text(TITLE_JA, TITLE_EN);
        this.title = title.ja().isEmpty() || title.en().isEmpty() ? null : title;
    }

    /**
     * The checklist tells us what to assume while this topic is unknown (内部犯行: 特定できない場合は、
     * いることを想定する), so an unknown answer to it does not make the action provisional.
     */
    public Proposal assumeWhenUnknown(String topic) {
        if (assumedTopics.isEmpty()) {
            assumedTopics = new HashSet<>();
        }
        assumedTopics.add(topic);
        return this;
    }

    /** The action rests on an unknown fact that the checklist does not tell us to assume. */
    public boolean provisional() {
        if (!match.provisional()) {
            return false;
        }
        List<Fact> facts = match.facts();
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            if (!fact.isKnown() && !assumedTopics.contains(fact.getTopic())) {
                return true;
            }
        }
        return false;
    }

    public String code() {
        return code;
    }

    public Match match() {
        return match;
    }

    Necessity necessity() {
        return necessity;
    }

    Text source() {
        return source;
    }

    /** The row's own title of the action, when it has one (both languages); else null. */
    Text title() {
        return title;
    }

    /** The row's explanatory text, when it has one. */
    Text note() {
        return note;
    }
}
