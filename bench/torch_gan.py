#!/usr/bin/python3
"""PyTorch twin of LatentLab's GAN bench workload (bench/src/.../GanWorkload.java).

Generator 64-256-784 (ReLU, sigmoid output), discriminator 784-256-1 (LeakyReLU 0.2), BCE on
logits with the non-saturating generator loss, Adam (lr 2e-4, betas 0.5, 0.999) for each
network, float32. Per batch of real images: one D step on the real batch and a fake batch
(through D at once, fakes detached), then one G step on fresh noise, as LatentLab's Gan.step
does. Prints one JSON line with samples/s (samples = real images consumed).

Run with OMP_WAIT_POLICY=PASSIVE in the environment; the Java bench sets it.
"""
import argparse
import json
import resource
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--samples", type=int, default=12800)
    p.add_argument("--warmup", type=float, default=1.0)
    p.add_argument("--seconds", type=float, default=4.0)
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args()

    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    data = torch.rand(a.samples, 784)
    g = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Linear(256, 784), nn.Sigmoid())
    d = nn.Sequential(nn.Linear(784, 256), nn.LeakyReLU(0.2), nn.Linear(256, 1))
    opt_g = torch.optim.Adam(g.parameters(), lr=2e-4, betas=(0.5, 0.999))
    opt_d = torch.optim.Adam(d.parameters(), lr=2e-4, betas=(0.5, 0.999))

    def step(real):
        n = real.shape[0]
        with torch.no_grad():
            fake = g(torch.randn(n, 64))
        logits = d(torch.cat([real, fake]))
        d_loss = F.softplus(-logits[:n]).mean() + F.softplus(logits[n:]).mean()
        opt_d.zero_grad(set_to_none=True)
        d_loss.backward()
        opt_d.step()
        g_loss = F.softplus(-d(g(torch.randn(n, 64)))).mean()
        opt_g.zero_grad(set_to_none=True)
        g_loss.backward()
        opt_g.step()

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
