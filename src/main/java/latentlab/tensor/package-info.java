/**
 * Arrays and their checks: symbolic shape checks ({@link latentlab.tensor.Shapes}), the one
 * failure formatter ({@link latentlab.tensor.Failure}), seeded randomness
 * ({@link latentlab.tensor.Rng}), comparisons under named tolerances and numerical
 * gradients by central differences, {@code df/dx ≈ (f(x+h) - f(x-h)) / 2h}, in float64.
 * {@link latentlab.tensor.Jacobian} does the same for a whole Jacobian and its log|det|.
 *
 * <p>Arrays are ND4J {@code INDArray}s; row n is sample n. Float32 is the training dtype.
 */
package latentlab.tensor;
