package io.unrolled.cli;

/** A mistake in how the command was called: printed as one line, exit status 2. */
public final class UsageError extends Exception {

    public UsageError(String message) {
        super(message);
    }
}
