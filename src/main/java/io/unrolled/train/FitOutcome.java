package io.unrolled.train;

import java.util.List;

/** How a fit ended and what it recorded. */
public record FitOutcome(Status status, String message, List<EpochResult> epochs) {

    public enum Status { COMPLETED, STOPPED, DIVERGED, FAILED }

    public EpochResult last() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }
}
