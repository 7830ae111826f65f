package io.unrolled.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The chapter's {@code group_chunks}: reorders samples so that, once batched in order, row
 * {@code j} of batch {@code i + 1} is the sample that follows row {@code j} of batch {@code i} in
 * the text. That is what lets a model carry its hidden state from one batch to the next.
 */
public final class GroupChunks {

    private GroupChunks() {
    }

    /**
     * With {@code m = ds.size() / bs}, output position {@code i * bs + j} holds {@code ds[i + m * j]}
     * for {@code i < m, j < bs}. The last {@code ds.size() % bs} samples are dropped, as in the book.
     */
    public static <T> List<T> apply(List<T> ds, int bs) {
        if (bs < 1) {
            throw new IllegalArgumentException("bs must be >= 1, got " + bs);
        }
        int m = ds.size() / bs;
        List<T> grouped = new ArrayList<>(m * bs);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < bs; j++) {
                grouped.add(ds.get(i + m * j));
            }
        }
        return List.copyOf(grouped);
    }
}
