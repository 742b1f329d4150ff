package dev.leakcheck.cli;

import dev.leakcheck.model.Text;

/**
 * Something the person running the tool can fix that is not in an incident file: a save file that
 * would be overwritten, an output file that cannot be written. Exit status 2, one line, no stack
 * trace; the message names files, never an incident's contents.
 */
final class CommandProblem extends RuntimeException {

    private final Text problem;

    CommandProblem(Text problem, Throwable cause) {
        super(problem.ja() + " / " + problem.en(), cause);
        this.problem = problem;
    }

    CommandProblem(Text problem) {
        this(problem, null);
    }

    Text problem() {
        return problem;
    }
}
