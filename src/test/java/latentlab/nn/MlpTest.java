package latentlab.nn;

import static latentlab.nn.Arrays64.assertGradient;
import static latentlab.nn.Arrays64.assertUnchanged;
import static latentlab.nn.Arrays64.normal;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import latentlab.tensor.GradientCheck;
import latentlab.tensor.Rng;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class MlpTest {

    private static Mlp tanhMlp(long seed) {
        return Mlp.create(Rng.seeded(seed), Init.XAVIER, Tanh::new, DataType.DOUBLE, 3, 5, 4, 2);
    }

    @Test
    void createsLinearAndActivationLayersInOrder() {
        Mlp mlp = Mlp.create(Rng.seeded(0), Init.HE, ReLU::new, 784, 400, 20);
        assertEquals("Mlp[Linear(784 -> 400), ReLU, Linear(400 -> 20)]", mlp.describe());
        assertEquals(4, mlp.parameters().size());
        assertArrayEquals(new long[] {64, 20}, mlp.forward(normal(1, 64, 784).castTo(DataType.FLOAT)).out().shape());
    }

    @Test
    void inputGradientMatchesNumericalGradient() {
        Mlp mlp = tanhMlp(1);
        INDArray x = normal(2, 6, 3);
        INDArray dOut = normal(3, 6, 2);
        INDArray dx = mlp.backward(dOut, mlp.forward(x).cache()).dup();
        assertGradient(GradientCheck.numerical(p -> mlp.forward(p).out().dup(), x, dOut), dx, "dx");
    }

    @Test
    void backwardInputGivesBackwardsDxAndLeavesTheParameterGradients() {
        Mlp mlp = Mlp.create(Rng.seeded(2), Init.HE, () -> new LeakyReLU(0.2), 7, 6, 3);
        INDArray x = normal(3, 5, 7).castTo(DataType.FLOAT);
        INDArray dOut = normal(4, 5, 3).castTo(DataType.FLOAT);
        Mlp.Cache cache = mlp.forward(x).cache();
        INDArray dx = mlp.backward(dOut, cache).dup();
        List<INDArray> gradients = mlp.parameters().stream().map(p -> p.grad().dup()).toList();
        INDArray dOut2 = normal(5, 5, 3).castTo(DataType.FLOAT);
        INDArray dx2 = mlp.backward(dOut2, cache).dup();
        mlp.backward(dOut, cache); // the gradients of dOut again
        assertEquals(dx2, mlp.backwardInput(dOut2, cache));
        for (int i = 0; i < gradients.size(); i++) {
            assertEquals(gradients.get(i), mlp.parameters().get(i).grad(), "gradient " + i + " was changed");
        }
        assertEquals(dx, mlp.backwardInput(dOut, cache));
    }

    @Test
    void parameterGradientsMatchNumericalGradients() {
        Mlp mlp = tanhMlp(4);
        INDArray x = normal(5, 6, 3);
        INDArray dOut = normal(6, 6, 2);
        mlp.backwardParameters(dOut, mlp.forward(x).cache());
        for (Parameter p : mlp.parameters()) {
            INDArray analytic = p.grad().dup();
            INDArray original = p.value().dup();
            INDArray numerical = GradientCheck.numerical(point -> {
                p.value().assign(point);
                return mlp.forward(x).out().castTo(DataType.DOUBLE).mul(dOut).sumNumber().doubleValue();
            }, original);
            p.value().assign(original);
            assertGradient(numerical, analytic, p.name());
        }
    }

    @Test
    void forwardAndBackwardDoNotModifyInputs() {
        Mlp mlp = Mlp.create(Rng.seeded(7), Init.HE, ReLU::new, 3, 5, 2);
        INDArray x = normal(8, 4, 3).castTo(DataType.FLOAT);
        INDArray dOut = normal(9, 4, 2).castTo(DataType.FLOAT);
        INDArray xBefore = x.dup();
        INDArray dOutBefore = dOut.dup();
        mlp.backward(dOut, mlp.forward(x).cache());
        assertUnchanged(xBefore, x, "x");
        assertUnchanged(dOutBefore, dOut, "dOut");
    }

    @Test
    void sameSeedGivesSameNetwork() {
        List<Parameter> first = tanhMlp(9).parameters();
        List<Parameter> second = tanhMlp(9).parameters();
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).value(), second.get(i).value());
        }
    }
}
