package io.unrolled.session;

import io.unrolled.train.StepMetrics;

/**
 * fastai's two progress bars, as its notebooks show them under the epoch table: the run's epochs,
 * "26.67% [4/15 00:12<00:33]", and this epoch's batches, "40.82% [20/49 00:00<00:01]" (done/total,
 * elapsed<left).
 */
public record RunProgress(double runFraction, String runText, double epochFraction, String epochText) {

    public static final RunProgress NONE = new RunProgress(0, "", 0, "");

    /**
     * @param runSeconds   training time of the whole run so far (pauses excluded)
     * @param epochSeconds training time since this epoch's first batch
     * @param finished     the run completed: every epoch counts as done
     */
    static RunProgress of(StepMetrics m, double runSeconds, double epochSeconds, boolean finished) {
        int epochsDone = finished ? m.epochs() : m.epoch();     // as in fastai, an epoch counts once it is validated
        int batchesDone = m.batch() + 1;
        double runLeft = runSeconds * (1 - m.progress()) / m.progress();
        double epochDone = (double) batchesDone / m.batchesPerEpoch();
        double epochLeft = epochSeconds * (1 - epochDone) / epochDone;
        return new RunProgress((double) epochsDone / m.epochs(), bar(epochsDone, m.epochs(), runSeconds, runLeft),
                epochDone, bar(batchesDone, m.batchesPerEpoch(), epochSeconds, epochLeft));
    }

    private static String bar(int done, int total, double elapsed, double left) {
        return String.format("%.2f%% [%d/%d %s<%s]", 100.0 * done / total, done, total, clock(elapsed), clock(left));
    }

    /** fastai's time format: mm:ss, with hours in front only when there are some. */
    static String clock(double seconds) {
        long s = Math.round(seconds);
        long h = s / 3600;
        return h > 0 ? String.format("%d:%02d:%02d", h, s / 60 % 60, s % 60) : String.format("%02d:%02d", s / 60, s % 60);
    }
}
