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
    ModelKind kind;

    FixedSource(ModelKind kind) {
        this.kind = kind;
    }

    @Override
    public ObservableValue<SentenceTrace> trace() {
        return trace;
    }

    @Override
    public void traceSentence(List<String> words) {
        asked.add(List.copyOf(words));
        List<String> withNext = new ArrayList<>(words);
        withNext.add(".");
        trace.set(TraceFixtures.of(kind, withNext, asked.size()));
    }

    @Override
    public List<String> vocabulary() {
        return TraceFixtures.VOCAB;
    }

    @Override
    public List<Stretch> stretches() {
        return List.of(new Stretch("seven thousand three…", TraceFixtures.sentence(TraceFixtures.steps(kind))),
                new Stretch("twenty . seven…", TraceFixtures.sentence(TraceFixtures.steps(kind) + 4).subList(4, 4 + TraceFixtures.steps(kind))));
    }
}
