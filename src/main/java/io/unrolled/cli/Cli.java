package io.unrolled.cli;

import io.unrolled.nn.NativeSetup;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line, read by picocli: {@code unrolled [window flags]} opens the window,
 * {@code unrolled COMMAND ...} runs a command. Help and the version print and exit 0; every mistake
 * in the arguments ends as one line and exit status 2, before anything is trained or opened.
 */
public final class Cli {

    /** The global flag that lets diagnostics through; see {@link #VERBOSE_PROPERTY}. */
    public static final String VERBOSE = "--verbose";
    /** Set to "true" by {@code Main} when {@link #VERBOSE} is given, before anything else runs. */
    public static final String VERBOSE_PROPERTY = "unrolled.verbose";

    /** What the arguments ask for. */
    public enum Next { WINDOW, COMMAND, EXIT }

    /** {@code status} is the exit status when {@code next} is EXIT (help, version, or bad usage). */
    public record Reading(Next next, int status) {
    }

    private record Parsed(Reading reading, ParseResult result) {
    }

    private Cli() {
    }

    /** Reads the arguments without running anything: help, the version and bad usage are printed here. */
    public static Reading read(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            return new Reading(Next.WINDOW, 0);   // the usual launch: it need not pay for building the command line
        }
        return parse(commandLine(out, err), args, err).reading();
    }

    /** Runs a command (the arguments must name one) and returns its exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Parsed parsed = parse(commandLine(out, err), args, err);
        switch (parsed.reading().next()) {
            case EXIT -> {
                return parsed.reading().status();
            }
            case WINDOW -> {
                err.println("unrolled: no command given; the window is opened by running unrolled itself (see unrolled --help)");
                return 2;
            }
            default -> {
                return execute(parsed.result().subcommand(), err);
            }
        }
    }

    /** The window's flags from the arguments the window was started with (already checked by {@link #read}). */
    public static WindowFlags windowFlags(List<String> args) {
        if (args.isEmpty()) {
            return new WindowFlags();
        }
        UnrolledCommand top = new UnrolledCommand();
        new CommandLine(top).parseArgs(args.toArray(String[]::new));
        return top.windowFlags();
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new UnrolledCommand());
        cl.addSubcommand(new ReproduceCommand(out));
        cl.addSubcommand(new EvaluateCommand(out));
        cl.addSubcommand(new TraceCommand(out));
        cl.addSubcommand(new GenerateCommand(out));
        cl.addSubcommand(new BenchCommand(out));
        cl.addSubcommand(new CommandLine.HelpCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl;
    }

    private static Parsed parse(CommandLine cl, List<String> args, PrintStream err) {
        ParseResult result;
        try {
            result = cl.parseArgs(args.toArray(String[]::new));
            Integer helped = CommandLine.executeHelpRequest(result);
            if (helped != null) {
                return new Parsed(new Reading(Next.EXIT, helped), result);
            }
            if (result.hasSubcommand()) {
                rejectWindowFlags(cl, result);
            } else {
                checkModelFile(cl, result);
                String conflict = ((UnrolledCommand) cl.getCommand()).windowFlags().conflict();
                if (conflict != null) {
                    throw new ParameterException(cl, conflict);
                }
            }
        } catch (ParameterException e) {
            err.println(OneLineErrors.describe(e));
            return new Parsed(new Reading(Next.EXIT, 2), null);
        }
        return new Parsed(new Reading(result.hasSubcommand() ? Next.COMMAND : Next.WINDOW, 0), result);
    }

    /**
     * The window's one positional argument is a saved model. A word that is not a .npz is a misspelt
     * or unknown command ("unrolled reprodce"), and is refused as one; a .npz that cannot be read is
     * refused like {@code evaluate --load}'s.
     */
    private static void checkModelFile(CommandLine cl, ParseResult result) {
        if (!result.hasMatchedPositional(0)) {
            return;
        }
        String given = result.matchedPositional(0).stringValues().get(0);
        if (!given.toLowerCase(java.util.Locale.ROOT).endsWith(".npz")) {
            throw new picocli.CommandLine.UnmatchedArgumentException(cl, List.of(given));
        }
        try {
            FileArgs.input("FILE.npz", java.nio.file.Path.of(given));
        } catch (UsageError | java.nio.file.InvalidPathException e) {
            throw new ParameterException(cl, e.getMessage());
        }
    }

    /** "unrolled --model lm7 reproduce" is a slip for "unrolled reproduce --model lm7": say so rather than guess. */
    private static void rejectWindowFlags(CommandLine cl, ParseResult result) {
        for (OptionSpec o : result.matchedOptions()) {
            if (o.group() != null) {
                String command = result.subcommand().commandSpec().name();
                throw new ParameterException(cl, o.longestName() + " is a window flag; a command's own options go after it, as in unrolled "
                        + command + " " + o.longestName() + " ...");
            }
        }
    }

    private static int execute(ParseResult sub, PrintStream err) {
        String command = sub.commandSpec().qualifiedName();
        try {
            NativeSetup.ensure();
            @SuppressWarnings("unchecked")
            Callable<Integer> call = (Callable<Integer>) sub.commandSpec().userObject();
            return call.call();
        } catch (UsageError e) {
            err.println(command + ": " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(command + ": " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println(command + ": could not write or read a file: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
