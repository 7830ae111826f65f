package io.unrolled.cli;

import io.unrolled.io.Json;
import io.unrolled.models.ModelKind;
import io.unrolled.train.Checkpoint;
import io.unrolled.train.EpochResult;
import io.unrolled.train.FitOutcome;
import io.unrolled.train.InitialWeights;
import io.unrolled.train.Ladder;
import io.unrolled.train.Limits;
import io.unrolled.train.TrainConfig;
import io.unrolled.train.TrainingListener;
import io.unrolled.train.TrainingRun;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code reproduce}: train one rung (or the whole ladder) with the book's settings and print fastai's table. */
@Command(name = "reproduce", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        customSynopsis = {
            "unrolled reproduce --model ID [--seed N] [--epochs E] [--lr X] [--init FILE.npz]",
            "                          [--save FILE.npz] [--json FILE]",
            "       unrolled reproduce --all [--seeds K] [--jobs J] [--json FILE]"},
        description = {
            "Trains one rung with the book's recipe and prints fastai's epoch table (epoch, train_loss, valid_loss, "
                + "accuracy, time), the book's row beside each epoch.",
            "With --all: every rung over --seeds seeds, one summary line each, then the \"always thousand\" baseline."},
        footer = {"", "Examples:", "  unrolled reproduce --model lm7", "  unrolled reproduce --model lm6 --init lm6-from-pytorch.npz",
            "  unrolled reproduce --all --seeds 3"})
final class ReproduceCommand implements Callable<Integer> {

    private final PrintStream out;

    @ParentCommand
    private UnrolledCommand top;

    @Option(names = "--model", paramLabel = "ID", converter = Converters.Model.class, completionCandidates = Converters.ModelIds.class,
            description = "The rung to train: ${COMPLETION-CANDIDATES}. Required, unless --init names a checkpoint (its rung is used) or --all.")
    private ModelKind model;

    @Option(names = "--seed", paramLabel = "N", converter = Converters.Seed.class,
            description = "Random seed, a whole number 0 or more (default: the book's, 42).")
    private Long seed;

    @Option(names = "--epochs", paramLabel = "E", converter = Converters.Epochs.class,
            description = "Epochs, from 1 to " + Limits.MAX_EPOCHS + " (default: the book's for the rung).")
    private Integer epochs;

    @Option(names = "--lr", paramLabel = "X", converter = Converters.Lr.class,
            description = "Peak learning rate of the one-cycle schedule, more than 0 and at most " + (int) Limits.MAX_LR
                + " (default: the book's for the rung).")
    private Double lr;

    @Option(names = "--init", paramLabel = "FILE.npz",
            description = "Start from the weights in this checkpoint (one of ours, or a PyTorch state_dict saved with numpy.savez "
                + "plus a __config__ entry) instead of a fresh initialisation. Everything else stays the recipe.")
    private Path init;

    @Option(names = "--save", paramLabel = "FILE.npz", description = "Save the trained model as a NumPy .npz with PyTorch's state_dict names.")
    private Path save;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the settings and every epoch's numbers as JSON.")
    private Path json;

    @Option(names = "--all", description = "Train the whole ladder with the book's settings (takes --seeds, --jobs and --json only).")
    private boolean all;

    @Option(names = "--seeds", paramLabel = "K", converter = Converters.Seeds.class,
            description = "With --all: seeds per rung (42, 43, ...), from 1 to " + Limits.MAX_SEEDS + " (default: 1).")
    private Integer seeds;

    @Option(names = "--jobs", paramLabel = "J", converter = Converters.Jobs.class,
            description = "With --all: runs trained at once, from 1 to " + Limits.MAX_JOBS + " (default: one per core).")
    private Integer jobs;

    ReproduceCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws UsageError, IOException {
        if (all) {
            refuseWithAll();
            Path jsonFile = json == null ? null : FileArgs.output("--json", json, "ladder.json");
            return LadderCommand.run(seeds == null ? 1 : seeds, jobs == null ? Runtime.getRuntime().availableProcessors() : jobs, jsonFile, out);
        }
        if (seeds != null || jobs != null) {
            throw new UsageError((seeds != null ? "--seeds" : "--jobs") + " goes with --all; one rung takes --seed");
        }
        Path jsonFile = json == null ? null : FileArgs.output("--json", json, "run.json");
        Path saveFile = save == null ? null : FileArgs.output("--save", save, "model.npz");
        Path initFile = init == null ? null : FileArgs.input("--init", init);
        ModelKind kind = model != null ? model : initFile != null ? rungOf(initFile) : null;
        if (kind == null) {
            throw new UsageError("--model is required; allowed: " + ModelKind.allowedIds());
        }
        TrainConfig book = Ladder.recipe(kind);
        TrainConfig config = book.withSeed(seed == null ? book.seed() : seed)
                .withEpochs(epochs == null ? book.epochs() : epochs)
                .withLr(lr == null ? book.lrMax() : lr);

        // the book's rows compare only with a run that starts where the book's did, from a fresh model
        EpochTablePrinter table = new EpochTablePrinter(out, initFile == null ? Ladder.bookTable(kind) : List.of(),
                kind.supportsActivationPenalties() && config.alpha() + config.beta() > 0);
        TrainingRun run = Runs.create(kind, config, new TrainingListener() {
            @Override
            public void onEpoch(EpochResult r) {
                table.row(r);
            }
        });
        if (initFile != null) {
            try {
                InitialWeights.copy(initFile, run.model(), run.data().vocab().words());
            } catch (Checkpoint.Invalid e) {
                throw new UsageError("--init " + e.getMessage());
            }
        }
        if (top != null && top.verbose) {
            out.printf("%s (%s): %s%n", kind.bookName(), kind.id(), kind.adds());
            out.printf("settings: %s%n", Json.write(config.toMap()));
        }
        if (initFile != null) {
            out.println("starting from the weights in " + initFile);
        }
        table.header();
        FitOutcome outcome = run.fit();
        if (outcome.status() != FitOutcome.Status.COMPLETED) {
            out.println(outcome.message());
        }
        EpochResult last = outcome.last();
        if (last != null) {
            double bookAcc = Ladder.bookAccuracy(kind);
            String bookNote = initFile == null && !Double.isNaN(bookAcc) ? String.format("book %.6f, ", bookAcc) : "";
            out.printf("final accuracy %.6f (%sbaseline %.6f)%n", last.accuracy(), bookNote, Ladder.BASELINE_ACCURACY);
        }
        if (jsonFile != null) {
            Map<String, Object> report = report(kind, config, outcome);
            report.put("init", initFile == null ? null : initFile.toString());
            Files.writeString(jsonFile, Json.write(report, true));
        }
        if (saveFile != null) {
            Checkpoint.save(saveFile, run.model(), run.data().vocab().words(), config);
            out.println("saved " + saveFile);
        }
        return outcome.status() == FitOutcome.Status.DIVERGED ? 1 : 0;
    }

    /** --all runs every rung with the book's settings, so a setting for one rung would be silently lost. */
    private void refuseWithAll() throws UsageError {
        String[] names = {"--model", "--seed", "--epochs", "--lr", "--init", "--save"};
        Object[] given = {model, seed, epochs, lr, init, save};
        for (int i = 0; i < names.length; i++) {
            if (given[i] != null) {
                throw new UsageError("--all trains every rung with the book's settings, so it takes no " + names[i]
                        + "; drop --all to train one rung");
            }
        }
    }

    private static ModelKind rungOf(Path file) throws UsageError, IOException {
        try {
            return Checkpoint.load(file).model().kind();
        } catch (Checkpoint.Invalid e) {
            throw new UsageError("--init " + e.getMessage());
        }
    }

    static Map<String, Object> report(ModelKind kind, TrainConfig config, FitOutcome outcome) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("model", kind.id());
        r.put("seed", config.seed());
        r.put("config", config.toMap());
        List<Object> epochList = new ArrayList<>();
        for (EpochResult e : outcome.epochs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("epoch", e.epoch());
            m.put("train_loss", e.trainLoss());
            m.put("train_ce", e.trainCe());
            m.put("valid_loss", e.validLoss());
            m.put("accuracy", e.accuracy());
            m.put("seconds", e.seconds());
            epochList.add(m);
        }
        r.put("epochs", epochList);
        r.put("final_accuracy", outcome.last() == null ? null : outcome.last().accuracy());
        r.put("status", outcome.status().name().toLowerCase());
        return r;
    }
}
