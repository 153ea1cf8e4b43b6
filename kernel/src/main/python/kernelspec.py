"""Find, install and remove the LatentLab kernelspec with jupyter_client (used by kernel/install.sh).

  kernelspec.py find NAME                       prints the kernel's folder, or nothing
  kernelspec.py install NAME LOCATION PREFIX JAVA HEAP TARGET CDS_ARCHIVE [JAVA_OPTION ...]
  kernelspec.py options NAME                    prints the extra JVM options NAME was installed with, one a line
  kernelspec.py remove NAME

CDS_ARCHIVE may be empty (no archive). The extra JVM options come after the kernel's own on its
command line, so they win over them, and are recorded in the kernelspec's metadata, so that an
install after a rebuild can keep them.
"""
import json
import os
import sys
import tempfile
import warnings

from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel


def find(name):
    try:
        print(KernelSpecManager().get_kernel_spec(name).resource_dir)
    except NoSuchKernel:
        pass


FAST_START = "-XX:TieredStopAtLevel=1"


def options(name):
    try:
        spec = KernelSpecManager().get_kernel_spec(name)
    except NoSuchKernel:
        return
    for option in (spec.metadata.get("latentlab_java_options") or []):
        print(option)


def kernel_json(java, heap, target, archive, extra=()):
    classpath = os.pathsep.join([os.path.join(target, "latentlab.jar"), os.path.join(target, "lib", "*")])
    java_options = ["-Djava.awt.headless=true", "-Xmx" + heap, "-XX:+UseSerialGC", "-Xshare:auto"]
    if archive:
        # Classes of a typical start, pre-parsed; the JVM skips a stale archive (jars rebuilt) silently.
        java_options += ["-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                         "-Dlatentlab.kernel.cds=" + archive]  # the kernel says when the archive is stale
    java_options += extra  # last, so that they win over the defaults above
    return {
        "argv": [java] + java_options + ["-cp", classpath, "latentlab.kernel.Main", "{connection_file}"],
        "display_name": "Java (LatentLab, fast start)" if FAST_START in extra else "Java (LatentLab)",
        "language": "java",
        "interrupt_mode": "message",
        # ND4J's thread counts are set by the library (latentlab.tensor.Backend, LATENTLAB_BLAS_THREADS).
        "metadata": {"latentlab": True, "latentlab_java_options": list(extra)},
    }


def install(name, location, prefix, java, heap, target, archive="", *extra):
    extra = tuple(dict.fromkeys(extra))  # once each, in order: --fast-start with --same-options repeats them
    spec = kernel_json(java, heap, target, archive, extra)
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "kernel.json"), "w") as out:
            json.dump(spec, out, indent=2)
        options = {"kernel_name": name, "replace": True}
        if location == "user":
            options["user"] = True
        elif location == "sys-prefix":
            options["prefix"] = sys.prefix
        else:
            options["prefix"] = os.path.abspath(prefix)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # 'replace' is implied from jupyter_client 7 on
            destination = KernelSpecManager().install_kernel_spec(folder, **options)
    print("Installed kernel '%s' (%s) in %s" % (name, spec["display_name"], destination))
    print("  java: %s" % java)
    print("  class path: %s" % spec["argv"][spec["argv"].index("-cp") + 1])
    if archive:
        print("  class-data archive: %s" % archive)
    if extra:
        print("  extra JVM options: %s" % " ".join(extra))


def remove(name):
    folder = KernelSpecManager().remove_kernel_spec(name)
    print("Removed kernel '%s' from %s" % (name, folder))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"find": find, "install": install, "options": options, "remove": remove}[command](*args)
