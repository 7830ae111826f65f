package io.unrolled.session;

import io.unrolled.train.StepMetrics;

/** The per-batch series the charts draw, bounded and decimated; UI thread only. */
final class LiveSeries {

    private static final int CAPACITY = 4000;

    final SeriesBuffer raw = new SeriesBuffer(CAPACITY);
    final SeriesBuffer smoothed = new SeriesBuffer(CAPACITY);
    final SeriesBuffer crossEntropy = new SeriesBuffer(CAPACITY);
    final SeriesBuffer ar = new SeriesBuffer(CAPACITY);
    final SeriesBuffer tar = new SeriesBuffer(CAPACITY);

    void add(StepMetrics m) {
        raw.add(m.iteration(), m.loss());
        smoothed.add(m.iteration(), m.smoothedLoss());
        crossEntropy.add(m.iteration(), m.crossEntropy());
        ar.add(m.iteration(), m.arTerm());
        tar.add(m.iteration(), m.tarTerm());
    }

    void clear() {
        raw.clear();
        smoothed.clear();
        crossEntropy.clear();
        ar.clear();
        tar.clear();
    }
}
