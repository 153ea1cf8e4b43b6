package latentlab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;

/** Shared assertions: an image has the requested size and is not blank. */
public final class RenderChecks {
    private RenderChecks() {
    }

    public static void assertSizedAndNotBlank(BufferedImage image, int width, int height) {
        assertEquals(width, image.getWidth(), "width");
        assertEquals(height, image.getHeight(), "height");
        assertTrue(greyVariance(image) > 100, "image looks blank: grey variance " + greyVariance(image));
    }

    /** Variance of the grey level (0..255) over all pixels. */
    public static double greyVariance(BufferedImage image) {
        double sum = 0;
        double sumSquares = 0;
        int n = image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double grey = ((rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255)) / 3.0;
                sum += grey;
                sumSquares += grey * grey;
            }
        }
        double mean = sum / n;
        return sumSquares / n - mean * mean;
    }

    /** Number of pixels whose colour is exactly {@code rgb}. */
    static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return n;
    }
}
