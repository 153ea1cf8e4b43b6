"""Measures the installed LatentLab kernel through jupyter_client; prints medians over runs.

  /usr/bin/python3 kernel/src/test/python/measure.py [--kernel java] [--runs 5] [--cells 30]

Per run: a fresh kernel; the time from starting it to the result of `1 + 1`; the round trip
of a trivial cell (`1 + 1`, median of --cells); the first ND4J call (`Nd4j.zeros(2, 2)`).
"""
import argparse
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


def one_run(kernel, cells):
    manager = KernelManager(kernel_name=kernel)
    start = time.perf_counter()
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=300)
        timed(client, "1 + 1")
        first_result = time.perf_counter() - start
        trivial = statistics.median(timed(client, "1 + 1") for _ in range(cells))
        first_nd4j = timed(client, "Nd4j.zeros(2, 2)")
        return first_result, trivial, first_nd4j
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", default="java")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cells", type=int, default=30)
    args = parser.parse_args()
    runs = []
    for i in range(args.runs):
        runs.append(one_run(args.kernel, args.cells))
        print("run %d: start to first result %.2f s, trivial cell %.1f ms, first ND4J call %.2f s"
              % (i + 1, runs[-1][0], runs[-1][1] * 1000, runs[-1][2]))
    first, trivial, nd4j = (statistics.median(column) for column in zip(*runs))
    print("median over %d runs: start to first result %.2f s, trivial cell %.1f ms, first ND4J call %.2f s"
          % (args.runs, first, trivial * 1000, nd4j))


if __name__ == "__main__":
    main()
