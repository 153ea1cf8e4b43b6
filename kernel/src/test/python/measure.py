"""Measures the installed LatentLab kernel through jupyter_client; prints medians over runs.

  /usr/bin/python3 kernel/src/test/python/measure.py [--kernel java] [--runs 5] [--cells 30] [--idle 0]
                                                    [--no-nd4j] [--by-thread]

Per run: a fresh kernel; the time from starting it to the result of `1 + 1` (and the kernel's CPU
time until then, which a busy machine inflates less); the round trip
of a trivial cell (`1 + 1`, median of --cells after as many warm-up cells) and the kernel
process's CPU time per trivial cell (from /proc, so less sensitive to a busy machine); the
first ND4J call (`Nd4j.zeros(2, 2)`, run right after the first result). With --idle S, the client
waits S seconds after the first ND4J call before the trivial cells, as a student reading the
notebook would (the kernel warms up while idle). The load average is printed too: on a busy machine every wake-up waits.
With --no-nd4j the ND4J call is skipped, so any kernel that evaluates `1 + 1` can be measured:
`--kernel python3 --no-nd4j` gives the round trip of Jupyter's own kernel, the floor that
jupyter_client and the protocol set on this machine. With --by-thread each run also prints the
CPU time the kernel's live threads had used at the first result (JIT compilers, main, shell...),
summed by thread name without trailing digits (Linux only).
"""
import argparse
import collections
import os
import statistics
import time

from jupyter_client.manager import KernelManager


def timed(client, code):
    start = time.perf_counter()
    reply = client.execute_interactive(code, timeout=300, output_hook=lambda message: None)
    seconds = time.perf_counter() - start
    if reply["content"]["status"] != "ok":
        raise RuntimeError("%s failed: %s" % (code, reply["content"]))
    return seconds


def cpu_seconds(pid):
    """User + system CPU time of a process (Linux /proc), or NaN elsewhere."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return float("nan")


def cpu_by_thread(pid):
    """CPU seconds per thread name (trailing digits dropped) of a process's live threads (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    seconds = collections.Counter()
    for tid in os.listdir("/proc/%d/task" % pid):
        try:
            with open("/proc/%d/task/%s/comm" % (pid, tid)) as f:
                name = f.read().strip().rstrip("0123456789")
            with open("/proc/%d/task/%s/stat" % (pid, tid)) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            seconds[name] += (int(fields[11]) + int(fields[12])) / ticks
        except OSError:
            pass  # the thread ended meanwhile
    return seconds


def kernel_pid(manager):
    provisioner = getattr(manager, "provisioner", None)
    process = getattr(provisioner, "process", None) or getattr(manager, "kernel", None)
    return process.pid


def one_run(kernel, cells, idle, nd4j=True, by_thread=False):
    manager = KernelManager(kernel_name=kernel)
    start = time.perf_counter()
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=300)
        timed(client, "1 + 1")
        first_result = time.perf_counter() - start
        first_cpu = cpu_seconds(kernel_pid(manager))
        if by_thread:
            threads = cpu_by_thread(kernel_pid(manager))
            print("  CPU by live thread at the first result: %s" % ", ".join(
                "%s %.2f s" % item for item in threads.most_common(8)))
        # right away: the background preload may still run
        first_nd4j = timed(client, "Nd4j.zeros(2, 2)") if nd4j else float("nan")
        time.sleep(idle)
        for _ in range(cells):
            timed(client, "1 + 1")  # warm-up: the JIT compiles javac's hot paths
        cpu_before = cpu_seconds(kernel_pid(manager))
        trivial = statistics.median(timed(client, "1 + 1") for _ in range(cells))
        cpu_per_cell = (cpu_seconds(kernel_pid(manager)) - cpu_before) / cells
        return first_result, first_cpu, trivial, cpu_per_cell, first_nd4j
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", default="java")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cells", type=int, default=30)
    parser.add_argument("--idle", type=float, default=0.0, help="seconds of idle time before the trivial cells")
    parser.add_argument("--no-nd4j", action="store_true", help="skip the ND4J call (to measure another kernel)")
    parser.add_argument("--by-thread", action="store_true", help="print CPU per kernel thread at the first result")
    args = parser.parse_args()
    runs = []
    for i in range(args.runs):
        runs.append(one_run(args.kernel, args.cells, args.idle, nd4j=not args.no_nd4j, by_thread=args.by_thread))
        print("run %d: start to first result %.2f s (kernel CPU %.2f s), trivial cell %.1f ms (kernel CPU %.1f ms), "
              "first ND4J call %.2f s; load average %.1f"
              % (i + 1, runs[-1][0], runs[-1][1], runs[-1][2] * 1000, runs[-1][3] * 1000, runs[-1][4],
                 os.getloadavg()[0]))
    first, first_cpu, trivial, cpu, nd4j = (statistics.median(column) for column in zip(*runs))
    print("median over %d runs: start to first result %.2f s (kernel CPU %.2f s), trivial cell %.1f ms "
          "(kernel CPU %.1f ms), first ND4J call %.2f s; load average %.1f on %d CPUs"
          % (args.runs, first, first_cpu, trivial * 1000, cpu * 1000, nd4j, os.getloadavg()[0], os.cpu_count()))


if __name__ == "__main__":
    main()
