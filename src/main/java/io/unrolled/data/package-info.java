/**
 * The Human Numbers data set of fastbook chapter 12, generated in code rather than downloaded,
 * and the exact windowing, splitting, chunk-grouping and batching the chapter's models are fed with.
 *
 * <p>Everything here is plain Java on {@code int} token ids so the numbers can be checked against
 * the Python original without any tensor library in the way.
 */
package io.unrolled.data;
