#!/usr/bin/env bash
# Installs the LatentLab Java kernel as the Jupyter kernelspec "java".
#
#   kernel/install.sh [--user | --prefix DIR | --sys-prefix] [--name NAME] [--force]
#                     [--fast-start] [--java-option OPTION ...] [--same-options]
#   kernel/install.sh --uninstall [--name NAME] [--force]
#
# Builds the project first if target/latentlab.jar (with the kernel) is missing. The kernelspec
# runs the current JDK ($JAVA_HOME/bin/java, else java on PATH) with target/latentlab.jar and
# target/lib/* on the class path. A kernel named NAME that is not LatentLab's (a real IJava,
# say) is left alone unless --force is given; --name installs under another name instead.
# --fast-start: C1 only (-XX:TieredStopAtLevel=1 -Xmn256m), about 0.9 s faster to start and a
# third faster per small cell, but model training runs about 2.5x slower (kernel/README.md).
# --java-option adds one JVM option (repeatable); --same-options keeps those NAME has now.
# Environment: PYTHON (default /usr/bin/python3, which has Debian's jupyter_client),
# LATENTLAB_KERNEL_HEAP (default 2g).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-/usr/bin/python3}"
[[ -x "$PYTHON" ]] || PYTHON="$(command -v python3)"
HEAP="${LATENTLAB_KERNEL_HEAP:-2g}"
NAME=java
LOCATION=user
PREFIX=""
FORCE=0
UNINSTALL=0
SAME_OPTIONS=0
JAVA_OPTIONS=()

java_option() {
  [[ "$1" == -* ]] || { echo "install.sh: --java-option expects a JVM option starting with '-', got '$1'" >&2; exit 2; }
  JAVA_OPTIONS+=("$1")
}

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --user) LOCATION=user ;;
    --sys-prefix) LOCATION=sys-prefix ;;
    --prefix) LOCATION=prefix; PREFIX="${2:?--prefix needs a folder}"; shift ;;
    --prefix=*) LOCATION=prefix; PREFIX="${1#--prefix=}" ;;
    --name) NAME="${2:?--name needs a kernel name}"; shift ;;
    --name=*) NAME="${1#--name=}" ;;
    --force) FORCE=1 ;;
    --uninstall) UNINSTALL=1 ;;
    --fast-start) JAVA_OPTIONS+=(-XX:TieredStopAtLevel=1 -Xmn256m) ;;
    --java-option) [[ $# -ge 2 ]] || { echo "install.sh: --java-option needs a JVM option, e.g. -Xss8m" >&2; exit 2; }
                   java_option "$2"; shift ;;
    --java-option=*) java_option "${1#--java-option=}" ;;
    --same-options) SAME_OPTIONS=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

if ! "$PYTHON" -c 'import jupyter_client' 2>/dev/null; then
  echo "install.sh: $PYTHON has no jupyter_client. On Debian/Ubuntu:" >&2
  echo "  sudo apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient" >&2
  exit 1
fi

# kernelspec.py: find / install / remove, through jupyter_client's KernelSpecManager.
spec() { "$PYTHON" "$ROOT/kernel/src/main/python/kernelspec.py" "$@"; }

existing="$(spec find "$NAME")"
if [[ -n "$existing" ]] && ! grep -q latentlab.kernel.Main "$existing/kernel.json" 2>/dev/null && [[ $FORCE -eq 0 ]]; then
  echo "A different kernel is already installed as '$NAME' ($existing), perhaps a real IJava." >&2
  echo "Left it alone. Use --name latentlab to install LatentLab's kernel beside it," >&2
  echo "or --force to replace (or, with --uninstall, remove) it." >&2
  exit 3
fi

if [[ $UNINSTALL -eq 1 ]]; then
  if [[ -z "$existing" ]]; then echo "No kernel named '$NAME' is installed."; exit 0; fi
  spec remove "$NAME"
  exit 0
fi

if [[ $SAME_OPTIONS -eq 1 && -n "$existing" ]]; then
  while IFS= read -r option; do
    [[ -n "$option" ]] && JAVA_OPTIONS+=("$option")
  done < <(spec options "$NAME")
fi

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  JAVA="$JAVA_HOME/bin/java"
else
  JAVA="$(command -v java || true)"
  [[ -n "$JAVA" ]] || { echo "install.sh: no java on PATH and no JAVA_HOME; install a JDK 17." >&2; exit 1; }
  JAVA="$(readlink -f "$JAVA")"
fi

if [[ ${#JAVA_OPTIONS[@]} -gt 0 ]] && ! check="$("$JAVA" "${JAVA_OPTIONS[@]}" -version 2>&1)"; then
  echo "install.sh: $JAVA does not start with the JVM options ${JAVA_OPTIONS[*]}:" >&2
  echo "$check" | head -5 >&2
  echo "Nothing was installed or changed." >&2
  exit 2
fi

JAR="$ROOT/target/latentlab.jar"
if [[ ! -f "$JAR" ]] || ! unzip -l "$JAR" latentlab/kernel/Main.class >/dev/null 2>&1; then
  echo "Building LatentLab (mvn -q -DskipTests package) ..."
  (cd "$ROOT" && mvn -q -DskipTests package)
fi

# A class-data archive of what a kernel start loads (JShell, javac, ND4J...) makes later starts
# faster. Rebuilding the jars makes it stale; the kernel then starts without it (run this again).
ARCHIVE="$ROOT/target/kernel-cds.jsa"
echo "Recording a class-data archive for faster kernel starts ..."
rm -f "$ARCHIVE"
if ! "$JAVA" -XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off -Djava.awt.headless=true \
     -cp "$JAR:$ROOT/target/lib/*" latentlab.kernel.Main --warmup >/dev/null 2>&1 || [[ ! -f "$ARCHIVE" ]]; then
  echo "  (no archive: this JDK could not record one; the kernel works without it)"
  ARCHIVE=""
fi

spec install "$NAME" "$LOCATION" "$PREFIX" "$JAVA" "$HEAP" "$ROOT/target" "$ARCHIVE" ${JAVA_OPTIONS[@]+"${JAVA_OPTIONS[@]}"}
