package latentlab.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.tensor.Rng;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Evidence that the synthetic digits carry their class: a softmax regression trained on
 * them (plain ND4J, no library code) classifies a held-out split well, and the ten class
 * means are far enough apart that a nearest-mean rule already works.
 */
class DigitsLookLikeDigitsTest {
    private static final Split DIGITS = SyntheticDigits.trainTest(8000, 2000, 2024);

    @Test
    void softmaxRegressionReachesHighHeldOutAccuracy() {
        INDArray w = Nd4j.zeros(DataType.FLOAT, 784, 10);
        INDArray b = Nd4j.zeros(DataType.FLOAT, 1, 10);
        Rng rng = Rng.seeded(1);
        float learningRate = 0.5f;
        for (int epoch = 0; epoch < 8; epoch++) {
            for (LabelledBatch batch : DIGITS.train().batches(100, rng)) {
                INDArray p = softmax(batch.x().mmul(w).addRowVector(b));
                INDArray dLogits = p.sub(oneHot(batch.labels())).divi(batch.size());
                w.subi(batch.x().transpose().mmul(dLogits).muli(learningRate));
                b.subi(dLogits.sum(true, 0).muli(learningRate));
            }
        }
        double accuracy = accuracy(DIGITS.test().x().mmul(w).addRowVector(b), DIGITS.test().labels());
        System.out.printf("softmax regression held-out accuracy: %.4f%n", accuracy);
        assertTrue(accuracy > 0.93, "held-out accuracy " + accuracy);
    }

    @Test
    void nearestClassMeanSeparatesTheClasses() {
        INDArray means = Nd4j.zeros(DataType.FLOAT, 10, 784);
        for (int k = 0; k < 10; k++) {
            means.putRow(k, DIGITS.train().withLabel(k).x().mean(0));
        }
        // Scores: -||x - m_k||² up to a per-row constant = 2 x·m_k - ||m_k||².
        INDArray norms = Transforms.pow(means, 2).sum(1).reshape(1, 10);
        INDArray scores = DIGITS.test().x().mmul(means.transpose()).muli(2).subiRowVector(norms);
        double accuracy = accuracy(scores, DIGITS.test().labels());
        System.out.printf("nearest class mean held-out accuracy: %.4f%n", accuracy);
        assertTrue(accuracy > 0.75, "nearest-mean accuracy " + accuracy);
        double closest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 10; i++) {
            for (int j = i + 1; j < 10; j++) {
                closest = Math.min(closest, means.getRow(i).distance2(means.getRow(j)));
            }
        }
        System.out.printf("closest pair of class means: L2 = %.3f%n", closest);
        assertTrue(closest > 2.0, "closest class means are only " + closest + " apart");
    }

    private static INDArray softmax(INDArray logits) {
        INDArray shifted = logits.subColumnVector(logits.max(1).reshape(logits.rows(), 1));
        INDArray e = Transforms.exp(shifted, false);
        return e.diviColumnVector(e.sum(1).reshape(logits.rows(), 1));
    }

    private static INDArray oneHot(INDArray labels) {
        int[] y = labels.toIntVector();
        INDArray out = Nd4j.zeros(DataType.FLOAT, y.length, 10);
        for (int i = 0; i < y.length; i++) {
            out.putScalar(i, y[i], 1f);
        }
        return out;
    }

    private static double accuracy(INDArray scores, INDArray labels) {
        int[] predicted = scores.argMax(1).toIntVector();
        int[] y = labels.toIntVector();
        int correct = 0;
        for (int i = 0; i < y.length; i++) {
            correct += predicted[i] == y[i] ? 1 : 0;
        }
        return (double) correct / y.length;
    }
}
