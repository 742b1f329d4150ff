package dev.leakcheck.cli;

import dev.leakcheck.model.Text;
import picocli.CommandLine.TypeConversionException;

/** A value an option does not take, with what it takes, in both languages; the error reporter picks one. */
final class InvalidValue extends TypeConversionException {

    private static final long serialVersionUID = 1L;

    private final transient Text allowed;

    /** @param allowed what the option takes, e.g. "ja か en を指定してください" / "use ja or en" */
    InvalidValue(String value, Text allowed) {
        super("'" + value + "': " + allowed.in(dev.leakcheck.model.Language.EN));
        this.allowed = allowed;
    }

    Text allowed() {
        return allowed;
    }
}
