package io.unrolled.viz;

import io.unrolled.models.ModelKind;
import io.unrolled.trace.SentenceTrace;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/** A source for view tests: hands out fixture traces and records what the view asked for. */
final class FixedSource implements SentenceSource {

    final SimpleObjectProperty<SentenceTrace> trace = new SimpleObjectProperty<>();
    final List<List<String>> asked = new ArrayList<>();
    final SimpleObjectProperty<String> problem = new SimpleObjectProperty<>();
    final SimpleObjectProperty<Continuation> continuation = new SimpleObjectProperty<>();
    final SimpleObjectProperty<String> generationProblem = new SimpleObjectProperty<>();
    final List<String> generated = new ArrayList<>();
    ModelKind kind;

    FixedSource(ModelKind kind) {
        this.kind = kind;
    }

    @Override
    public ObservableValue<SentenceTrace> trace() {
        return trace;
    }

    @Override
    public void traceSentence(List<String> words, String next) {
        asked.add(List.copyOf(words));
        List<String> withNext = new ArrayList<>(words);
        withNext.add(next == null ? "." : next);
        trace.set(TraceFixtures.of(kind, withNext, asked.size()));
    }

    @Override
    public ObservableValue<String> problem() {
        return problem;
    }

    /** As the view asks, with no next word. */
    void traceSentence(List<String> words) {
        traceSentence(words, null);
    }

    @Override
    public List<String> vocabulary() {
        return TraceFixtures.VOCAB;
    }

    @Override
    public List<Stretch> stretches() {
        return List.of(new Stretch("seven thousand three…", TraceFixtures.sentence(TraceFixtures.steps(kind)), "hundred"),
                new Stretch("twenty . seven…", TraceFixtures.sentence(TraceFixtures.steps(kind) + 4).subList(4, 4 + TraceFixtures.steps(kind)), "one"));
    }

    /** Records the request and answers with fixture words: the greedy ones the vocabulary's first, the sampled ones drawn by the seed. */
    @Override
    public void generate(List<String> prefix, int words, double temperature, long seed) {
        generated.add(String.join(" ", prefix) + "|" + words + "|" + temperature + "|" + seed);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        List<String> greedy = new ArrayList<>();
        List<String> sampled = new ArrayList<>();
        for (int k = 0; k < words; k++) {
            greedy.add(TraceFixtures.VOCAB.get(0));
            sampled.add(TraceFixtures.VOCAB.get(rng.nextInt(TraceFixtures.VOCAB.size())));
        }
        continuation.set(new Continuation(prefix, greedy, sampled, temperature, seed, "fixture"));
    }

    @Override
    public ObservableValue<Continuation> continuation() {
        return continuation;
    }

    @Override
    public ObservableValue<String> generationProblem() {
        return generationProblem;
    }
}
