package io.unrolled.train;

/**
 * Behaviour that hangs on the training loop's events, as in fastai: each method is called at the
 * named point with the learner, whose fields describe the batch in progress.
 */
public interface Callback {

    default void beforeFit(Learner l) {
    }

    default void beforeTrain(Learner l) {
    }

    default void beforeBatch(Learner l) {
    }

    default void afterPred(Learner l) {
    }

    /** The place to change {@link Learner#loss()} and add gradient terms before backward. */
    default void afterLoss(Learner l) {
    }

    default void afterBatch(Learner l) {
    }

    default void afterTrain(Learner l) {
    }

    default void beforeValidate(Learner l) {
    }

    default void afterValidate(Learner l) {
    }

    default void afterEpoch(Learner l) {
    }

    default void afterFit(Learner l) {
    }
}
