package dev.leakcheck.cli;

/** The tool's exit statuses, as the README and docs/json-contract.md state them. */
final class ExitStatus {

    /** A plan was made (or help or the version was printed). */
    static final int DONE = 0;
    /** Anything else: a fault of the tool or the rules, not of the input. */
    static final int INTERNAL_ERROR = 1;
    /** The input was wrong, or the command line was. */
    static final int INPUT_ERROR = 2;

    private ExitStatus() {
    }
}
