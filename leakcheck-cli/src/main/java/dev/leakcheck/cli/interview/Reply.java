package dev.leakcheck.cli.interview;

import dev.leakcheck.model.Text;
import dev.leakcheck.model.field.IncidentEditor;

/** What a person typed at a prompt, once read. */
sealed interface Reply {

    /** An answer of the field's kind (see {@link IncidentEditor}). */
    record Value(Object value) implements Reply {
    }

    /** わからない: leave the field unknown and go on. */
    record Unknown() implements Reply {
    }

    /** q, or the end of the input: stop, keeping what was answered. */
    record Stop() implements Reply {
    }

    /** Not an answer: say why in one line, and ask again. */
    record Invalid(Text hint) implements Reply {
    }
}
