package io.unrolled.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/**
 * {@code unrolled}: with no command it opens the window (its flags are this command's options);
 * the commands train, evaluate and time models without one. {@link Cli} adds the subcommands.
 */
@Command(name = "unrolled", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        customSynopsis = {
            "unrolled [WINDOW FLAGS] [FILE.npz]   open the window (and that saved model)",
            "       unrolled COMMAND [OPTIONS]           run a command (listed below)",
            "       unrolled --help | --version"},
        description = {
            "Watch a recurrent language model learn: fastbook chapter 12 on a Java/ND4J core.",
            "With no command, opens the window; with a command, works on the command line."},
        commandListHeading = "%nCommands (unrolled COMMAND --help says more):%n",
        footer = {"", "Models: lm1 lm2 lm3 lm4 lm5 lm6 lm7 (the book's LMModel1-7) and gru.",
            "Bad usage prints one line and exits with status 2."})
final class UnrolledCommand {

    /** Null when no window flag was given (picocli makes a group only when one of its options is seen). */
    @ArgGroup(exclusive = false, validate = false, heading = "%nWindow flags (with no command):%n", order = 1)
    WindowFlags window;

    /**
     * A saved model to open in the window: what a double-click on a .npz passes. Anything not ending
     * in .npz is taken for a misspelt command ({@link Cli} says so).
     */
    @Parameters(arity = "0..1", paramLabel = "FILE.npz", description = "A saved model (.npz) to load once the window is open.")
    java.nio.file.Path modelFile;

    @Option(names = Cli.VERBOSE, scope = ScopeType.INHERIT, order = 0,
            description = "Also print diagnostics: the JVM's, JavaFX's and ND4J's messages.")
    boolean verbose;

    WindowFlags windowFlags() {
        WindowFlags flags = window == null ? new WindowFlags() : window;
        return flags.withModelFile(modelFile);
    }
}
