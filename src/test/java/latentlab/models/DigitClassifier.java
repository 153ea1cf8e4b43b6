package latentlab.models;

import latentlab.data.Dataset;
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
    private final Mlp net = Mlp.create(Rng.seeded(77), Init.HE, ReLU::new, 784, 256, 10);
    private final Adam adam = Adam.withLearningRate(1e-3);

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

    /** Class probabilities [N][10] for images x [N, 784]. */
    float[][] probabilities(INDArray x) {
        return softmax(net.forward(x.castTo(DataType.FLOAT).dup('f')).out());
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
        float[][] l = logits.castTo(DataType.FLOAT).toFloatMatrix();
        for (float[] row : l) {
            float max = Float.NEGATIVE_INFINITY;
            for (float v : row) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (int k = 0; k < row.length; k++) {
                row[k] = (float) Math.exp(row[k] - max);
                sum += row[k];
            }
            for (int k = 0; k < row.length; k++) {
                row[k] /= sum;
            }
        }
        return l;
    }
}
