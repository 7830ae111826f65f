package io.unrolled.cli;

import io.unrolled.io.Json;
import io.unrolled.models.ModelKind;
import io.unrolled.train.Checkpoint;
import io.unrolled.train.EpochResult;
import io.unrolled.train.FitOutcome;
import io.unrolled.train.Ladder;
import io.unrolled.train.TrainConfig;
import io.unrolled.train.TrainingRun;
import io.unrolled.train.TrainingListener;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code reproduce}: train one rung (or the whole ladder) with the book's settings and print fastai's table. */
final class ReproduceCommand {

    private static final String NAME = "reproduce";

    private ReproduceCommand() {
    }

    static int run(List<String> argv, PrintStream out) throws UsageError, IOException {
        CliArgs a = CliArgs.parse(NAME, argv, Set.of("--model", "--seed", "--epochs", "--lr", "--json", "--save", "--seeds", "--jobs"), Set.of("--all"));
        if (a.has("--all")) {
            return LadderCommand.run(a, out);
        }
        ModelKind kind = Runs.kind(a.string("--model"), NAME);
        TrainConfig book = Ladder.recipe(kind);
        TrainConfig config = book.withSeed(a.seed("--seed", book.seed()))
                .withEpochs(a.positiveInt("--epochs", book.epochs(), 1000))
                .withLr(a.positiveDouble("--lr", book.lrMax(), 10));
        Path json = a.has("--json") ? a.outputFile("--json") : null;
        Path save = a.has("--save") ? a.outputFile("--save") : null;

        out.printf("%s (%s): %s%n", kind.bookName(), kind.id(), kind.adds());
        out.printf("settings: %s%n", Json.write(config.toMap()));
        EpochTablePrinter table = new EpochTablePrinter(out, Ladder.bookTable(kind), kind.supportsActivationPenalties() && config.alpha() + config.beta() > 0);
        table.header();
        TrainingRun run = Runs.create(kind, config, new TrainingListener() {
            @Override
            public void onEpoch(EpochResult r) {
                table.row(r);
            }
        });
        FitOutcome outcome = run.fit();
        if (outcome.status() != FitOutcome.Status.COMPLETED) {
            out.println(outcome.message());
        }
        EpochResult last = outcome.last();
        if (last != null) {
            out.printf("final accuracy %.6f (book %.6f, baseline %.6f)%n", last.accuracy(), Ladder.bookAccuracy(kind), Ladder.BASELINE_ACCURACY);
        }
        if (json != null) {
            Files.writeString(json, Json.write(report(kind, config, outcome), true));
        }
        if (save != null) {
            Checkpoint.save(save, run.model(), run.data().vocab().words(), config);
            out.println("saved " + save);
        }
        return outcome.status() == FitOutcome.Status.DIVERGED ? 1 : 0;
    }

    static Map<String, Object> report(ModelKind kind, TrainConfig config, FitOutcome outcome) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("model", kind.id());
        r.put("seed", config.seed());
        r.put("config", config.toMap());
        List<Object> epochs = new ArrayList<>();
        for (EpochResult e : outcome.epochs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("epoch", e.epoch());
            m.put("train_loss", e.trainLoss());
            m.put("train_ce", e.trainCe());
            m.put("valid_loss", e.validLoss());
            m.put("accuracy", e.accuracy());
            m.put("seconds", e.seconds());
            epochs.add(m);
        }
        r.put("epochs", epochs);
        r.put("final_accuracy", outcome.last() == null ? null : outcome.last().accuracy());
        r.put("status", outcome.status().name().toLowerCase());
        return r;
    }
}
