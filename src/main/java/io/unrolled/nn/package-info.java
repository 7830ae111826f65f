/**
 * Layers of the chapter's models, each a forward/backward pair with an explicit cache.
 *
 * <p>Letters used in every shape comment: B batch rows, T time steps, N = T*B rows of a sequence
 * stored <b>time-major</b> (row {@code t*B + b} is batch row b at step t, so one step is a contiguous
 * block of B rows), V vocabulary, E embedding width, H hidden width. Recurrent weights follow
 * PyTorch's layout and gate order: LSTM rows are blocks (i, f, g, o), GRU rows (r, z, n).
 *
 * <p>Matrix products go through ND4J's GEMM (OpenBLAS), sigmoid and tanh through ND4J's vectorised
 * transforms. The cheap arithmetic of each cell step is a loop over Java arrays bulk-copied from and
 * to the INDArrays ({@link io.unrolled.nn.Mem}): on these machines one ND4J op costs 12-18 us of
 * dispatch whatever its size, and an LSTM step would need about 25 of them (docs/design.md).
 * Gradients accumulate ({@code +=}) into {@link io.unrolled.nn.Param#grad()}; nothing else is
 * written in place except buffers the layer owns.
 */
package io.unrolled.nn;
