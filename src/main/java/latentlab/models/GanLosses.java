package latentlab.models;

import latentlab.exercises.Exercises;
import latentlab.exercises.GanObjectives;
import latentlab.exercises.GanObjectives.DiscriminatorGrads;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The GAN losses on logits a {@link Gan} trains with, as in the Unit 4 exercises:
 * <pre>
 *   L_D = (1/N) Σ softplus(−r) + (1/M) Σ softplus(f)       ∂/∂r = (σ(r) − 1)/N, ∂/∂f = σ(f)/M
 *   saturating      L_G = −(1/M) Σ softplus(f)                ∂/∂f = −σ(f)/M
 *   non-saturating  L_G = (1/M) Σ softplus(−f)                ∂/∂f = (σ(f) − 1)/M
 * </pre>
 * {@link #builtIn()} is the library's fused version; {@link #of(GanObjectives)} runs an
 * exercise implementation (the reference or the student's). Logits are [N, 1] and [M, 1].
 */
public interface GanLosses {

    double discriminatorLoss(INDArray realLogits, INDArray fakeLogits);

    DiscriminatorGrads discriminatorLossGradient(INDArray realLogits, INDArray fakeLogits);

    double generatorLoss(INDArray fakeLogits, GanConfig.GeneratorLoss kind);

    INDArray generatorLossGradient(INDArray fakeLogits, GanConfig.GeneratorLoss kind);

    String describe();

    static GanLosses builtIn() {
        return new FusedGanLosses();
    }

    static GanLosses reference() {
        return of(Exercises.reference(GanObjectives.class), "reference");
    }

    static GanLosses student() {
        return of(Exercises.student(GanObjectives.class), "student");
    }

    static GanLosses of(GanObjectives objectives, String name) {
        return new GanLosses() {
            @Override
            public double discriminatorLoss(INDArray realLogits, INDArray fakeLogits) {
                return objectives.discriminatorLoss(realLogits, fakeLogits);
            }

            @Override
            public DiscriminatorGrads discriminatorLossGradient(INDArray realLogits, INDArray fakeLogits) {
                return objectives.discriminatorLossGradient(realLogits, fakeLogits);
            }

            @Override
            public double generatorLoss(INDArray fakeLogits, GanConfig.GeneratorLoss kind) {
                return kind == GanConfig.GeneratorLoss.SATURATING ? objectives.generatorLossSaturating(fakeLogits)
                        : objectives.generatorLossNonSaturating(fakeLogits);
            }

            @Override
            public INDArray generatorLossGradient(INDArray fakeLogits, GanConfig.GeneratorLoss kind) {
                return kind == GanConfig.GeneratorLoss.SATURATING
                        ? objectives.generatorLossSaturatingGradient(fakeLogits)
                        : objectives.generatorLossNonSaturatingGradient(fakeLogits);
            }

            @Override
            public String describe() {
                return name;
            }
        };
    }
}
