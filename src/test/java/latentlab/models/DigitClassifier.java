package latentlab.models;

import latentlab.data.Dataset;
import latentlab.data.SyntheticDigits;
import latentlab.nn.Forward;
import latentlab.nn.Init;
import latentlab.nn.Mlp;
import latentlab.nn.ReLU;
import latentlab.optim.Adam;
import latentlab.tensor.Rng;
import latentlab.train.Fit;
import latentlab.train.Metrics;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A softmax MLP 784-256-10 trained on real synthetic digits, used as the judge of generated
 * digits: cross-entropy L = −(1/N) Σ_n log softmax(l_n)[y_n], dL/dl = (softmax(l) − onehot(y)) / N.
 */
final class DigitClassifier {
    /** Epochs of the judge's training: 99% accuracy on held-out digits after training on 12,000. */
    static final int JUDGE_EPOCHS = 20;
    /** Held-out digits the judge is calibrated on. */
    private static final int CALIBRATION_DIGITS = 2_000;

    private final Mlp net = Mlp.create(Rng.seeded(77), Init.HE, ReLU::new, 784, 256, 10);
    private final Adam adam = Adam.withLearningRate(1e-3);
    /** T of softmax(logits / T); 1 until {@link #calibrate} fits it. */
    private double temperature = 1;

    /**
     * The judge of generated digits: trained for {@link #JUDGE_EPOCHS} epochs on {@code train},
     * then calibrated ({@link #calibrate}) on 2,000 other digits drawn with {@code heldOutSeed}.
     */
    static DigitClassifier judge(Dataset train, long heldOutSeed) {
        DigitClassifier judge = train(train, JUDGE_EPOCHS);
        judge.calibrate(SyntheticDigits.generate(CALIBRATION_DIGITS, heldOutSeed));
        return judge;
    }

    static DigitClassifier train(Dataset data, int epochs) {
        DigitClassifier c = new DigitClassifier();
        INDArray y = Nd4j.zeros(DataType.FLOAT, data.size(), 10);
        int[] labels = data.labelArray();
        for (int i = 0; i < labels.length; i++) {
            y.putScalar(i, labels[i], 1);
        }
        Fit.with(new Fit.Config(epochs, 128, 5)).run(data.x(), y, batch -> {
            Forward<Mlp.Cache> f = c.net.forward(batch.x());
            float[][] p = softmax(f.out());
            float[][] t = batch.y().toFloatMatrix();
            int n = p.length;
            double loss = 0;
            float[][] d = new float[n][10];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < 10; k++) {
                    d[i][k] = (p[i][k] - t[i][k]) / n;
                    loss -= t[i][k] * Math.log(Math.max(p[i][k], 1e-12)) / n;
                }
            }
            c.net.backwardParameters(Nd4j.create(d).dup('f'), f.cache());
            c.adam.updateInPlace(c.net.parameters());
            return Metrics.of("loss", loss);
        });
        return c;
    }

    /** Class probabilities [N][10] for images x [N, 784]: softmax(logits / T). */
    float[][] probabilities(INDArray x) {
        return softmax(logits(x), temperature);
    }

    private float[][] logits(INDArray x) {
        return net.forward(x.castTo(DataType.FLOAT).dup('f')).out().castTo(DataType.FLOAT).toFloatMatrix();
    }

    /**
     * Temperature scaling (Guo et al., 2017): the T that minimises the mean negative
     * log-likelihood −(1/N) Σ log softmax(l_n / T)[y_n] on held-out digits the judge was not
     * trained on, found by golden-section search over log T ∈ [−3, 3]. T &gt; 1 softens an
     * overconfident judge and T &lt; 1 sharpens an underconfident one, so that its probabilities
     * on real digits are as sure as its accuracy warrants, in the likelihood's sense. Returns T.
     */
    double calibrate(Dataset heldOut) {
        float[][] l = logits(heldOut.x());
        int[] y = heldOut.labelArray();
        java.util.function.DoubleUnaryOperator nll = logT -> {
            float[][] p = softmax(l, Math.exp(logT));
            double sum = 0;
            for (int i = 0; i < y.length; i++) {
                sum -= Math.log(Math.max(p[i][y[i]], 1e-12));
            }
            return sum / y.length;
        };
        double golden = (Math.sqrt(5) - 1) / 2;
        double lo = -3;
        double hi = 3;
        for (int step = 0; step < 60; step++) {
            double a = hi - golden * (hi - lo);
            double b = lo + golden * (hi - lo);
            if (nll.applyAsDouble(a) <= nll.applyAsDouble(b)) {
                hi = b;
            } else {
                lo = a;
            }
        }
        temperature = Math.exp((lo + hi) / 2);
        return temperature;
    }

    /** The fitted temperature T (1 before {@link #calibrate}). */
    double temperature() {
        return temperature;
    }

    double accuracy(Dataset data) {
        float[][] p = probabilities(data.x());
        int[] labels = data.labelArray();
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            right += argmax(p[i]) == labels[i] ? 1 : 0;
        }
        return (double) right / labels.length;
    }

    /** The share of rows of x whose most likely class has probability ≥ threshold. */
    double confidentShare(INDArray x, double threshold) {
        return confidence(x, threshold).share();
    }

    /**
     * How confidently the rows of x are labelled: the share whose top class has p ≥ threshold,
     * and how many of those went to each class.
     */
    Confidence confidence(INDArray x, double threshold) {
        int[] perClass = new int[10];
        float[][] p = probabilities(x);
        int confident = 0;
        for (float[] row : p) {
            int top = argmax(row);
            if (row[top] >= threshold) {
                perClass[top]++;
                confident++;
            }
        }
        return new Confidence((double) confident / p.length, perClass);
    }

    /** A share of confidently labelled rows and the confident labels per class (length 10). */
    record Confidence(double share, int[] perClass) {
        /** Classes that received at least {@code min} confident labels. */
        int classesWithAtLeast(int min) {
            return (int) java.util.Arrays.stream(perClass).filter(c -> c >= min).count();
        }

        @Override
        public String toString() {
            return String.format("%.1f%% confident, per class %s", 100 * share, java.util.Arrays.toString(perClass));
        }
    }

    /**
     * A control set of ambiguous images: the pixel average of consecutive pairs of rows of
     * {@code data} with different labels, [M, 784], M ≤ N/2. A judge worth its name is not
     * confident on most of them.
     */
    static INDArray blends(Dataset data) {
        INDArray x = data.x();
        int[] labels = data.labelArray();
        java.util.List<INDArray> rows = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < labels.length; i += 2) {
            if (labels[i] != labels[i + 1]) {
                rows.add(x.getRow(i).add(x.getRow(i + 1)).muli(0.5).reshape(1, 784));
            }
        }
        return Nd4j.vstack(rows.toArray(new INDArray[0]));
    }

    private static int argmax(float[] row) {
        int best = 0;
        for (int k = 1; k < row.length; k++) {
            best = row[k] > row[best] ? k : best;
        }
        return best;
    }

    private static float[][] softmax(INDArray logits) {
        return softmax(logits.castTo(DataType.FLOAT).toFloatMatrix(), 1);
    }

    /** softmax(logits / t) row by row, into a new array. */
    private static float[][] softmax(float[][] logits, double t) {
        float[][] l = new float[logits.length][];
        for (int i = 0; i < l.length; i++) {
            float[] row = logits[i].clone();
            l[i] = row;
            float max = Float.NEGATIVE_INFINITY;
            for (float v : row) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (int k = 0; k < row.length; k++) {
                row[k] = (float) Math.exp((row[k] - max) / t);
                sum += row[k];
            }
            for (int k = 0; k < row.length; k++) {
                row[k] /= sum;
            }
        }
        return l;
    }
}
