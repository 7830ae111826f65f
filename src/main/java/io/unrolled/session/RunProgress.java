package io.unrolled.session;

import io.unrolled.train.StepMetrics;

/**
 * How far a run has come, in the two forms the window shows. fastai's two bars, as its notebooks
 * show them under the epoch table: the run's epochs, "26.67% [4/15 00:12<00:33]", and this epoch's
 * batches, "40.82% [20/49 00:00<00:01]" (done/total, elapsed<left). And the status bar's short line,
 * "epoch 4 · about 00:33 left" ("15 epochs · took 00:45" once done), beside a bar that moves every
 * batch. Epochs are numbered from 0 as in fastai's table, so the line names the row being trained;
 * in fastai's bar "[4/15" four epochs are done, which is the same row.
 *
 * @param overall   fraction of the whole run's batches done: the status bar's bar
 * @param line      the status bar's text; it stays short so the status message beside it keeps its room
 */
public record RunProgress(double runFraction, String runText, double epochFraction, String epochText,
                          double overall, String line) {

    public static final RunProgress NONE = new RunProgress(0, "", 0, "", 0, "");

    /** Where a run stands: only a running one has time left to show, only a finished one its whole time. */
    enum Phase { RUNNING, HALTED, FINISHED }

    /**
     * @param runSeconds   training time of the whole run so far (pauses excluded)
     * @param epochSeconds training time since this epoch's first batch
     */
    static RunProgress of(StepMetrics m, double runSeconds, double epochSeconds, Phase phase) {
        int epochsDone = phase == Phase.FINISHED ? m.epochs() : m.epoch();   // as in fastai, an epoch counts once validated
        int batchesDone = m.batch() + 1;
        double overall = m.progress();
        double runLeft = runSeconds * (1 - overall) / overall;
        double epochDone = (double) batchesDone / m.batchesPerEpoch();
        double epochLeft = epochSeconds * (1 - epochDone) / epochDone;
        String time = switch (phase) {
            case RUNNING -> " · about " + clock(runLeft) + " left";
            case FINISHED -> " · took " + clock(runSeconds);
            case HALTED -> "";
        };
        return new RunProgress((double) epochsDone / m.epochs(), bar(epochsDone, m.epochs(), runSeconds, runLeft),
                epochDone, bar(batchesDone, m.batchesPerEpoch(), epochSeconds, epochLeft),
                overall, phase == Phase.FINISHED ? m.epochs() + " epochs" + time : "epoch " + m.epoch() + time);
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
