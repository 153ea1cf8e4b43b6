package latentlab.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * The compiler's file manager for JShell, which spares each compilation two walks of the class
 * path. JShell compiles every snippet three or four times (parse, analyse, generate), and with
 * ND4J, Tablesaw and XChart the class path holds about 60 jars.
 *
 * <ul>
 *   <li><b>Package listings are kept.</b> Before each compilation javac forgets its index of the
 *       class path and rebuilds it from every folder of every jar, a fifth of a trivial cell.
 *       Jars do not change under a running kernel (javac keeps them open anyway), so listings
 *       are kept until the class path changes ({@code %jars}, {@code %classpath}). While a
 *       folder is on the class path (classes a user may recompile), nothing is cached.
 *   <li><b>No plugin search.</b> Each compilation looks for javac plugins with a service loader
 *       over the class path, which reads every jar's {@code META-INF/services}. JShell runs
 *       javac with {@code -proc:none} and no plugins, so the processor path is reported as an
 *       empty class loader.
 * </ul>
 * Everything else goes to the standard file manager unchanged.
 */
final class SnippetFileManager extends ForwardingJavaFileManager<StandardJavaFileManager>
        implements StandardJavaFileManager {
    private record Key(String packageName, Set<JavaFileObject.Kind> kinds, boolean recurse) {}

    /** Sees the JDK's modules only: no plugins or processors from the class path. */
    private static final ClassLoader NO_PROCESSORS =
            new ClassLoader("latentlab-no-processors", ClassLoader.getPlatformClassLoader()) {};

    private final Map<Key, List<JavaFileObject>> listings = new HashMap<>();
    /** Null until known; false while a folder is on the class path. */
    private Boolean onlyJars;
    /** The class path the listings were made for. */
    private List<Path> classPath = List.of();

    SnippetFileManager(StandardJavaFileManager standard) {
        super(standard);
    }

    @Override
    public synchronized Iterable<JavaFileObject> list(Location location, String packageName,
            Set<JavaFileObject.Kind> kinds, boolean recurse) throws IOException {
        if (location != StandardLocation.CLASS_PATH || !classPathIsOnlyJars()) {
            return fileManager.list(location, packageName, kinds, recurse);
        }
        Key key = new Key(packageName, Set.copyOf(kinds), recurse);
        List<JavaFileObject> listing = listings.get(key);
        if (listing == null) {
            listing = List.copyOf(toList(fileManager.list(location, packageName, kinds, recurse)));
            listings.put(key, listing);
        }
        return listing;
    }

    private boolean classPathIsOnlyJars() {
        if (onlyJars == null) {
            classPath = classPath();
            onlyJars = classPath.stream().noneMatch(Files::isDirectory);
        }
        return onlyJars;
    }

    private List<Path> classPath() {
        List<Path> paths = new ArrayList<>();
        Iterable<? extends Path> location = fileManager.getLocationAsPaths(StandardLocation.CLASS_PATH);
        if (location != null) {
            location.forEach(paths::add);
        }
        return paths;
    }

    private static List<JavaFileObject> toList(Iterable<JavaFileObject> files) {
        List<JavaFileObject> list = new ArrayList<>();
        files.forEach(list::add);
        return list;
    }

    /** Forgets every listing if the class path is no longer the one they were made for. */
    private synchronized void forgetIfClassPathChanged() {
        if (onlyJars != null && !classPath().equals(classPath)) {
            listings.clear();
            onlyJars = null;
        }
    }

    @Override
    public boolean hasLocation(Location location) {
        return location == StandardLocation.ANNOTATION_PROCESSOR_PATH || fileManager.hasLocation(location);
    }

    @Override
    public ClassLoader getClassLoader(Location location) {
        return location == StandardLocation.ANNOTATION_PROCESSOR_PATH
                ? NO_PROCESSORS : fileManager.getClassLoader(location);
    }

    @Override
    public boolean handleOption(String current, Iterator<String> remaining) {
        boolean handled = fileManager.handleOption(current, remaining);
        forgetIfClassPathChanged();
        return handled;
    }

    @Override
    public void setLocation(Location location, Iterable<? extends File> files) throws IOException {
        fileManager.setLocation(location, files);
        forgetIfClassPathChanged();
    }

    @Override
    public void setLocationFromPaths(Location location, Collection<? extends Path> paths) throws IOException {
        fileManager.setLocationFromPaths(location, paths);
        forgetIfClassPathChanged();
    }

    @Override
    public void setLocationForModule(Location location, String moduleName, Collection<? extends Path> paths)
            throws IOException {
        fileManager.setLocationForModule(location, moduleName, paths);
        forgetIfClassPathChanged();
    }

    // The rest of StandardJavaFileManager, passed on (its default methods would not all work).

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
        return fileManager.isSameFile(a, b);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromFiles(Iterable<? extends File> files) {
        return fileManager.getJavaFileObjectsFromFiles(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromPaths(Collection<? extends Path> paths) {
        return fileManager.getJavaFileObjectsFromPaths(paths);
    }

    @Override
    @SuppressWarnings("deprecation")
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromPaths(Iterable<? extends Path> paths) {
        return fileManager.getJavaFileObjectsFromPaths(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(File... files) {
        return fileManager.getJavaFileObjects(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(Path... paths) {
        return fileManager.getJavaFileObjects(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromStrings(Iterable<String> names) {
        return fileManager.getJavaFileObjectsFromStrings(names);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(String... names) {
        return fileManager.getJavaFileObjects(names);
    }

    @Override
    public Iterable<? extends File> getLocation(Location location) {
        return fileManager.getLocation(location);
    }

    @Override
    public Iterable<? extends Path> getLocationAsPaths(Location location) {
        return fileManager.getLocationAsPaths(location);
    }

    @Override
    public Path asPath(FileObject file) {
        return fileManager.asPath(file);
    }

    @Override
    public void setPathFactory(PathFactory factory) {
        fileManager.setPathFactory(factory);
    }

    @Override
    public <S> ServiceLoader<S> getServiceLoader(Location location, Class<S> service) throws IOException {
        return fileManager.getServiceLoader(location, service);
    }
}
