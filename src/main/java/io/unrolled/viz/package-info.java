/**
 * The unrolled diagram: one sentence traced through the model, drawn in the book's notation
 * (input words as rectangles, hidden states as circles, outputs as triangles, arrows coloured by
 * the weight matrix they share) and played back step by step with the model's own numbers.
 *
 * <p>Reads {@link io.unrolled.trace.SentenceTrace} snapshots only: never ND4J, never the trainer.
 * Geometry ({@link io.unrolled.viz.ChainLayout}) and colour ({@link io.unrolled.viz.ColourScale})
 * are plain code that tests check without a window; painting reads every colour and width from CSS.
 */
package io.unrolled.viz;
