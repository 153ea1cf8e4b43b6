package latentlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import latentlab.tensor.Failure;

/**
 * Optional real MNIST / Fashion-MNIST, downloaded once and cached. The synthetic digits need
 * no download; this is for when the network allows it.
 *
 * <pre>{@code
 * Split mnist = Mnist.load(MnistFiles.MNIST);     // x: [60000, 784] / [10000, 784] float32 in [0, 1]
 * }</pre>
 *
 * <p>Files are cached under {@link #cacheDir()}{@code /<name>/}. A cached file is used when
 * its SHA-256 matches; otherwise it is fetched from the base URL, checked, and only then
 * moved into place. Files placed by hand are accepted too: the {@code .gz} files (checked), or
 * the same names without {@code .gz}, already unpacked (not checked). With no network the
 * error says which files to put where. Never called by tests or notebooks in CI.
 */
public final class Mnist {
    /** System property and environment variable that override the cache folder. */
    public static final String CACHE_PROPERTY = "latentlab.cache";
    public static final String CACHE_VARIABLE = "LATENTLAB_CACHE";
    /** System property and environment variable naming a mirror: files come from {@code <mirror>/<name>/}. */
    public static final String MIRROR_PROPERTY = "latentlab.mirror";
    public static final String MIRROR_VARIABLE = "LATENTLAB_MIRROR";
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int READ_TIMEOUT_MS = 30_000;

    private Mnist() {
    }

    /**
     * The train (60,000) and test (10,000) splits, downloading into the default cache if
     * needed, from the mirror named by {@value #MIRROR_PROPERTY} / {@value #MIRROR_VARIABLE} if
     * one is set, else from {@code files.baseUrl()}.
     */
    public static Split load(MnistFiles files) {
        return load(withMirror(files), cacheDir());
    }

    /** The train and test splits, cached in {@code cacheDir/<files.name()>/}. */
    public static Split load(MnistFiles files, Path cacheDir) {
        Path folder = cacheDir.resolve(files.name());
        Path[] paths = new Path[4];
        for (int i = 0; i < 4; i++) {
            paths[i] = fetch(files, MnistFiles.fileNames().get(i), folder);
        }
        Dataset train = new Dataset(Idx.readImages(paths[0]), Idx.readLabels(paths[1]));
        Dataset test = new Dataset(Idx.readImages(paths[2]), Idx.readLabels(paths[3]));
        return new Split(train, test);
    }

    /**
     * The cache folder: system property {@value #CACHE_PROPERTY}, else environment variable
     * {@value #CACHE_VARIABLE}, else {@code ~/.cache/latentlab}.
     */
    public static Path cacheDir() {
        String configured = setting(CACHE_PROPERTY, CACHE_VARIABLE);
        if (configured != null) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "latentlab");
    }

    /** {@code files} fetched from {@code <mirror>/<name>/} when a mirror is configured. */
    static MnistFiles withMirror(MnistFiles files) {
        String mirror = setting(MIRROR_PROPERTY, MIRROR_VARIABLE);
        if (mirror == null) {
            return files;
        }
        return files.withBaseUrl((mirror.endsWith("/") ? mirror : mirror + "/") + files.name() + "/");
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The path of {@code file} in {@code folder}, downloaded and checked if it is not there yet. */
    static Path fetch(MnistFiles files, String file, Path folder) {
        Path target = folder.resolve(file);
        String expected = files.sha256().get(file);
        if (Files.isRegularFile(target) && expected.equalsIgnoreCase(sha256(target))) {
            return target;
        }
        Path unpacked = folder.resolve(file.substring(0, file.length() - ".gz".length()));
        if (!Files.exists(target) && Files.isRegularFile(unpacked)) {
            return unpacked;
        }
        download(files, file, target, expected);
        return target;
    }

    private static void download(MnistFiles files, String file, Path target, String expected) {
        Path partial = target.resolveSibling(file + ".part");
        String url = files.url(file).toString();
        try {
            Files.createDirectories(target.getParent());
            // HttpURLConnection rather than HttpClient: it starts in milliseconds and needs TLS only for https.
            HttpURLConnection connection = (HttpURLConnection) files.url(file).toURL().openConnection();
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout(READ_TIMEOUT_MS);
            connection.setInstanceFollowRedirects(true);
            String got;
            try {
                int status = connection.getResponseCode();
                if (status != 200) {
                    throw new IOException("HTTP " + status);
                }
                MessageDigest digest = sha256Digest();
                try (InputStream in = new DigestInputStream(connection.getInputStream(), digest);
                     OutputStream out = Files.newOutputStream(partial)) {
                    in.transferTo(out);
                }
                got = HexFormat.of().formatHex(digest.digest());
            } finally {
                connection.disconnect();
            }
            if (!got.equalsIgnoreCase(expected)) {
                Files.deleteIfExists(partial);
                String message = Failure.in("Mnist.load").argument(url).expected("SHA-256 " + expected).got(got)
                        .hint("the download is corrupt or the mirror serves other files; try again or set another "
                                + "base URL (MnistFiles.withBaseUrl)").message();
                throw new UncheckedIOException(message, new IOException(message));
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException(Failure.in("Mnist.load").argument(url).expected("downloadable")
                    .got(describe(e)).hint(placeByHand(files, target.getParent())).message(), e);
        }
    }

    private static String placeByHand(MnistFiles files, Path folder) {
        String urls = MnistFiles.fileNames().stream().map(f -> files.url(f).toString())
                .collect(Collectors.joining(", "));
        return "without network, download " + urls + " by hand and place them (gzipped, or unpacked without .gz) in "
                + folder.toAbsolutePath() + "; or choose another folder with -D" + CACHE_PROPERTY + "=... or "
                + CACHE_VARIABLE + ". The synthetic digits (SyntheticDigits) need no download";
    }

    private static String describe(IOException e) {
        String what = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return "'" + what + "'";
    }

    static String sha256(Path file) {
        MessageDigest digest = sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Mnist: could not read " + file + ": " + e, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: a stale .part file is overwritten by the next attempt
        }
    }
}
