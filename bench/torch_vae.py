#!/usr/bin/python3
"""PyTorch twin of LatentLab's VAE bench workload, for a side-by-side throughput comparison.

The classic VAE: encoder 784-400-(20+20) with ReLU, decoder 20-400-784 with ReLU and a
Bernoulli likelihood on logits, loss = BCE(sum over pixels) + KL, averaged over the batch,
Adam (lr 1e-3), float32, shuffled mini-batches. Prints one JSON line with samples/s.

Run with OMP_WAIT_POLICY=PASSIVE in the environment (set before torch starts its pool);
the Java bench does that when it launches this script.
"""
import torch
import torch.nn.functional as F

import torch_timing


def main():
    a = torch_timing.options(__doc__.splitlines()[0])
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

    torch_timing.measure(step, data, a)


if __name__ == "__main__":
    main()
