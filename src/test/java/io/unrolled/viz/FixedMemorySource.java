package io.unrolled.viz;

import io.unrolled.models.ModelKind;
import io.unrolled.trace.BatchGradients;
import io.unrolled.trace.MemoryTrace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A memory source for view tests: hands out traces made beforehand (by the real tracer) and records what the view asked for. */
final class FixedMemorySource implements MemorySource {

    final SimpleObjectProperty<MemoryTrace> memory = new SimpleObjectProperty<>();
    final SimpleObjectProperty<MemoryTrace> compared = new SimpleObjectProperty<>();
    final SimpleObjectProperty<BatchGradients> batches = new SimpleObjectProperty<>();
    final SimpleObjectProperty<String> problem = new SimpleObjectProperty<>();
    final SimpleObjectProperty<Boolean> training = new SimpleObjectProperty<>(false);
    final ObservableList<ModelKind> trained = FXCollections.observableArrayList();
    final Map<ModelKind, MemoryTrace> byRung = new EnumMap<>(ModelKind.class);
    final List<String> asked = new ArrayList<>();
    boolean watching;
    boolean watchingBatches;

    @Override
    public ObservableValue<MemoryTrace> memory() {
        return memory;
    }

    @Override
    public ObservableValue<MemoryTrace> compared() {
        return compared;
    }

    @Override
    public ObservableValue<BatchGradients> batchGradients() {
        return batches;
    }

    @Override
    public ObservableValue<String> problem() {
        return problem;
    }

    @Override
    public ObservableValue<Boolean> training() {
        return training;
    }

    @Override
    public ObservableList<ModelKind> trainedRungs() {
        return trained;
    }

    @Override
    public void compareWith(ModelKind kind) {
        asked.add("compare " + kind.id());
        compared.set(byRung.get(kind));
    }

    @Override
    public void compareWithFile(Path file) {
        asked.add("file " + file.getFileName());
    }

    @Override
    public void compareOff() {
        asked.add("off");
        compared.set(null);
    }

    @Override
    public void watch(boolean on) {
        watching = on;
    }

    @Override
    public void watchBatches(boolean on) {
        watchingBatches = on;
    }
}
