package io.unrolled.train;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The allowed range of every setting a person can type, kept in one place: {@link TrainConfig},
 * {@link LiveHyperParams}, the command line, the window's fields and its flags all check against
 * these, so they agree on the limits and word them the same way ("must be a whole number from 1 to
 * 1000, got 0"). Each caller puts its own name for the field in front ("--epochs", "Epochs").
 * The bounds used in help texts are also compile-time constants, since annotations need those.
 */
public final class Limits {

    public static final int MAX_EPOCHS = 1000;
    public static final int MAX_BENCH_EPOCHS = 100;
    public static final int MAX_SEEDS = 20;
    public static final int MAX_JOBS = 64;
    public static final double MAX_LR = 10;
    /** The most words one generation asks for ({@link TextGenerator#MAX_WORDS}). */
    public static final int MAX_GENERATED_WORDS = TextGenerator.MAX_WORDS;
    /** The most words a typed text may have: each generated word re-reads the whole text. */
    public static final int MAX_TEXT_WORDS = 200;
    public static final double MIN_TEMPERATURE = 0.01;
    public static final double MAX_TEMPERATURE = 100;

    public static final Whole EPOCHS = new Whole("epochs", 1, MAX_EPOCHS);
    public static final Whole BENCH_EPOCHS = new Whole("epochs", 1, MAX_BENCH_EPOCHS);
    public static final Whole SEED = new Whole("seed", 0, Long.MAX_VALUE);
    public static final Whole SEEDS = new Whole("seeds", 1, MAX_SEEDS);
    public static final Whole JOBS = new Whole("jobs", 1, MAX_JOBS);
    /** fastai's batch size is capped by the 3-word training windows (789 batches of one would be the most). */
    public static final Whole BATCH_SIZE = new Whole("batch size", 1, 789);
    public static final Whole SEQ_LEN = new Whole("sequence length", 2, 256);
    /** A unit of a layer to open in the Gates tab (--unit): every rung has the book's hidden width. */
    public static final Whole UNIT = new Whole("unit", 0, io.unrolled.models.ModelConfig.BOOK_HIDDEN - 1);
    /** How many words to generate after a text. */
    public static final Whole GENERATED_WORDS = new Whole("words", 1, MAX_GENERATED_WORDS);

    /** The peak learning rate: far past where any rung of the ladder diverges. */
    public static final Real LR = new Real("lr", 0, false, MAX_LR, true);
    public static final Real WD = new Real("wd", 0, true, 1, true);
    public static final Real ALPHA = new Real("alpha", 0, true, 100, true);
    public static final Real BETA = new Real("beta", 0, true, 100, true);
    public static final Real DROPOUT = new Real("dropout", 0, true, 1, false);
    public static final Real MOMENTUM = new Real("momentum", 0, true, 1, false);
    /**
     * The sampling temperature: p^(1/T) is already all but greedy at the low end and all but uniform at
     * the high end, so nothing outside is worth a number (0 itself means greedy, which is no temperature).
     */
    public static final Real TEMPERATURE = new Real("temperature", MIN_TEMPERATURE, true, MAX_TEMPERATURE, true);
    /** A delay given to the window's flags (--screenshot-after, --exit-after). */
    public static final Real SECONDS = new Real("seconds", 0, true, Double.POSITIVE_INFINITY, false);

    private Limits() {
    }

    /** A value that is outside its limits or not a value at all; the message starts with "must be". */
    public static final class Refused extends Exception {
        public Refused(String reason) {
            super(reason);
        }
    }

    /** Whole numbers from {@code min} to {@code max}, both included. */
    public record Whole(String field, long min, long max) {

        /** "a whole number from 1 to 1000", or "a whole number 0 or more" when there is no upper limit worth naming. */
        public String describe() {
            return max == Long.MAX_VALUE ? "a whole number " + min + " or more" : "a whole number from " + min + " to " + max;
        }

        public boolean allows(long value) {
            return value >= min && value <= max;
        }

        /** Reads what a person typed; a huge number is called too large, not "not a whole number". */
        public long parse(String text) throws Refused {
            String t = text == null ? "" : text.trim();
            if (!t.matches("[+-]?\\d+")) {
                throw new Refused("must be " + describe() + ", got '" + t + "'");
            }
            BigInteger v = new BigInteger(t);
            if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
                // "0 or more" hides the upper end, which only a number past it needs to hear
                String most = max == Long.MAX_VALUE && v.signum() > 0 ? " and at most " + max : "";
                throw new Refused("must be " + describe() + most + ", got " + t);
            }
            return v.longValue();
        }

        public int parseInt(String text) throws Refused {
            return Math.toIntExact(parse(text));
        }

        /** For code that builds settings: an IllegalArgumentException that names the field and the range. */
        public void require(long value) {
            if (!allows(value)) {
                throw new IllegalArgumentException(field + " must be " + describe() + ", got " + value);
            }
        }
    }

    /** Numbers between {@code min} and {@code max}, each end included or not; never NaN or infinite. */
    public record Real(String field, double min, boolean minIncluded, double max, boolean maxIncluded) {

        /** "a number more than 0 and at most 10", "a number from 0 to 1", "a number 0 or more and less than 1". */
        public String describe() {
            if (minIncluded && maxIncluded) {
                return "a number from " + plain(min) + " to " + plain(max);
            }
            String low = minIncluded ? plain(min) + " or more" : "more than " + plain(min);
            if (Double.isInfinite(max)) {
                return "a number " + low;
            }
            return "a number " + low + " and " + (maxIncluded ? "at most " : "less than ") + plain(max);
        }

        public boolean allows(double value) {
            return Double.isFinite(value) && (minIncluded ? value >= min : value > min) && (maxIncluded ? value <= max : value < max);
        }

        public double parse(String text) throws Refused {
            String t = text == null ? "" : text.trim();
            double v;
            try {
                v = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new Refused("must be " + describe() + ", got '" + t + "'");
            }
            if (!allows(v)) {
                throw new Refused("must be " + describe() + ", got " + t);
            }
            return v;
        }

        public void require(double value) {
            if (!allows(value)) {
                throw new IllegalArgumentException(field + " must be " + describe() + ", got " + value);
            }
        }

        private static String plain(double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
    }
}
