package dev.leakcheck.rules;

import dev.leakcheck.model.Necessity;
import dev.leakcheck.model.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One checklist row's proposal of an action, filled in by the row's action cells.
 * Several rows may propose the same action; the plan merges them.
 */
public final class Proposal {

    private final String code;
    private final Match match;
    private Necessity necessity = Necessity.REQUIRED;
    private String sourceJa = "";
    private String sourceEn = "";
    private String noteJa = "";
    private String noteEn = "";
    /** Made when a row names one; most rows do not. */
    private Set<String> assumedTopics = Set.of();

    Proposal(String code, Match match) {
        this.code = code;
        this.match = match;
    }

    /** 必須 (REQUIRED) or 必要に応じて (AS_NEEDED). */
    public Proposal necessity(String cell) {
        this.necessity = Vocabulary.necessity(cell.strip());
        return this;
    }

    public Proposal sourceJa(String text) {
        this.sourceJa = text.strip();
        return this;
    }

    public Proposal sourceEn(String text) {
        this.sourceEn = text.strip();
        return this;
    }

    public Proposal noteJa(String text) {
        this.noteJa = text.strip();
        return this;
    }

    public Proposal noteEn(String text) {
        this.noteEn = text.strip();
        return this;
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
    boolean provisional() {
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

    String code() {
        return code;
    }

    Match match() {
        return match;
    }

    Necessity necessity() {
        return necessity;
    }

    Text source() {
        return Text.of(sourceJa, sourceEn);
    }

    /** The row's explanatory text, when it has one. */
    Text note() {
        return noteJa.isEmpty() && noteEn.isEmpty() ? null : Text.of(noteJa, noteEn);
    }
}
