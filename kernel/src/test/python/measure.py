"""Measures the installed LatentLab kernel through jupyter_client; prints medians over runs.

  /usr/bin/python3 kernel/src/test/python/measure.py [--kernel java] [--runs 5] [--cells 30] [--idle 0] [--no-nd4j]

Per run: a fresh kernel; the time from starting it to the result of `1 + 1` (and the kernel's CPU
time until then, which a busy machine inflates less); the round trip
of a trivial cell (`1 + 1`, median of --cells after as many warm-up cells) and the kernel
process's CPU time per trivial cell (from /proc, so less sensitive to a busy machine); the
first ND4J call (`Nd4j.zeros(2, 2)`, run right after the first result). With --idle S, the client
waits S seconds after the first ND4J call before the trivial cells, as a student reading the
notebook would (the kernel warms up while idle). The load average is printed too: on a busy machine every wake-up waits.
With --no-nd4j the ND4J call is skipped, so any kernel that evaluates `1 + 1` can be measured:
`--kernel python3 --no-nd4j` gives the round trip of Jupyter's own kernel, the floor that
jupyter_client and the protocol set on this machine.
"""
import argparse
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


def kernel_pid(manager):
    provisioner = getattr(manager, "provisioner", None)
    process = getattr(provisioner, "process", None) or getattr(manager, "kernel", None)
    return process.pid


def one_run(kernel, cells, idle, nd4j=True):
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
    args = parser.parse_args()
    runs = []
    for i in range(args.runs):
        runs.append(one_run(args.kernel, args.cells, args.idle, nd4j=not args.no_nd4j))
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
