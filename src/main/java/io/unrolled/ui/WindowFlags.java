package io.unrolled.ui;

import io.unrolled.models.ModelKind;
import java.util.List;
import java.util.Optional;

/**
 * Launch flags for demos and for looking at the window: {@code --model ID}, {@code --train},
 * {@code --screenshot FILE --screenshot-after SECONDS}, {@code --exit-after SECONDS}, {@code --frame-stats},
 * {@code --projector}, {@code --view training|data}, {@code --zoom PERCENT}.
 */
record WindowFlags(Optional<ModelKind> model, boolean train, Optional<String> screenshot, double screenshotAfter,
                   Optional<Double> exitAfter, boolean frameStats, boolean projector, String view, int zoomSteps,
                   List<String> problems) {

    static WindowFlags parse(List<String> args) {
        List<String> problems = new java.util.ArrayList<>();
        Optional<ModelKind> model = Optional.empty();
        boolean train = false;
        Optional<String> shot = Optional.empty();
        double shotAfter = 1;
        Optional<Double> exitAfter = Optional.empty();
        boolean stats = false;
        boolean projector = false;
        String view = "training";
        int zoomSteps = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String next = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (a) {
                case "--train" -> train = true;
                case "--frame-stats" -> stats = true;
                case "--projector" -> projector = true;
                case "--view" -> {
                    i++;
                    if ("data".equals(next) || "training".equals(next)) {
                        view = next;
                    } else {
                        problems.add("--view needs training or data, got " + next);
                    }
                }
                case "--zoom" -> {
                    i++;
                    // as many Ctrl + (or Ctrl −) presses from 100 %
                    int at = java.util.Arrays.asList(MainWindow.ZOOMS).indexOf("zoom-" + next);
                    if (at < 0) {
                        problems.add("--zoom needs one of 80, 90, 100, 115, 130, 150 (per cent), got " + next);
                    } else {
                        zoomSteps = at - java.util.Arrays.asList(MainWindow.ZOOMS).indexOf("zoom-100");
                    }
                }
                case "--model" -> {
                    i++;
                    model = next == null ? Optional.empty() : ModelKind.byId(next);
                    if (model.isEmpty()) {
                        problems.add("--model needs one of " + ModelKind.allowedIds() + ", got " + next);
                    }
                }
                case "--screenshot" -> {
                    i++;
                    shot = Optional.ofNullable(next);
                }
                case "--screenshot-after" -> {
                    i++;
                    shotAfter = seconds(a, next, problems).orElse(1.0);
                }
                case "--exit-after" -> {
                    i++;
                    exitAfter = seconds(a, next, problems);
                }
                default -> problems.add("unknown window flag '" + a + "'");
            }
        }
        return new WindowFlags(model, train, shot, shotAfter, exitAfter, stats, projector, view, zoomSteps, problems);
    }

    private static Optional<Double> seconds(String flag, String value, List<String> problems) {
        try {
            double s = Double.parseDouble(value);
            if (s >= 0 && Double.isFinite(s)) {
                return Optional.of(s);
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        problems.add(flag + " needs a number of seconds, got " + value);
        return Optional.empty();
    }
}
