/**
 * Typed, immutable pictures of values inside a model, for the diagram views and the {@code trace}
 * command: per-layer records for each cell kind and the trace of one sentence. Core code: plain
 * arrays only (no ND4J, no JavaFX), made on the trainer thread and never changed after that, so
 * they can cross to the UI thread as they are.
 *
 * <p>Letters: T steps of the sentence, H hidden units, V words in the vocabulary. Arrays of two
 * axes are row-major, (T, H) means index {@code t * H + unit}.
 */
package io.unrolled.trace;
