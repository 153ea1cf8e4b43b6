/**
 * The exercise contract: one interface per exercise group, whose Javadoc is the student's
 * spec, plus the loaders and checks notebooks use.
 *
 * <ul>
 *   <li>{@link latentlab.exercises.Reconstruction} (Unit 1), {@link latentlab.exercises.Divergences}
 *       (Unit 2), {@link latentlab.exercises.Reparameterization} (Unit 3),
 *       {@link latentlab.exercises.GanObjectives} (Unit 4), {@link latentlab.exercises.CycleConsistency}
 *       (Unit 5), {@link latentlab.exercises.Flows} (Unit 6).</li>
 *   <li>Implementations are {@code latentlab.course.<Interface>Impl}: the reference in
 *       {@code solutions/}, the student's copy in {@code exercises/}.</li>
 *   <li>{@link latentlab.exercises.Exercises#student(Class)} compiles the student's file at run
 *       time; {@link latentlab.exercises.Exercises#reference(Class)} gives the solution;
 *       {@link latentlab.exercises.Check} compares them in a notebook.</li>
 * </ul>
 *
 * <p>Common contract of every exercise method, stated once here and repeated briefly in each
 * interface:
 * <ul>
 *   <li>Row n of a matrix is sample n; per-sample results have shape [N, 1].</li>
 *   <li>Arguments are never mutated.</li>
 *   <li>Randomness is passed in as arrays (ε, masks, noise), so every result is exact and
 *       repeatable.</li>
 *   <li>Arguments and results are {@code INDArray}, {@code double}, {@code int}, or records of
 *       them, so the grader can ship them to a child JVM.</li>
 *   <li>dtypes: inputs may be FLOAT (float32, for training) or DOUBLE (float64, used for
 *       grading and gradient checks). A returned array has the dtype of the method's first
 *       array argument; a returned {@code double} is computed in float64. The reference
 *       solutions compute in float64 whatever the input dtype.</li>
 * </ul>
 *
 * <p>Key equation of the course: log p(x) = ELBO + KL(q(z|x) ‖ p(z|x)) ≥ ELBO, with
 * ELBO = E_q[log p(x|z)] − KL(q(z|x) ‖ p(z)).
 */
package latentlab.exercises;
