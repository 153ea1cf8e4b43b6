package latentlab.models;

import latentlab.exercises.Divergences;
import latentlab.exercises.Divergences.KlGrads;
import latentlab.exercises.Exercises;
import latentlab.exercises.Reparameterization;
import latentlab.exercises.Reparameterization.ReparameterizeGrads;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The functions a {@link Vae} is built from, as in the Unit 2 and 3 exercises:
 * <pre>
 *   z = μ + exp(½ logVar) ⊙ ε              dμ = dZ,  dlogVar = dZ ⊙ ½ exp(½ logVar) ⊙ ε
 *   KL_n = ½ Σ_j (exp(logVar) + μ² − 1 − logVar)   ∂/∂μ = μ,  ∂/∂logVar = ½ (exp(logVar) − 1)
 * </pre>
 * {@link #builtIn()} is the library's fused float32 version (fast, the default);
 * {@link #reference()} and {@link #student()} run the exercise implementations, so a student's
 * own reparameterize and KL can train the VAE. All arrays are [N, Z]; none is modified.
 */
public interface VaeFunctions {

    INDArray reparameterize(INDArray mu, INDArray logVar, INDArray eps);

    ReparameterizeGrads reparameterizeBackward(INDArray dZ, INDArray logVar, INDArray eps);

    /** KL_n [N, 1]. */
    INDArray kl(INDArray mu, INDArray logVar);

    /** ∂(Σ_n KL_n)/∂μ and ∂/∂logVar, [N, Z] each. */
    KlGrads klGradient(INDArray mu, INDArray logVar);

    /** A short name for histories and messages. */
    String describe();

    /** The library's own fused float32 loops. */
    static VaeFunctions builtIn() {
        return new FusedVaeFunctions();
    }

    /** The exercises' reference solutions (the solutions jar must be on the classpath). */
    static VaeFunctions reference() {
        return of(Exercises.reference(Reparameterization.class), Exercises.reference(Divergences.class), "reference");
    }

    /** The student's implementations in {@code exercises/}, compiled now. */
    static VaeFunctions student() {
        return of(Exercises.student(Reparameterization.class), Exercises.student(Divergences.class), "student");
    }

    /** Any implementations of the two exercise interfaces. */
    static VaeFunctions of(Reparameterization reparameterization, Divergences divergences, String name) {
        return new VaeFunctions() {
            @Override
            public INDArray reparameterize(INDArray mu, INDArray logVar, INDArray eps) {
                return reparameterization.reparameterize(mu, logVar, eps);
            }

            @Override
            public ReparameterizeGrads reparameterizeBackward(INDArray dZ, INDArray logVar, INDArray eps) {
                return reparameterization.reparameterizeBackward(dZ, logVar, eps);
            }

            @Override
            public INDArray kl(INDArray mu, INDArray logVar) {
                return divergences.klToStandardNormal(mu, logVar);
            }

            @Override
            public KlGrads klGradient(INDArray mu, INDArray logVar) {
                return divergences.klToStandardNormalGradient(mu, logVar);
            }

            @Override
            public String describe() {
                return name;
            }
        };
    }
}
