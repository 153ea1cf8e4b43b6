"""What the PyTorch twins of the bench workloads share (torch_vae.py, torch_gan.py): their
command-line options, the timed training loop and the JSON line the Java bench reads.

The loop goes over shuffled mini-batches of the data for a warm-up of --warmup CPU seconds
(as the Java side warms up), then for --seconds of wall time, counting the samples consumed.
"""
import argparse
import json
import resource
import time

import torch


def options(description):
    """Parses the shared options, then sets torch's thread count and seed from them."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--samples", type=int, default=12800, help="data set size N")
    p.add_argument("--warmup", type=float, default=1.0, help="CPU seconds of warm-up steps")
    p.add_argument("--seconds", type=float, default=4.0, help="seconds measured")
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    return a


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(step, data, a):
    """Warms up, times step(batch) over shuffled batches of data and prints the JSON line."""

    def run(seconds, clock=time.perf_counter):
        samples = 0
        start = time.perf_counter()
        start_cpu = cpu_seconds()
        start_clock = clock()
        while True:
            order = torch.randperm(a.samples)
            for s in range(0, a.samples, a.batch):
                x = data[order[s:s + a.batch]]
                step(x)
                samples += x.shape[0]
                if clock() - start_clock >= seconds:
                    return samples, time.perf_counter() - start, cpu_seconds() - start_cpu

    run(a.warmup, clock=cpu_seconds)
    samples, elapsed, cpu = run(a.seconds)
    print(json.dumps({"framework": "pytorch " + torch.__version__, "threads": a.threads,
                      "samples": samples, "seconds": elapsed, "cpu_seconds": cpu,
                      "samples_per_s": samples / elapsed, "samples_per_cpu_s": samples / cpu}))
