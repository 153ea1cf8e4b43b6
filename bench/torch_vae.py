#!/usr/bin/python3
"""PyTorch twin of LatentLab's VAE bench workload, for a side-by-side throughput comparison.

The classic VAE: encoder 784-400-(20+20) with ReLU, decoder 20-400-784 with ReLU and a
Bernoulli likelihood on logits, loss = BCE(sum over pixels) + KL, averaged over the batch,
Adam (lr 1e-3), float32, shuffled mini-batches. Prints one JSON line with samples/s.

Run with OMP_WAIT_POLICY=PASSIVE in the environment (set before torch starts its pool);
the Java bench does that when it launches this script.
"""
import argparse
import json
import resource
import time

import torch
import torch.nn.functional as F


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--samples", type=int, default=12800, help="data set size N")
    p.add_argument("--warmup", type=float, default=1.0, help="CPU seconds of warm-up steps")
    p.add_argument("--seconds", type=float, default=4.0, help="seconds measured")
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args()

    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    data = torch.rand(a.samples, 784)  # pixel intensities in [0, 1], float32

    enc1 = torch.nn.Linear(784, 400)
    enc2 = torch.nn.Linear(400, 40)  # mu and logVar side by side
    dec1 = torch.nn.Linear(20, 400)
    dec2 = torch.nn.Linear(400, 784)
    params = [q for m in (enc1, enc2, dec1, dec2) for q in m.parameters()]
    opt = torch.optim.Adam(params, lr=1e-3)

    def step(x):
        h = F.relu(enc1(x))
        mu, log_var = enc2(h).chunk(2, dim=1)
        z = mu + torch.exp(0.5 * log_var) * torch.randn_like(mu)
        logits = dec2(F.relu(dec1(z)))
        n = x.shape[0]
        rec = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / n
        kl = -0.5 * torch.sum(1 + log_var - mu * mu - log_var.exp()) / n
        loss = rec + kl
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        return loss

    def cpu_seconds():
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

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

    run(a.warmup, clock=cpu_seconds)  # warm-up in CPU seconds, as the Java side does
    samples, elapsed, cpu = run(a.seconds)
    print(json.dumps({"framework": "pytorch " + torch.__version__, "threads": a.threads,
                      "samples": samples, "seconds": elapsed, "cpu_seconds": cpu,
                      "samples_per_s": samples / elapsed, "samples_per_cpu_s": samples / cpu}))


if __name__ == "__main__":
    main()
