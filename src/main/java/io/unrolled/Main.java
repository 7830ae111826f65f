package io.unrolled;

import io.unrolled.cli.Cli;
import io.unrolled.launch.Relaunch;
import io.unrolled.ui.DisplayCheck;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Entry point. No command (only window flags): the window. A command: the headless CLI. Help, the
 * version and bad usage are answered before anything starts, so none of them opens a window.
 * A plain class (not an Application subclass) so JavaFX can sit on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        List<String> argv = Arrays.asList(args);
        if (argv.contains(Cli.VERBOSE)) {
            // first of all, so that whatever quiets the console knows before it starts (a relaunched child gets the flag again)
            System.setProperty(Cli.VERBOSE_PROPERTY, "true");
        }
        // a relaunched program's arguments were checked by the first process (picocli's cold start is not cheap)
        Optional<Boolean> readByParent = Relaunch.argumentsReadByParent();
        boolean window;
        if (readByParent.isPresent()) {
            window = readByParent.get();
        } else {
            Cli.Reading reading = Cli.read(argv, System.out, System.err);
            if (reading.next() == Cli.Next.EXIT) {
                System.exit(reading.status());
            }
            window = reading.next() == Cli.Next.WINDOW;
        }
        if (window) {
            Optional<String> noDisplay = DisplayCheck.problem();
            if (noDisplay.isPresent()) {
                System.err.println(noDisplay.get());
                System.exit(1);
            }
        }
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
