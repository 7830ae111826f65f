package io.unrolled.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts the token stream into non-overlapping samples, exactly as the chapter's list
 * comprehensions do.
 *
 * <p>The loop bounds copy Python's {@code range(0, len(nums) - 4, 3)} and
 * {@code range(0, len(nums) - sl - 1, sl)} literally. They are one stricter than needed, so a
 * last window that would just fit can be skipped; keeping them makes the sample counts match
 * the book.
 */
public final class Windows {

    /** Tokens in each three-token input. */
    public static final int THREE = 3;

    private Windows() {
    }

    /** Samples of three tokens predicting the fourth; starts step by three (21031 for Human Numbers). */
    public static List<Sample> threeToken(int[] nums) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < nums.length - 4; i += THREE) {
            samples.add(new Sample(
                    Arrays.copyOfRange(nums, i, i + THREE),
                    new int[] {nums[i + THREE]}));
        }
        return List.copyOf(samples);
    }

    /**
     * Samples of {@code sl} tokens whose targets are the same tokens shifted one ahead; starts step
     * by {@code sl} (3943 for Human Numbers at sl=16).
     */
    public static List<Sample> ofLength(int[] nums, int sl) {
        if (sl < 1) {
            throw new IllegalArgumentException("sl must be >= 1, got " + sl);
        }
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < nums.length - sl - 1; i += sl) {
            samples.add(new Sample(
                    Arrays.copyOfRange(nums, i, i + sl),
                    Arrays.copyOfRange(nums, i + 1, i + sl + 1)));
        }
        return List.copyOf(samples);
    }
}
