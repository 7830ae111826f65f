package io.unrolled.launch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ConsoleTest {

    @Test
    void diagnosticsAreAskedForByTheFlagAmongTheRawArguments() {
        assumeFalse(Boolean.getBoolean(Console.VERBOSE), "this JVM was started verbose");
        assertTrue(Console.verbose(List.of("--model", "lm4", "--verbose")));
        assertFalse(Console.verbose(List.of("--model", "lm4")));
    }

    @Test
    void aQuietWindowDropsJavaFxWarningsButKeepsItsErrors() {
        Console.configure(false, true);
        Logger javafx = Logger.getLogger("javafx");
        assertFalse(javafx.isLoggable(Level.WARNING), "\"Unsupported JavaFX configuration\" is a warning");
        assertTrue(javafx.isLoggable(Level.SEVERE));
        assertFalse(Logger.getLogger("javafx.css").isLoggable(Level.WARNING), "its sub-loggers follow");
    }
}
