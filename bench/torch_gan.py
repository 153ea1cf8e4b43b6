#!/usr/bin/python3
"""PyTorch twin of LatentLab's GAN bench workload (bench/src/.../GanWorkload.java).

Generator 64-256-784 (ReLU, sigmoid output), discriminator 784-256-1 (LeakyReLU 0.2), BCE on
logits with the non-saturating generator loss, Adam (lr 2e-4, betas 0.5, 0.999) for each
network, float32. Per batch of real images: one D step on the real batch and a fake batch
(through D at once, fakes detached), then one G step on fresh noise, as LatentLab's Gan.step
does. Prints one JSON line with samples/s (samples = real images consumed).

Run with OMP_WAIT_POLICY=PASSIVE in the environment; the Java bench sets it.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

import torch_timing


def main():
    a = torch_timing.options(__doc__.splitlines()[0])
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

    torch_timing.measure(step, data, a)


if __name__ == "__main__":
    main()
