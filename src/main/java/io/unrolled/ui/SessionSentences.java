package io.unrolled.ui;

import io.unrolled.data.Corpus;
import io.unrolled.data.ValidationText;
import io.unrolled.session.SentenceWatch;
import io.unrolled.trace.SentenceTrace;
import io.unrolled.session.Generations;
import io.unrolled.viz.Continuation;
import io.unrolled.viz.SentenceSource;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;

/**
 * The Unrolled view's sentences, traced by the session's {@link SentenceWatch} through the model's
 * current weights; the chooser offers a dozen validation stretches spread over the validation text.
 */
final class SessionSentences implements SentenceSource, io.unrolled.viz.TrainModeSource {

    private static final int OFFERED = 12;

    private final SentenceWatch watch;
    private final io.unrolled.session.DropoutWatch dropout;
    private final List<Stretch> stretches = new ArrayList<>();
    private List<String> lastWords;
    private String lastNext;

    SessionSentences(SentenceWatch watch, io.unrolled.session.DropoutWatch dropout) {
        this.watch = watch;
        this.dropout = dropout;
        ValidationText text = ValidationText.of(ValidationText.DEFAULT_LENGTH);
        for (int i = 0; i < OFFERED; i++) {
            ValidationText.Stretch s = text.stretch((int) ((long) i * text.count() / OFFERED));
            stretches.add(new Stretch(String.join(" ", s.words().subList(0, 5)) + " …", s.words(), s.next()));
        }
    }

    @Override
    public ObservableValue<SentenceTrace> trace() {
        return watch.traceProperty();
    }

    @Override
    public ObservableValue<String> problem() {
        return watch.problemProperty();
    }

    @Override
    public void traceSentence(List<String> words, String next) {
        lastWords = List.copyOf(words);
        lastNext = next;
        watch.traceSentence(words, next);
    }

    /** While the tab is hidden nothing is traced, so training pays nothing for it; shown again, the sentence is traced anew. */
    void watching(boolean on) {
        if (!on) {
            watch.stopWatching();
        } else if (lastWords != null) {
            watch.traceSentence(lastWords, lastNext);
        }
    }

    @Override
    public List<String> vocabulary() {
        return Corpus.humanNumbers().vocab().words();
    }

    @Override
    public List<Stretch> stretches() {
        return stretches;
    }

    @Override
    public void generate(List<String> prefix, int words, double temperature, long seed) {
        watch.generations().generate(prefix, words, temperature, seed);
    }

    @Override
    public ObservableValue<Continuation> continuation() {
        return watch.generations().resultProperty().map(SessionSentences::continuation);
    }

    @Override
    public ObservableValue<String> generationProblem() {
        return watch.generations().problemProperty();
    }

    @Override
    public void setTrainMode(boolean on) {
        dropout.setOn(on);
    }

    @Override
    public ObservableValue<io.unrolled.trace.DropoutTrace> dropout() {
        return dropout.traceProperty();
    }

    @Override
    public void nextMask() {
        dropout.nextMask();
    }

    private static Continuation continuation(Generations.Generation g) {
        return new Continuation(g.prefix(), g.greedy(), g.sampled(), g.temperature(), g.seed(), g.weights());
    }
}
