package io.unrolled.cli;

import io.unrolled.data.Corpus;
import io.unrolled.data.ValidationText;
import io.unrolled.data.Vocab;
import io.unrolled.models.ModelKind;
import io.unrolled.trace.DropoutTrace;
import io.unrolled.trace.DropoutTraceJson;
import io.unrolled.trace.DropoutTraceText;
import io.unrolled.trace.MemoryTrace;
import io.unrolled.trace.MemoryTraceText;
import io.unrolled.trace.SentenceTrace;
import io.unrolled.trace.SentenceTraceJson;
import io.unrolled.trace.SentenceTraceText;
import io.unrolled.train.DropoutTracer;
import io.unrolled.train.Ladder;
import io.unrolled.train.Limits;
import io.unrolled.train.MemoryTracer;
import io.unrolled.train.Reading;
import io.unrolled.train.SentenceTracer;
import io.unrolled.train.TrainConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trace}: one sentence through a model, step by step, as the unrolled view draws it. */
@Command(name = "trace", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        customSynopsis = {
            "unrolled trace (--load FILE.npz | --model ID [--seed N])",
            "               [--text \"WORDS\" | --stretch K] [--at T] [--train-mode [--seed S]] [--json FILE]"},
        description = {
            "Traces one sentence through a model in eval mode from a zero state and prints, for each word it reads, "
                + "the word, the word that really follows (when known) and the model's top 3 next words with their probabilities.",
            "Without --text it traces a " + ValidationText.DEFAULT_LENGTH + "-word stretch of the validation text, which no rung trained on.",
            "LMModel1 and 2 read the last three words; LMModel3 reads three at a time and predicts after each third word.",
            "With --at T it also prints how far back the prediction after word T looks: for each earlier word, the size of the "
                + "gradient of log p(the most likely next word) that reaches its embedding.",
            "With --train-mode (LMModel7) it also runs the sentence once in training mode, through a copy of the weights, "
                + "with a dropout mask drawn from the seed, and prints per word the units dropped, the mask, and the two "
                + "quantities fastai's penalties average: AR = mean(dropped^2) on the dropped-out output, "
                + "TAR = mean((raw_t - raw_t-1)^2) on the raw output (none at the first word). In --json they are the key "
                + "train_mode: p, seed, alpha, beta, mask, raw, dropped, ar, tar, ar_penalty, tar_penalty, weights."},
        footer = {"", "Examples:", "  unrolled trace --load lm7.npz --text \"seven thousand three hundred\"",
            "  unrolled trace --model lm6 --json before.json", "    (the weights LMModel6 has before training)",
            "  unrolled trace --load lm6.npz --at 12", "    (which earlier words the prediction after word 12 depends on)",
            "  unrolled trace --load lm7.npz --train-mode --seed 3", "    (the dropout mask seed 3 draws, and AR and TAR per word)"})
final class TraceCommand implements Callable<Integer> {

    private final PrintStream out;

    @Option(names = "--load", paramLabel = "FILE.npz",
            description = "A checkpoint saved by reproduce --save or the window (or a PyTorch state_dict with a __config__ entry).")
    private Path load;

    @Option(names = "--model", paramLabel = "ID", converter = Converters.Model.class, completionCandidates = Converters.ModelIds.class,
            description = "Instead of --load: the untrained weights a run of this rung starts from (${COMPLETION-CANDIDATES}).")
    private ModelKind model;

    @Option(names = "--seed", paramLabel = "N", converter = Converters.Seed.class,
            description = "With --model: the seed of those weights; with --train-mode also where the dropout mask's draws start. "
                + "A whole number 0 or more (default: the book's, 42).")
    private Long seed;

    @Option(names = "--train-mode",
            description = "Also run the sentence once in training mode (LMModel7: dropout on) and print the mask and the per-word "
                + "AR and TAR quantities; in --json under train_mode.")
    private boolean trainMode;

    @Option(names = "--text", paramLabel = "WORDS",
            description = "The words to trace, e.g. \"seven thousand three hundred\"; case and extra spaces do not matter, "
                + "and \".\" is a word of its own. At most " + Limits.MAX_TEXT_WORDS + " words.")
    private String text;

    @Option(names = "--stretch", paramLabel = "K", converter = Converters.Stretch.class,
            description = "Without --text: which validation stretch to trace, counted from 0 (default: 0).")
    private Integer stretch;

    @Option(names = "--at", paramLabel = "T", converter = Converters.Position.class,
            description = "Gradient flow for the prediction after word T instead of the last. Words are counted from 0: "
                + "the first word is --at 0, and the window's \"word 9/16\" is --at 8 (as predictions[].after in the JSON). Printed per word, and written as gradient_flow with --json.")
    private Integer at;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the whole trace as JSON: model, vocab, words, predictions (30 probabilities after each word), "
                + "layers (each a T×H array per name) and gradient_flow (for the last prediction, or the one --at names).")
    private Path json;

    TraceCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws UsageError, IOException {
        if (text != null && stretch != null) {
            throw new UsageError("give --text or --stretch, not both: --stretch picks a validation sentence instead of typed words");
        }
        Path jsonFile = json == null ? null : FileArgs.output("--json", json, "trace.json");
        Vocab vocab = Corpus.humanNumbers().vocab();
        // a loaded model's weights are set: there the seed only draws the mask
        Weights weights = Weights.choose(load, model, load != null && trainMode ? null : seed, vocab.words());
        ModelKind kind = weights.model().kind();
        int[] words;
        int next = -1;
        String source;
        if (text != null) {
            words = TypedWords.ids(text, vocab, kind);
            source = "typed text";
        } else {
            ValidationText stretches = ValidationText.of(ValidationText.DEFAULT_LENGTH);
            int k = stretch == null ? 0 : stretch;
            Limits.Whole allowed = new Limits.Whole("stretch", 0, stretches.count() - 1);
            if (!allowed.allows(k)) {
                throw new UsageError("--stretch must be " + allowed.describe() + ", got " + k);
            }
            ValidationText.Stretch s = stretches.stretch(k);
            words = s.words().stream().mapToInt(vocab::index).toArray();
            next = vocab.index(s.next());
            source = "validation stretch " + k + " (of " + stretches.count() + "; --stretch K picks another)";
        }
        SentenceTrace trace = new SentenceTracer().trace(weights.model(), vocab.words(), words, next, weights.caption());
        MemoryTrace memory = null;
        int flowRow = -1;
        if (at != null) {
            memory = new MemoryTracer().trace(weights.model(), vocab.words(), words, weights.caption());
            flowRow = memory.predictionAfter(at);
            if (flowRow < 0) {
                throw new UsageError("--at counts words from 0, so the first word is --at 0 and the window's \"word 9/16\" is --at 8; "
                        + memory.modelName() + " predicts after " + (memory.predictsAfter().matches("\\d+") ? "word " : "words ")
                        + memory.predictsAfter() + " here; got " + at);
            }
            trace = new SentenceTrace(trace.model(), trace.modelName(), trace.vocab(), trace.words(), trace.predictions(),
                    trace.layers(), memory.flow()[flowRow], trace.weights());
        }
        out.println(source + ": " + vocab.decode(words));
        int read = Reading.wordsRead(kind, words).length;
        if (read < words.length) {
            out.println(kind.bookName() + " reads the last " + read + " of these " + words.length + " words"
                    + (kind == ModelKind.LM3 ? ", three at a time" : ""));
        }
        SentenceTraceText.lines(trace).forEach(out::println);
        if (memory != null) {
            MemoryTraceText.lines(memory, flowRow).forEach(out::println);
        }
        DropoutTrace dropout = trainMode ? trainModePass(weights, words, kind, vocab) : null;
        if (jsonFile != null) {
            int flowAfter = at == null ? -1 : at;
            if (dropout != null) {
                DropoutTraceJson.write(trace, flowAfter, dropout, jsonFile);
            } else {
                SentenceTraceJson.write(trace, flowAfter, jsonFile);
            }
            out.println("wrote " + jsonFile);
        }
        return 0;
    }

    /** Prints the train-mode pass and returns it, or says in one line why the rung has none and returns null. */
    private DropoutTrace trainModePass(Weights weights, int[] words, ModelKind kind, Vocab vocab) {
        String none = DropoutTracer.noDropout(kind);
        if (none != null) {
            out.println(none);
            return null;
        }
        TrainConfig recipe = Ladder.recipe(kind);
        long maskSeed = seed == null ? recipe.seed() : seed;
        // the rung's p, α and β as the book trains it; a loaded model keeps the p it was built with
        DropoutTrace d = new DropoutTracer().trace(weights.model(), words, weights.model().config().dropout(), maskSeed,
                recipe.alpha(), recipe.beta(), weights.caption());
        out.println();
        DropoutTraceText.lines(d, kind.bookName(), vocab.words()).forEach(out::println);
        return d;
    }
}
