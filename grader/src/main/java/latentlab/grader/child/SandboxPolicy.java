package latentlab.grader.child;

import java.io.FilePermission;
import java.net.SocketPermission;
import java.net.URL;
import java.nio.file.LinkPermission;
import java.nio.file.Path;
import java.security.AllPermission;
import java.security.CodeSource;
import java.security.Permission;
import java.security.Policy;
import java.security.ProtectionDomain;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The security policy of the child JVM (Java 17's SecurityManager, enabled with
 * {@code -Djava.security.manager=allow}). Code loaded from the student's class folder may:
 * read files only inside its sandbox folder, the JDK and the library's class path; write
 * only inside its sandbox folder. It may not exit the JVM, run processes, open sockets,
 * replace System.out/err/in, make class loaders, make symbolic links, set system properties
 * or break encapsulation with reflection. All other code (the JDK, ND4J, the grader's child
 * harness) keeps every permission: a check fails only when the student's code is on the stack.
 *
 * <p>Each refusal is also recorded, so a call that catches the SecurityException still gets
 * its verdict.
 */
final class SandboxPolicy extends Policy {
    private static final Set<String> FORBIDDEN_RUNTIME = Set.of("setIO", "writeFileDescriptor",
            "readFileDescriptor", "createClassLoader", "setSecurityManager", "createSecurityManager",
            "setContextClassLoader", "enableContextClassLoaderOverride", "shutdownHooks", "setFactory",
            "setDefaultUncaughtExceptionHandler", "defineClassInPackage", "createPolicy", "setPolicy");

    private final URL studentLocation;
    private final Path sandbox;
    private final List<Path> readable;
    final AtomicBoolean exitAttempted = new AtomicBoolean();
    final Queue<String> violations = new ConcurrentLinkedQueue<>();

    SandboxPolicy(URL studentLocation, Path sandbox, List<Path> readable) {
        this.studentLocation = studentLocation;
        this.sandbox = sandbox;
        this.readable = readable;
    }

    @Override
    public boolean implies(ProtectionDomain domain, Permission permission) {
        return !isStudent(domain) || studentMay(permission);
    }

    private boolean isStudent(ProtectionDomain domain) {
        CodeSource source = domain == null ? null : domain.getCodeSource();
        return source != null && studentLocation.equals(source.getLocation());
    }

    private boolean studentMay(Permission permission) {
        if (permission instanceof AllPermission) {
            return false;
        }
        if (permission instanceof RuntimePermission) {
            String name = permission.getName();
            if (name.startsWith("exitVM")) {
                exitAttempted.set(true);
                return false;
            }
            return !FORBIDDEN_RUNTIME.contains(name.replaceFirst("\\..*", "")) || refuse(permission);
        }
        if (permission instanceof FilePermission) {
            return fileAllowed((FilePermission) permission) || refuse(permission);
        }
        if (permission instanceof SocketPermission || permission instanceof LinkPermission) {
            return refuse(permission);
        }
        if (permission instanceof java.lang.reflect.ReflectPermission) {
            return refuse(permission);
        }
        if (permission instanceof java.util.PropertyPermission) {
            return !permission.getActions().contains("write") || refuse(permission);
        }
        return true;
    }

    private boolean fileAllowed(FilePermission permission) {
        String name = permission.getName();
        if (name.equals("<<ALL FILES>>")) {
            return false;
        }
        Path path = Path.of(name.endsWith("/-") || name.endsWith("/*") ? name.substring(0, name.length() - 2) : name)
                .toAbsolutePath().normalize();
        String actions = permission.getActions();
        if (actions.contains("execute")) {
            return false;
        }
        if (actions.contains("write") || actions.contains("delete")) {
            return path.startsWith(sandbox);
        }
        return path.startsWith(sandbox) || readable.stream().anyMatch(path::startsWith);
    }

    private boolean refuse(Permission permission) {
        violations.add(describe(permission));
        return false;
    }

    private static String describe(Permission permission) {
        String actions = permission.getActions();
        String kind = permission.getClass().getSimpleName().replace("Permission", "").toLowerCase();
        return kind + " " + permission.getName() + (actions == null || actions.isEmpty() ? "" : " (" + actions + ")");
    }
}
