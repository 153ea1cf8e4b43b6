"""Starts an installed kernel once, times it to the first result of `1 + 1`, and prints the CPU
time each of the kernel's live threads has used by then (JIT compiler threads, main, shell...),
summed by thread name without trailing digits. Linux only (reads /proc).

  /usr/bin/python3 kernel/src/test/python/start_cpu.py KERNEL_NAME
"""
import collections
import os
import sys
import time

from jupyter_client.manager import KernelManager


def cpu_by_thread(pid):
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


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: start_cpu.py KERNEL_NAME (as `jupyter kernelspec list` shows it)")
    manager = KernelManager(kernel_name=sys.argv[1])
    start = time.perf_counter()
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=120)
        reply = client.execute_interactive("1 + 1", timeout=120, output_hook=lambda message: None)
        first = time.perf_counter() - start
        seconds = cpu_by_thread(manager.provisioner.process.pid)
        print("first result %.2f s (%s); CPU by live thread: %s; total %.2f s"
              % (first, reply["content"]["status"],
                 ", ".join("%s %.2f" % item for item in seconds.most_common(8)), sum(seconds.values())))
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
