/**
 * Pictures for notebooks and reports: loss curves from a history table, scatter plots
 * coloured by label, image grids, 1-D densities and histograms, 2-D heat maps. The only
 * package that imports XChart. Each factory returns an XChart chart or a
 * {@link java.awt.image.BufferedImage}; {@link latentlab.viz.Charts#toImage} renders a chart
 * at any size, headless. A histogram is drawn as a density, so it compares with a curve:
 *
 * <pre>
 *   p̂(x) = count(bin of x) / (N · binWidth),   ∫ p̂(x) dx = 1.
 * </pre>
 *
 * Nothing here modifies its inputs.
 */
package latentlab.viz;
