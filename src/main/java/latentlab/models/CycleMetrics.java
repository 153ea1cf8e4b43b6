package latentlab.models;

import java.util.Arrays;
import latentlab.data.Dataset;
import latentlab.train.Metrics;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How much content a CycleGAN keeps, on labelled test domains whose label k pairs blob k of X
 * with blob k of Y (see {@link CycleDomains}). Each translated point G(x) is assigned to the
 * nearest blob centre of Y (and F(y) to the nearest of X).
 *
 * @param roundTripX mean ‖F(G(x)) − x‖₁ over the X test points
 * @param roundTripY mean ‖G(F(y)) − y‖₁ over the Y test points
 * @param pairingX   share of x whose G(x) is nearest the centre of Y's blob with x's label
 * @param pairingY   share of y whose F(y) is nearest the centre of X's blob with y's label
 * @param manyToOneX share of x that G sends into a Y blob owned by another X blob: each Y blob is
 *                   owned by the X blob that sends it the most points, and the rest of its points
 *                   were merged into it (0 for any one-to-one blob map, 1 − w_max when G sends
 *                   everything into one blob)
 * @param manyToOneY the same for F(y) and the X blobs
 * @param blobsHitY  Y blobs that receive at least 20% of the points their weight in the data calls
 *                   for (fewer = some of Y is never produced)
 * @param blobsHitX  the same for F(y) and the X blobs
 */
public record CycleMetrics(double roundTripX, double roundTripY, double pairingX, double pairingY,
                           double manyToOneX, double manyToOneY, int blobsHitY, int blobsHitX) {

    static CycleMetrics of(CycleGan model, Dataset xTest, Dataset yTest) {
        INDArray x = xTest.x();
        INDArray y = yTest.x();
        INDArray gx = model.translateX(x);
        INDArray fy = model.translateY(y);
        double rtX = l1PerRow(model.translateY(gx), x);
        double rtY = l1PerRow(model.translateX(fy), y);
        int[] toY = nearest(gx, centres(yTest));
        int[] toX = nearest(fy, centres(xTest));
        int[] xLabels = xTest.labelArray();
        int[] yLabels = yTest.labelArray();
        return new CycleMetrics(rtX, rtY, agreement(toY, xLabels), agreement(toX, yLabels), merged(toY, xLabels),
                merged(toX, yLabels), hit(toY, yLabels), hit(toX, xLabels));
    }

    /**
     * For a fit's history: round_trip_x, round_trip_y, pairing_x, pairing_y, many_to_one_x,
     * many_to_one_y, blobs_hit_y, blobs_hit_x.
     */
    public Metrics asMetrics() {
        return Metrics.of("round_trip_x", roundTripX, "round_trip_y", roundTripY, "pairing_x", pairingX, "pairing_y",
                pairingY, "many_to_one_x", manyToOneX, "many_to_one_y", manyToOneY, "blobs_hit_y", blobsHitY,
                "blobs_hit_x", blobsHitX);
    }

    private static double l1PerRow(INDArray a, INDArray b) {
        return a.castTo(DataType.DOUBLE).sub(b.castTo(DataType.DOUBLE)).norm1Number().doubleValue() / a.rows();
    }

    /** Class means of a labelled data set, [K][D], K = 1 + the largest label. */
    private static double[][] centres(Dataset data) {
        int[] labels = data.labelArray();
        int k = 0;
        for (int l : labels) {
            k = Math.max(k, l + 1);
        }
        int d = data.dim();
        double[] v = data.x().castTo(DataType.DOUBLE).dup('c').data().asDouble();
        double[][] sums = new double[k][d];
        int[] counts = new int[k];
        for (int i = 0; i < labels.length; i++) {
            counts[labels[i]]++;
            for (int j = 0; j < d; j++) {
                sums[labels[i]][j] += v[i * d + j];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                sums[c][j] /= Math.max(1, counts[c]);
            }
        }
        return sums;
    }

    private static int[] nearest(INDArray points, double[][] centres) {
        int d = (int) points.columns();
        double[] v = points.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        int[] out = new int[(int) points.rows()];
        for (int i = 0; i < out.length; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centres.length; c++) {
                double dist = 0;
                for (int j = 0; j < d; j++) {
                    double diff = v[i * d + j] - centres[c][j];
                    dist += diff * diff;
                }
                if (dist < best) {
                    best = dist;
                    out[i] = c;
                }
            }
        }
        return out;
    }

    private static double agreement(int[] assigned, int[] labels) {
        int same = 0;
        for (int i = 0; i < labels.length; i++) {
            same += assigned[i] == labels[i] ? 1 : 0;
        }
        return (double) same / labels.length;
    }

    /** Share of points whose assigned blob is owned (most often reached) by another source label. */
    static double merged(int[] assigned, int[] sourceLabels) {
        int k = 0;
        for (int i = 0; i < assigned.length; i++) {
            k = Math.max(k, Math.max(assigned[i], sourceLabels[i]) + 1);
        }
        int[][] counts = new int[k][k];                      // counts[target][source]
        for (int i = 0; i < assigned.length; i++) {
            counts[assigned[i]][sourceLabels[i]]++;
        }
        int owned = 0;
        for (int[] sources : counts) {
            owned += Arrays.stream(sources).max().orElse(0);
        }
        return assigned.length == 0 ? 0 : 1 - (double) owned / assigned.length;
    }

    /** Blobs c whose assigned count reaches 20% of their count among the target labels. */
    private static int hit(int[] assigned, int[] targetLabels) {
        int k = 0;
        for (int l : targetLabels) {
            k = Math.max(k, l + 1);
        }
        int[] counts = new int[k];
        int[] expected = new int[k];
        for (int a : assigned) {
            counts[a]++;
        }
        for (int l : targetLabels) {
            expected[l]++;
        }
        int hit = 0;
        for (int c = 0; c < k; c++) {
            double want = 0.2 * expected[c] * assigned.length / targetLabels.length;
            hit += counts[c] > 0 && counts[c] >= want ? 1 : 0;
        }
        return hit;
    }
}
