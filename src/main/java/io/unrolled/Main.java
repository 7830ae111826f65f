package io.unrolled;

import io.unrolled.cli.Cli;
import io.unrolled.launch.Relaunch;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point. No arguments (or only window flags): the window. A command word: the headless CLI.
 * A plain class (not an Application subclass) so JavaFX can sit on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        List<String> argv = Arrays.asList(args);
        boolean window = argv.isEmpty() || argv.get(0).startsWith("--");
        var relaunched = Relaunch.ifNeeded(argv, window);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        if (window) {
            io.unrolled.ui.AppLauncher.launch(args);
            return;
        }
        System.exit(Cli.run(argv, System.out, System.err));
    }
}
