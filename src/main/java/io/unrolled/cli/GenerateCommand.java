package io.unrolled.cli;

import io.unrolled.data.Corpus;
import io.unrolled.data.Vocab;
import io.unrolled.models.ModelKind;
import io.unrolled.train.Limits;
import io.unrolled.train.SentenceTracer;
import io.unrolled.train.TextGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: continues a text word by word with a model, greedily or sampled at a temperature. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        customSynopsis = {
            "unrolled generate (--load FILE.npz | --model ID) --text \"WORDS\" --words N",
            "                  [--temperature T [--seed S]]"},
        description = {
            "Continues the text by N words. Each next word comes from the model's next-word distribution over the whole "
                + "text so far (eval mode, from a zero state).",
            "Greedy without --temperature: always the most likely word, so the same model and text give the same words. "
                + "With --temperature T it is drawn from the distribution raised to the power 1/T and renormalised; "
                + "the same --seed gives the same words."},
        footer = {"", "Examples:", "  unrolled generate --load lm7.npz --text \"seven thousand\" --words 12",
            "  unrolled generate --load lm7.npz --text \"one hundred\" --words 20 \\", "      --temperature 0.8 --seed 7"})
final class GenerateCommand implements Callable<Integer> {

    /** The seed of the draws when none is given, so that a sampled run can be repeated. */
    static final long DEFAULT_SEED = 42;

    private final PrintStream out;

    @Option(names = "--load", paramLabel = "FILE.npz",
            description = "A checkpoint saved by reproduce --save or the window (or a PyTorch state_dict with a __config__ entry).")
    private Path load;

    @Option(names = "--model", paramLabel = "ID", converter = Converters.Model.class, completionCandidates = Converters.ModelIds.class,
            description = "Instead of --load: the untrained weights a run of this rung starts from with the book's seed "
                + "(${COMPLETION-CANDIDATES}).")
    private ModelKind model;

    @Option(names = "--text", paramLabel = "WORDS", required = true,
            description = "The words to continue, e.g. \"seven thousand three hundred\"; case and extra spaces do not matter, "
                + "and \".\" is a word of its own. At most " + Limits.MAX_TEXT_WORDS + " words.")
    private String text;

    @Option(names = "--words", paramLabel = "N", required = true, converter = Converters.GeneratedWords.class,
            description = "How many words to add, from 1 to " + Limits.MAX_GENERATED_WORDS + ".")
    private int words;

    @Option(names = "--temperature", paramLabel = "T", converter = Converters.Temperature.class,
            description = "Sample instead of choosing greedily: from " + Limits.MIN_TEMPERATURE + " (nearly greedy) to "
                + (int) Limits.MAX_TEMPERATURE + " (nearly uniform); 1 draws from the model's own distribution. "
                + "Default: greedy.")
    private Double temperature;

    @Option(names = "--seed", paramLabel = "S", converter = Converters.Seed.class,
            description = "With --temperature: the seed of the draws, a whole number 0 or more (default: " + DEFAULT_SEED + ").")
    private Long seed;

    GenerateCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws UsageError, IOException {
        if (seed != null && temperature == null) {
            throw new UsageError("--seed goes with --temperature: greedy generation draws nothing");
        }
        Vocab vocab = Corpus.humanNumbers().vocab();
        Weights weights = Weights.choose(load, model, null, vocab.words());
        int[] prefix = TypedWords.ids(text, vocab, weights.model().kind());
        TextGenerator.Choice choice = temperature == null ? TextGenerator.Choice.greedy()
                : TextGenerator.Choice.sampled(temperature, seed == null ? DEFAULT_SEED : seed);
        int[] generated = new TextGenerator(new SentenceTracer()).generate(weights.model(), prefix, words, choice);
        String how = choice.greedyChoice() ? "greedy (the most likely word each time)"
                : "sampled at temperature " + temperature + " with seed " + choice.seed();
        out.println(weights.model().kind().bookName() + ", " + weights.caption() + "; " + how);
        out.println("text:      " + vocab.decode(prefix));
        out.println("generated: " + vocab.decode(generated));
        return 0;
    }
}
