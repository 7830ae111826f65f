package io.unrolled.cli;

import io.unrolled.io.Json;
import io.unrolled.models.ModelKind;
import io.unrolled.train.EpochResult;
import io.unrolled.train.FitOutcome;
import io.unrolled.train.Ladder;
import io.unrolled.train.TrainConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code reproduce --all}: every rung over K seeds, one summary line each. Runs are independent,
 * each owned by one thread with single-threaded ND4J, so they are spread over {@code --jobs}
 * threads (default: one per core), longest first.
 */
final class LadderCommand {

    private record Job(ModelKind kind, long seed) {
        /** Rough cost, to start the long LSTM and GRU runs first. */
        double cost() {
            double perEpoch = switch (kind.cell()) {
                case LSTM, GRU -> 5;
                case TANH -> 2;
                case RELU_BOOK -> 1;
            };
            return perEpoch * Ladder.recipe(kind).epochs();
        }
    }

    private LadderCommand() {
    }

    static int run(int seeds, int jobs, Path json, PrintStream out) throws IOException {
        long start = System.nanoTime();

        List<Job> all = new ArrayList<>();
        for (ModelKind kind : ModelKind.values()) {
            for (int s = 0; s < seeds; s++) {
                all.add(new Job(kind, Ladder.recipe(kind).seed() + s));
            }
        }
        List<Job> longestFirst = new ArrayList<>(all);
        longestFirst.sort(Comparator.comparingDouble(Job::cost).reversed());
        Map<Job, Future<FitOutcome>> results = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "trainer");
            t.setDaemon(true);
            return t;
        });
        for (Job j : longestFirst) {
            TrainConfig config = Ladder.recipe(j.kind()).withSeed(j.seed());
            results.put(j, pool.submit(() -> Runs.create(j.kind(), config, null).fit()));
        }
        pool.shutdown();

        out.printf("%-9s  %-8s  %-8s  %-17s  %-7s  %s%n", "model", "book", "median", "range", "s/epoch", "what it adds");
        List<Object> rows = new ArrayList<>();
        for (ModelKind kind : ModelKind.values()) {
            double[] acc = new double[seeds];
            double secondsPerEpoch = 0;
            for (int s = 0; s < seeds; s++) {
                FitOutcome outcome = await(results.get(new Job(kind, Ladder.recipe(kind).seed() + s)));
                acc[s] = outcome.last() == null ? Double.NaN : outcome.last().accuracy();
                secondsPerEpoch += outcome.epochs().stream().mapToDouble(EpochResult::seconds).average().orElse(Double.NaN) / seeds;
            }
            double[] sorted = acc.clone();
            Arrays.sort(sorted);
            double median = seeds % 2 == 1 ? sorted[seeds / 2] : (sorted[seeds / 2 - 1] + sorted[seeds / 2]) / 2;
            double book = Ladder.bookAccuracy(kind);
            out.printf("%-9s  %-8s  %-8.4f  %-17s  %-7.2f  %s%n", kind.id(), Double.isNaN(book) ? "-" : String.format("%.4f", book), median,
                    String.format("%.4f-%.4f", sorted[0], sorted[seeds - 1]), secondsPerEpoch, kind.adds());
            out.flush();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", kind.id());
            row.put("book_accuracy", Double.isNaN(book) ? null : book);
            row.put("median_accuracy", median);
            row.put("accuracies", Arrays.stream(acc).boxed().toList());
            row.put("seconds_per_epoch", secondsPerEpoch);
            rows.add(row);
        }
        out.printf("%-9s  %-8.4f  (always predict \"thousand\")%n", "baseline", Ladder.BASELINE_ACCURACY);
        double total = (System.nanoTime() - start) / 1e9;
        out.printf("whole ladder: %.1f s with %d seed(s) per rung on %d thread(s)%n", total, seeds, jobs);
        if (json != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("seeds", seeds);
            r.put("jobs", jobs);
            r.put("rows", rows);
            r.put("baseline", Ladder.BASELINE_ACCURACY);
            r.put("total_seconds", total);
            Files.writeString(json, Json.write(r, true));
        }
        return 0;
    }

    private static FitOutcome await(Future<FitOutcome> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a run", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a ladder run failed: " + e.getCause(), e.getCause());
        }
    }
}
