package io.unrolled.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options and {@code --flag} switches, checked against what a command accepts. */
final class CliArgs {

    private final String command;
    private final Map<String, String> values = new LinkedHashMap<>();

    private CliArgs(String command) {
        this.command = command;
    }

    static CliArgs parse(String command, List<String> args, Set<String> options, Set<String> flags) throws UsageError {
        CliArgs a = new CliArgs(command);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (flags.contains(arg)) {
                a.values.put(arg, "true");
            } else if (options.contains(arg)) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageError(command + ": " + arg + " needs a value");
                }
                a.values.put(arg, args.get(++i));
            } else {
                throw new UsageError(command + ": unknown argument '" + arg + "'; allowed: " + String.join(" ", union(options, flags)));
            }
        }
        return a;
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String string(String name) {
        return values.get(name);
    }

    int positiveInt(String name, int fallback, int max) throws UsageError {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 1 || n > max) {
                throw new UsageError(command + ": " + name + " must be a whole number from 1 to " + max + ", got " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageError(command + ": " + name + " must be a whole number from 1 to " + max + ", got '" + v + "'");
        }
    }

    long seed(String name, long fallback) throws UsageError {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageError(command + ": " + name + " must be a whole number 0 or more, got '" + v + "'");
        }
    }

    double positiveDouble(String name, double fallback, double max) throws UsageError {
        String v = values.get(name);
        String range = "(0, " + (max == Math.rint(max) ? String.valueOf((long) max) : String.valueOf(max)) + "]";
        if (v == null) {
            return fallback;
        }
        double d;
        try {
            d = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageError(command + ": " + name + " must be a number in " + range + ", got '" + v + "'");
        }
        if (!(d > 0 && d <= max)) {
            throw new UsageError(command + ": " + name + " must be a number in " + range + ", got " + v);
        }
        return d;
    }

    /** A file that must exist and be readable. */
    Path existingFile(String name) throws UsageError {
        Path p = Path.of(values.get(name));
        if (!Files.isRegularFile(p)) {
            throw new UsageError(command + ": " + name + " file not found: " + p);
        }
        if (!Files.isReadable(p)) {
            throw new UsageError(command + ": " + name + " file is not readable: " + p);
        }
        return p;
    }

    /** A file to be written: its folder must exist. */
    Path outputFile(String name) throws UsageError {
        Path p = Path.of(values.get(name)).toAbsolutePath();
        if (p.getParent() != null && !Files.isDirectory(p.getParent())) {
            throw new UsageError(command + ": " + name + " folder does not exist: " + p.getParent());
        }
        return p;
    }
}
