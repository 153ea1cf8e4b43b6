package latentlab.viz;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import latentlab.tensor.Failure;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Tiles N grey images into one picture: row-major, {@code columns} per row, each pixel
 * drawn as a {@code scale}×{@code scale} block, with a 1-pixel-per-scale gap. Values are
 * clipped to [0, 1]; by default 0 is black and 1 white, as MNIST is usually shown.
 *
 * <pre>{@code
 * BufferedImage grid = ImageGrid.of(x.get(interval(0, 64)), 8, 3);   // x: [N, 784]
 * }</pre>
 *
 * The input is read, never modified.
 */
public final class ImageGrid {
    private static final int GAP_GREY = 96;

    private ImageGrid() {
    }

    /** Square 28×28 (or any square side) images, [N, side*side] or [N, side, side]. */
    public static BufferedImage of(INDArray images, int columns, int scale) {
        long[] shape = images == null ? null : images.shape();
        if (shape == null || !(shape.length == 2 || shape.length == 3)) {
            throw Failure.in("ImageGrid.of").argument("images").expected("[N, H*W] or [N, H, W]")
                    .got(shape == null ? "null" : Arrays.toString(shape)).exception();
        }
        int height;
        int width;
        if (shape.length == 3) {
            height = (int) shape[1];
            width = (int) shape[2];
        } else {
            int side = (int) Math.round(Math.sqrt(shape[1]));
            if (side * side != shape[1]) {
                throw Failure.in("ImageGrid.of").argument("images").expected("[N, D] with D a square (28*28=784)")
                        .got(shape).hint("pass [N, H, W] for non-square images").exception();
            }
            height = side;
            width = side;
        }
        return of(images.reshape('c', shape[0], (long) height * width).toFloatMatrix(), height, width, columns, scale);
    }

    /** Images as rows of {@code pixels}, each [height*width] row-major. */
    public static BufferedImage of(float[][] pixels, int height, int width, int columns, int scale) {
        if (pixels.length == 0) {
            throw Failure.in("ImageGrid.of").argument("images").expected("at least one image").got("N=0").exception();
        }
        if (columns <= 0 || scale <= 0) {
            throw Failure.in("ImageGrid.of").argument(columns <= 0 ? "columns" : "scale").expected(">= 1")
                    .got(String.valueOf(columns <= 0 ? columns : scale)).exception();
        }
        int cols = Math.min(columns, pixels.length);
        int rows = (pixels.length + cols - 1) / cols;
        int cellW = width * scale + scale;
        int cellH = height * scale + scale;
        BufferedImage out = new BufferedImage(cols * cellW + scale, rows * cellH + scale, BufferedImage.TYPE_INT_RGB);
        int gap = GAP_GREY << 16 | GAP_GREY << 8 | GAP_GREY;
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, gap);
            }
        }
        for (int n = 0; n < pixels.length; n++) {
            int left = scale + (n % cols) * cellW;
            int top = scale + (n / cols) * cellH;
            paint(out, pixels[n], height, width, left, top, scale);
        }
        return out;
    }

    private static void paint(BufferedImage out, float[] image, int height, int width, int left, int top, int scale) {
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                float v = image[r * width + c];
                int grey = Float.isNaN(v) ? 0 : Math.round(255 * Math.max(0, Math.min(1, v)));
                int rgb = grey << 16 | grey << 8 | grey;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        out.setRGB(left + c * scale + dx, top + r * scale + dy, rgb);
                    }
                }
            }
        }
    }
}
