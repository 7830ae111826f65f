package io.unrolled.train;

/**
 * fastai's ModelResetter: the hidden state starts from zeros at the start of the fit, of every
 * training phase and of every validation phase, and is cleared again after the fit.
 */
public final class ModelResetter implements Callback {

    @Override
    public void beforeFit(Learner l) {
        l.model().reset();
    }

    @Override
    public void beforeTrain(Learner l) {
        l.model().reset();
    }

    @Override
    public void beforeValidate(Learner l) {
        l.model().reset();
    }

    @Override
    public void afterFit(Learner l) {
        l.model().reset();
    }
}
