package io.unrolled.launch;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who may write to the console besides the program itself. A normal launch prints only its own
 * output; the libraries' notes (ND4J's start-up through SLF4J, JavaFX's warning that it runs from
 * the class path, the JVM's own lines) appear only when the user asks for them with {@code --verbose},
 * which sets the system property {@value #VERBOSE}.
 */
public final class Console {

    /** The system property that turns the libraries' diagnostics on. */
    public static final String VERBOSE = "unrolled.verbose";

    private static final String SLF4J_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    /** JavaFX logs through java.util.logging under this name; JUL holds its loggers weakly, so we keep it. */
    private static Logger javafxLogger;

    private Console() {
    }

    /** Whether diagnostics were asked for, by the property or by {@code --verbose} among the raw arguments. */
    public static boolean verbose(List<String> args) {
        return Boolean.getBoolean(VERBOSE) || args.contains("--verbose");
    }

    /**
     * Sets this process's libraries to speak only when {@code verbose}. Must run before ND4J and JavaFX
     * load, since both read their logging settings once. The property is set too, so that a relaunched
     * JVM and the code after this call see the same answer.
     */
    static void configure(boolean verbose, boolean window) {
        if (verbose) {
            System.setProperty(VERBOSE, "true");
        }
        if (System.getProperty(SLF4J_LEVEL) == null) {
            // a property outranks simplelogger.properties, whose "warn" is the quiet default
            System.setProperty(SLF4J_LEVEL, verbose ? "info" : "warn");
        }
        if (window && !verbose) {
            javafxLogger = Logger.getLogger("javafx");
            // JavaFX's routine warning is that it runs from the class path, which is how we ship it
            javafxLogger.setLevel(Level.SEVERE);
        }
    }
}
