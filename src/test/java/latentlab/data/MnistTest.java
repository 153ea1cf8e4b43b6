package latentlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The download path against a loopback HTTP server serving small IDX files written here. */
class MnistTest {
    @TempDir
    Path dir;
    private HttpServer server;
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private final Map<String, byte[]> servedBytes = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private Dataset train;
    private Dataset test;
    private MnistFiles files;

    @BeforeEach
    void serveTinyMnist() throws IOException {
        train = SyntheticDigits.generate(30, 1);
        test = SyntheticDigits.generate(10, 2);
        Path source = Files.createDirectories(dir.resolve("source"));
        Idx.writeImages(source.resolve(MnistFiles.TRAIN_IMAGES), train.x(), 28, 28);
        Idx.writeLabels(source.resolve(MnistFiles.TRAIN_LABELS), train.labels());
        Idx.writeImages(source.resolve(MnistFiles.TEST_IMAGES), test.x(), 28, 28);
        Idx.writeLabels(source.resolve(MnistFiles.TEST_LABELS), test.labels());
        for (String name : MnistFiles.fileNames()) {
            servedBytes.put(name, Files.readAllBytes(source.resolve(name)));
            served.put("/data/" + name, servedBytes.get(name));
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = served.get(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
        files = new MnistFiles("tiny", java.net.URI.create(base() + "/data"), MnistFiles.checksums(
                Mnist.sha256(source.resolve(MnistFiles.TRAIN_IMAGES)), Mnist.sha256(source.resolve(MnistFiles.TRAIN_LABELS)),
                Mnist.sha256(source.resolve(MnistFiles.TEST_IMAGES)), Mnist.sha256(source.resolve(MnistFiles.TEST_LABELS))),
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void downloadsChecksAndReadsTheFourFiles() {
        Split split = Mnist.load(files, dir.resolve("cache"));
        assertEquals(30, split.train().size());
        assertEquals(10, split.test().size());
        assertArrayEquals(train.labelArray(), split.train().labelArray());
        assertArrayEquals(test.labelArray(), split.test().labelArray());
        assertEquals(4, requests.get());
        assertTrue(Files.isRegularFile(dir.resolve("cache/tiny/" + MnistFiles.TRAIN_IMAGES)));
    }

    @Test
    void aSecondLoadUsesTheCacheWithoutTheNetwork() {
        Mnist.load(files, dir.resolve("cache"));
        server.stop(0);
        Split again = Mnist.load(files, dir.resolve("cache"));
        assertEquals(30, again.train().size());
        assertEquals(4, requests.get());
    }

    @Test
    void aCorruptCachedFileIsFetchedAgain() throws IOException {
        Mnist.load(files, dir.resolve("cache"));
        Files.write(dir.resolve("cache/tiny/" + MnistFiles.TEST_LABELS), new byte[] {1, 2, 3});
        Split again = Mnist.load(files, dir.resolve("cache"));
        assertArrayEquals(test.labelArray(), again.test().labelArray());
        assertEquals(5, requests.get());
    }

    @Test
    void aChecksumMismatchFailsAndLeavesNoFileBehind() {
        served.put("/data/" + MnistFiles.TRAIN_LABELS, new byte[] {0, 0, 8, 1, 0, 0, 0, 0});
        String url = base() + "/data/" + MnistFiles.TRAIN_LABELS;
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Mnist.load(files, dir.resolve("cache")));
        assertTrue(e.getMessage().startsWith("Mnist.load: " + url + " must be SHA-256 "
                + files.sha256().get(MnistFiles.TRAIN_LABELS) + " but got "), e.getMessage());
        assertTrue(e.getMessage().endsWith("Hint: the download is corrupt or the mirror serves other files; try again "
                + "or set another base URL (MnistFiles.withBaseUrl)."), e.getMessage());
        assertFalse(Files.exists(dir.resolve("cache/tiny/" + MnistFiles.TRAIN_LABELS)));
        assertFalse(Files.exists(dir.resolve("cache/tiny/" + MnistFiles.TRAIN_LABELS + ".part")));
    }

    @Test
    void aMissingFileSaysWhereToPlaceItByHand() {
        served.remove("/data/" + MnistFiles.TEST_IMAGES);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Mnist.load(files, dir.resolve("cache")));
        Path folder = dir.resolve("cache/tiny").toAbsolutePath();
        assertTrue(e.getMessage().startsWith("Mnist.load: " + base() + "/data/" + MnistFiles.TEST_IMAGES
                + " must be downloadable but got 'HTTP 404'. Hint: without network, download " + base() + "/data/"
                + MnistFiles.TRAIN_IMAGES + ", "), e.getMessage());
        assertTrue(e.getMessage().contains("and place them (gzipped, or unpacked without .gz) in " + folder), e.getMessage());
    }

    @Test
    void anUnreachableServerSaysWhereToPlaceTheFilesByHand() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        MnistFiles unreachable = files.withBaseUrl("http://127.0.0.1:" + closedPort + "/data/");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> Mnist.load(unreachable, dir.resolve("cache")));
        assertTrue(e.getMessage().startsWith("Mnist.load: http://127.0.0.1:" + closedPort + "/data/"
                + MnistFiles.TRAIN_IMAGES + " must be downloadable but got '"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dlatentlab.cache=... or LATENTLAB_CACHE"), e.getMessage());
    }

    @Test
    void filesPlacedByHandUnpackedAreUsedWithoutTheNetwork() {
        Path folder = dir.resolve("cache/tiny");
        Idx.writeImages(folder.resolve("train-images-idx3-ubyte"), train.x(), 28, 28);
        Idx.writeLabels(folder.resolve("train-labels-idx1-ubyte"), train.labels());
        Idx.writeImages(folder.resolve("t10k-images-idx3-ubyte"), test.x(), 28, 28);
        Idx.writeLabels(folder.resolve("t10k-labels-idx1-ubyte"), test.labels());
        server.stop(0);
        assertEquals(30, Mnist.load(files, dir.resolve("cache")).train().size());
        assertEquals(0, requests.get());
    }

    @Test
    void cacheFolderFollowsTheSystemProperty() {
        String before = System.getProperty(Mnist.CACHE_PROPERTY);
        try {
            System.setProperty(Mnist.CACHE_PROPERTY, dir.toString());
            assertEquals(dir, Mnist.cacheDir());
        } finally {
            if (before == null) {
                System.clearProperty(Mnist.CACHE_PROPERTY);
            } else {
                System.setProperty(Mnist.CACHE_PROPERTY, before);
            }
        }
    }

    @Test
    void aMirrorPropertyRedirectsTheDownloads() {
        served.clear();
        for (String name : MnistFiles.fileNames()) {
            served.put("/mirror/tiny/" + name, servedBytes.get(name));
        }
        String before = System.getProperty(Mnist.MIRROR_PROPERTY);
        try {
            System.setProperty(Mnist.MIRROR_PROPERTY, base() + "/mirror");
            MnistFiles mirrored = Mnist.withMirror(files);
            assertEquals(base() + "/mirror/tiny/" + MnistFiles.TRAIN_IMAGES, mirrored.url(MnistFiles.TRAIN_IMAGES).toString());
            assertEquals(30, Mnist.load(mirrored, dir.resolve("cache")).train().size());
        } finally {
            if (before == null) {
                System.clearProperty(Mnist.MIRROR_PROPERTY);
            } else {
                System.setProperty(Mnist.MIRROR_PROPERTY, before);
            }
        }
    }

    @Test
    void realDataSetsHaveTheirPublishedChecksums() {
        assertEquals("440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
                MnistFiles.MNIST.sha256().get(MnistFiles.TRAIN_IMAGES));
        assertEquals(10, MnistFiles.FASHION.classNames().size());
        assertEquals("https://ossci-datasets.s3.amazonaws.com/mnist/t10k-labels-idx1-ubyte.gz",
                MnistFiles.MNIST.url(MnistFiles.TEST_LABELS).toString());
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
