package io.unrolled.ui;

import io.unrolled.data.Corpus;
import io.unrolled.session.TrainingSession;
import io.unrolled.trace.SentenceTrace;
import io.unrolled.viz.SentenceSource;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/** The Unrolled view's sentences and traces, from the training session. */
final class SessionSentences implements SentenceSource {

    private final ReadOnlyObjectWrapper<SentenceTrace> trace = new ReadOnlyObjectWrapper<>();
    private final Corpus corpus = Corpus.humanNumbers();

    SessionSentences(TrainingSession session) {
    }

    @Override
    public ObservableValue<SentenceTrace> trace() {
        return trace.getReadOnlyProperty();
    }

    @Override
    public void traceSentence(List<String> words) {
        throw new IllegalArgumentException("Tracing is not wired to the session yet.");
    }

    @Override
    public List<String> vocabulary() {
        return corpus.vocab().words();
    }

    @Override
    public List<Stretch> stretches() {
        return ValidationStretches.of(corpus);
    }
}
