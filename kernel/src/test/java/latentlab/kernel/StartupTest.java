package latentlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class StartupTest {
    @Test
    void theLibraryPackagesAreImportedButNotTheGraderKernelOrApplications() {
        Set<String> packages = Startup.libraryPackages();
        assertTrue(packages.containsAll(Set.of("latentlab.tensor", "latentlab.nn", "latentlab.models",
                "latentlab.train", "latentlab.viz", "latentlab.data", "latentlab.exercises")), packages.toString());
        assertEquals(Set.of(), Set.copyOf(packages.stream().filter(pkg -> pkg.startsWith("latentlab.grader")
                || pkg.startsWith("latentlab.kernel") || pkg.startsWith("latentlab.bench")
                || pkg.startsWith("latentlab.demo")).toList()));
    }

    @Test
    void subpackagesOfAnExcludedPackageAreExcludedToo() {
        assertTrue(Startup.isNotImported("latentlab.grader"));
        assertTrue(Startup.isNotImported("latentlab.grader.suite"));
        assertEquals(false, Startup.isNotImported("latentlab.graders"));
        assertEquals(false, Startup.isNotImported("latentlab.tensor"));
    }
}
