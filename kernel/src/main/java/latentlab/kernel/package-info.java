/**
 * The LatentLab Jupyter kernel: Java cells evaluated by JShell in the kernel's own JVM.
 *
 * <p>cell → {@link latentlab.kernel.CellParts} (magics and code, in order) →
 * {@link latentlab.kernel.Evaluator} (JShell snippets, run by
 * {@link latentlab.kernel.CellExecutionControl} on one worker thread) → value →
 * {@link latentlab.kernel.Renderers} (MIME bundle) → Jupyter. Notebooks use the IJava
 * display API in {@link latentlab.kernel.Display}. Started by {@link latentlab.kernel.Main},
 * installed by {@code kernel/install.sh}. The library never imports this package.
 */
package latentlab.kernel;
