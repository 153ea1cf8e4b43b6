package latentlab.data;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.tensor.Failure;

/**
 * Where an MNIST-format data set lives and what its four files must hash to: a name (also the
 * cache sub-folder), a base URL, SHA-256 checksums of the gzipped files, and class names.
 * Immutable; {@link #withBaseUrl(String)} points it at a mirror.
 */
public record MnistFiles(String name, URI baseUrl, Map<String, String> sha256, List<String> classNames) {
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte.gz";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte.gz";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte.gz";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte.gz";

    /** LeCun, Cortes and Burges' handwritten digits (PyTorch's mirror). */
    public static final MnistFiles MNIST = new MnistFiles("mnist",
            URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"), checksums(
                    "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
                    "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
                    "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
                    "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"),
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));

    /** Zalando's Fashion-MNIST: clothes in MNIST's format. */
    public static final MnistFiles FASHION = new MnistFiles("fashion-mnist",
            URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"), checksums(
                    "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84",
                    "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845",
                    "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073",
                    "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5"),
            List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                    "Ankle boot"));

    public MnistFiles {
        if (name == null || name.isBlank() || !name.matches("[A-Za-z0-9._-]+")) {
            throw Failure.in("MnistFiles").argument("name").expected("a folder name such as 'mnist'")
                    .got(String.valueOf(name)).exception();
        }
        if (sha256 == null || !sha256.keySet().equals(checksums("", "", "", "").keySet())) {
            throw Failure.in("MnistFiles").argument("sha256")
                    .expected("checksums for " + List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS))
                    .got(sha256 == null ? "null" : String.valueOf(sha256.keySet())).exception();
        }
        String base = baseUrl.toString();
        baseUrl = base.endsWith("/") ? baseUrl : URI.create(base + "/");
        sha256 = Map.copyOf(sha256);
        classNames = List.copyOf(classNames);
    }

    /** The same files fetched from {@code url} (a folder URL; a trailing slash is added). */
    public MnistFiles withBaseUrl(String url) {
        return new MnistFiles(name, URI.create(url), sha256, classNames);
    }

    /** The URL of one of the four files. */
    public URI url(String file) {
        return baseUrl.resolve(file);
    }

    /** The four file names in a fixed order: train images, train labels, test images, test labels. */
    public static List<String> fileNames() {
        return List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);
    }

    static Map<String, String> checksums(String trainImages, String trainLabels, String testImages,
                                         String testLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(TRAIN_IMAGES, trainImages);
        map.put(TRAIN_LABELS, trainLabels);
        map.put(TEST_IMAGES, testImages);
        map.put(TEST_LABELS, testLabels);
        return map;
    }
}
