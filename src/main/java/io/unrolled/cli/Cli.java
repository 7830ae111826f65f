package io.unrolled.cli;

import io.unrolled.nn.NativeSetup;
import java.io.PrintStream;
import java.util.List;

/** The headless commands. Every mistake in the arguments ends as one line and exit status 2. */
public final class Cli {

    public static final String USAGE = String.join("\n",
            "usage: unrolled                       open the window",
            "       unrolled reproduce --model ID [--seed N] [--epochs E] [--lr X] [--json FILE] [--save FILE.npz]",
            "       unrolled reproduce --all [--seeds K] [--jobs J] [--json FILE]",
            "       unrolled evaluate --load FILE.npz [--json FILE]",
            "       unrolled bench --model ID [--epochs E] [--json FILE]",
            "models: lm1 lm2 lm3 lm4 lm5 lm6 lm7 gru");

    private Cli() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        try {
            switch (command) {
                case "reproduce", "evaluate", "bench" -> NativeSetup.ensure();
                case "help", "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> throw new UsageError("unknown command '" + command + "'; allowed: reproduce, evaluate, bench (or no command for the window)");
            }
            return switch (command) {
                case "reproduce" -> ReproduceCommand.run(rest, out);
                case "evaluate" -> EvaluateCommand.run(rest, out);
                default -> BenchCommand.run(rest, out);
            };
        } catch (UsageError e) {
            err.println("unrolled: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("unrolled: " + command + ": " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            err.println("unrolled: " + command + ": could not write or read a file: " + e.getMessage());
            return 2;
        }
    }
}
