package io.unrolled.session;

import io.unrolled.data.Spelling;
import io.unrolled.data.Vocab;
import io.unrolled.train.SentenceTracer;
import io.unrolled.train.TextGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Unrolled view's "try it": continues a prefix with the model's current weights, greedily and
 * sampled at a temperature, side by side. The trainer thread generates (the same model a trace of the
 * sentence would use, reached by the same routes); the UI thread receives one immutable
 * {@link Generation}. Only the newest request counts; a late answer to an older one is dropped.
 */
public final class Generations {

    /** The most words one request continues by. */
    public static final int MAX_WORDS = TextGenerator.MAX_WORDS;

    /**
     * Both continuations of one prefix.
     *
     * @param greedy  the most likely word at every step
     * @param sampled drawn at {@code temperature} from a generator seeded with {@code seed}
     * @param weights the caption of the weights that wrote them ("before training", "epoch 3, batch 40")
     */
    public record Generation(List<String> prefix, List<String> greedy, List<String> sampled,
                             double temperature, long seed, String weights) {
        public Generation {
            prefix = List.copyOf(prefix);
            greedy = List.copyOf(greedy);
            sampled = List.copyOf(sampled);
        }
    }

    private record Request(long id, List<String> prefix, int words, double temperature, long seed) {
    }

    private record Outcome(long id, Generation generation, String problem) {
    }

    private final Consumer<Consumer<SentenceWatch.Subject>> onTrainer;
    private final Supplier<Vocab> vocab;
    private final FxMailbox<Outcome> mailbox;
    private final AtomicLong ids = new AtomicLong();
    private final ReadOnlyObjectWrapper<Generation> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private volatile long newest;

    // trainer thread only
    private final TextGenerator generator = new TextGenerator(new SentenceTracer());

    /**
     * @param ui        where results are delivered
     * @param onTrainer runs a task once on the trainer thread with the model of the moment
     * @param vocab     the words the model knows
     */
    Generations(Executor ui, Consumer<Consumer<SentenceWatch.Subject>> onTrainer, Supplier<Vocab> vocab) {
        this.onTrainer = onTrainer;
        this.vocab = vocab;
        this.mailbox = new FxMailbox<>(ui, this::deliver);
    }

    // ---------------------------------------------------------------- UI thread

    /**
     * Continues {@code prefix} (case forgiven) by {@code words} words, both greedily and sampled at
     * {@code temperature} with {@code seed}. Bad input is named in {@link #problemProperty()} and
     * changes nothing.
     */
    public void generate(List<String> prefix, int words, double temperature, long seed) {
        Vocab v = vocab.get();
        List<String> lower = prefix.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        String bad = lower.isEmpty() ? "Type a few words to continue, such as: seven thousand three hundred."
                : words < 1 || words > MAX_WORDS ? "The number of words must be from 1 to " + MAX_WORDS + ", not " + words + "."
                : !(temperature > 0 && Double.isFinite(temperature)) ? "The temperature must be a number above 0, not " + temperature + "."
                : lower.stream().filter(w -> !v.contains(w)).findFirst()
                        .map(w -> "\"" + w + "\" is not one of the " + v.size() + " words the model knows." + Spelling.didYouMean(w, v.words())).orElse(null);
        if (bad != null) {
            problem.set(bad);
            return;
        }
        Request r = new Request(ids.incrementAndGet(), lower, words, temperature, seed);
        newest = r.id();
        onTrainer.accept(subject -> serve(r, subject, v));
    }

    /** The newest continuation, or null before the first. */
    public ReadOnlyObjectProperty<Generation> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the last request could not be continued (too few words for the rung, say), or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void deliver(List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            if (o.id() != newest) {
                continue;   // an older request's answer
            }
            if (o.generation() != null) {
                result.set(o.generation());
                problem.set(null);
            } else {
                problem.set(o.problem());
            }
        }
    }

    // ---------------------------------------------------------------- trainer thread

    private void serve(Request r, SentenceWatch.Subject s, Vocab v) {
        try {
            int[] prefix = r.prefix().stream().mapToInt(v::index).toArray();
            int[] greedy = generator.generate(s.model(), prefix, r.words(), TextGenerator.Choice.greedy());
            int[] sampled = generator.generate(s.model(), prefix, r.words(),
                    TextGenerator.Choice.sampled(r.temperature(), r.seed()));
            mailbox.post(new Outcome(r.id(), new Generation(r.prefix(), words(greedy, v), words(sampled, v),
                    r.temperature(), r.seed(), s.weights()), null));
        } catch (IllegalArgumentException e) {
            mailbox.post(new Outcome(r.id(), null, e.getMessage()));
        }
    }

    private static List<String> words(int[] ids, Vocab v) {
        return Arrays.stream(ids).mapToObj(v.words()::get).toList();
    }
}
