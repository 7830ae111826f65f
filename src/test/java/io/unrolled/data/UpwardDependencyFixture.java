package io.unrolled.data;

import io.unrolled.session.TrainingSession;

/** Breaks the layering on purpose, for ArchitectureTest to prove its rules can fail: data using the session. */
final class UpwardDependencyFixture {

    private UpwardDependencyFixture() {
    }

    static boolean running(TrainingSession session) {
        return session.stateProperty().get() == TrainingSession.State.RUNNING;
    }
}
