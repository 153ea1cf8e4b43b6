/**
 * Data sets: the embedded synthetic digits, 2-D and 1-D toy distributions, the IDX (MNIST)
 * format and the optional MNIST / Fashion-MNIST download; {@link latentlab.data.Quantize} makes
 * discrete data (K levels per feature) for dequantization.
 *
 * <p>A {@link latentlab.data.Dataset} is x [N, D] float32 with labels [N] int32. Everything is
 * deterministic from a seed or a {@link latentlab.tensor.Rng}: the same seed gives
 * byte-identical data. Images are flattened row-major with values in [0, 1], so a pixel can
 * be read as a Bernoulli mean,
 *
 * <pre>
 *   p(x | z) = Π_{d=1}^{784} μ_d(z)^{x_d} (1 − μ_d(z))^{1 − x_d}.
 * </pre>
 *
 * <p>Quick start:
 * <pre>{@code
 * Split digits = SyntheticDigits.trainTest(60_000, 10_000, 42);
 * for (LabelledBatch b : digits.train().batches(128, Rng.seeded(1))) { ... }   // b.x(): [128, 784]
 * Dataset ring = GaussianRing.EIGHT.sample(1_000, Rng.seeded(2));      // ring.x(): [1000, 2]
 * }</pre>
 */
package latentlab.data;
