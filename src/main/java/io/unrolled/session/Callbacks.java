package io.unrolled.session;

import io.unrolled.train.Callback;
import io.unrolled.train.Learner;

/** Two run callbacks as one: the window's watchers each hang their own on the run. */
final class Callbacks {

    private Callbacks() {
    }

    /** {@code first}, then {@code second}, at every event. */
    static Callback both(Callback first, Callback second) {
        return new Callback() {
            @Override
            public void beforeFit(Learner l) {
                first.beforeFit(l);
                second.beforeFit(l);
            }

            @Override
            public void beforeTrain(Learner l) {
                first.beforeTrain(l);
                second.beforeTrain(l);
            }

            @Override
            public void beforeBatch(Learner l) {
                first.beforeBatch(l);
                second.beforeBatch(l);
            }

            @Override
            public void afterPred(Learner l) {
                first.afterPred(l);
                second.afterPred(l);
            }

            @Override
            public void afterLoss(Learner l) {
                first.afterLoss(l);
                second.afterLoss(l);
            }

            @Override
            public void afterBatch(Learner l) {
                first.afterBatch(l);
                second.afterBatch(l);
            }

            @Override
            public void afterTrain(Learner l) {
                first.afterTrain(l);
                second.afterTrain(l);
            }

            @Override
            public void beforeValidate(Learner l) {
                first.beforeValidate(l);
                second.beforeValidate(l);
            }

            @Override
            public void afterValidate(Learner l) {
                first.afterValidate(l);
                second.afterValidate(l);
            }

            @Override
            public void afterEpoch(Learner l) {
                first.afterEpoch(l);
                second.afterEpoch(l);
            }

            @Override
            public void afterFit(Learner l) {
                first.afterFit(l);
                second.afterFit(l);
            }
        };
    }
}
