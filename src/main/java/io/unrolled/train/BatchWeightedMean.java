package io.unrolled.train;

/**
 * fastai's AvgLoss and AvgMetric: the mean loss and accuracy over batches, each batch weighted by
 * its size (the first dimension of its targets), so a short last batch counts for less.
 */
final class BatchWeightedMean {
    private double lossSum;
    private double accuracySum;
    private long items;
    private long predictions;

    /** One batch: its mean loss, how many of its {@code predictions} were right, and its row count. */
    void add(double meanLoss, int correct, int predictions, int batchSize) {
        lossSum += meanLoss * batchSize;
        accuracySum += (double) correct / predictions * batchSize;
        items += batchSize;
        this.predictions += predictions;
    }

    double loss() {
        return lossSum / items;
    }

    double accuracy() {
        return accuracySum / items;
    }

    long predictions() {
        return predictions;
    }
}
