package io.unrolled.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns picocli's parse errors into our one line: the command, what is wrong, and what is allowed or
 * what was probably meant ("unrolled reproduce: unknown option '--mdoel'; did you mean --model?").
 */
final class OneLineErrors {

    private OneLineErrors() {
    }

    static String describe(ParameterException ex) {
        CommandLine where = ex.getCommandLine();
        String command = where.getCommandSpec().qualifiedName();
        return command + ": " + problem(ex, where);
    }

    private static String problem(ParameterException ex, CommandLine where) {
        String help = " (see " + where.getCommandSpec().qualifiedName() + " --help)";
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String token = u.getUnmatched().get(0);
            String what = token.startsWith("-") ? "unknown option"
                    : where.getParent() == null ? "unknown command" : "unexpected argument";
            List<String> suggestions = suggestions(u, where, token);
            String guess = suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?";
            return what + " '" + token + "'" + guess + help;
        }
        if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            ArgSpec spec = m.getMissing().get(0);
            if (spec instanceof OptionSpec o) {
                boolean given = where.getParseResult() != null && where.getParseResult().originalArgs().stream()
                        .anyMatch(a -> List.of(o.names()).contains(a));
                return o.longestName() + (given ? " needs a value (" + o.paramLabel() + ")" : " " + o.paramLabel() + " is required") + help;
            }
        }
        if (ex.getCause() instanceof TypeConversionException t && ex.getArgSpec() instanceof OptionSpec o) {
            return o.longestName() + " " + t.getMessage();
        }
        return firstLine(ex.getMessage()) + help;
    }

    /**
     * picocli's guesses, or else the options and commands within two edits (a swap counts as one):
     * picocli's similarity measure misses a swapped pair of letters such as "--mdoel".
     */
    private static List<String> suggestions(UnmatchedArgumentException u, CommandLine where, String token) {
        if (!u.getSuggestions().isEmpty()) {
            // picocli's measure is loose ("reprodce" also suggests "trace"): keep only its closest guesses
            int closest = u.getSuggestions().stream().mapToInt(n -> edits(token, n)).min().orElseThrow();
            return u.getSuggestions().stream().filter(n -> edits(token, n) == closest).toList();
        }
        Set<String> names = new LinkedHashSet<>();
        if (token.startsWith("-")) {
            where.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
        } else {
            names.addAll(where.getSubcommands().keySet());
        }
        return names.stream().filter(n -> edits(token, n) <= 2).toList();
    }

    static int edits(String a, String b) {
        return io.unrolled.data.Spelling.edits(a, b);
    }

    private static String firstLine(String s) {
        return s == null ? "bad arguments" : s.strip().lines().findFirst().orElse("bad arguments");
    }
}
