package io.unrolled.io;

/**
 * A file or array is not a NumPy array/archive this program can read.
 *
 * <p>Checked on purpose: model files come from users and from other programs, so every caller
 * that loads one has to decide what to tell the person who picked the file. The message is meant
 * to be shown to that person as it is: it names the file (and the entry inside it) and the problem.
 */
public final class NpzFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public NpzFormatException(String message) {
        super(message);
    }

    public NpzFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
