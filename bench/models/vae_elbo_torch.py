#!/usr/bin/python3
"""PyTorch 1.13 reference for LatentLab's VAE quality gate.

Trains the classic VAE (784-400-Z, ReLU, Bernoulli decoder on logits, loss = BCE + KL,
Adam, batch 128, He-normal weights and zero biases as LatentLab initialises them) on IDX files written by LatentLab (the same synthetic digits the Java
side trains on) and prints one JSON line per epoch with the test ELBO per image (nats,
one reparameterized sample per image, like the Java side).

Usage: /usr/bin/python3 bench/models/vae_elbo_torch.py TRAIN.idx TEST.idx [--epochs 5]
       [--hidden 400] [--latent 20] [--lr 1e-3] [--batch 128] [--seed 1]
Runs with one thread (torch.set_num_threads(1)); set OMP_WAIT_POLICY=PASSIVE as well.
"""
import argparse
import json
import struct
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


def read_idx_images(path):
    with open(path, "rb") as f:
        data = f.read()
    zero, dtype, rank = struct.unpack(">HBB", data[:4])
    if zero != 0 or dtype != 0x08:
        sys.exit(f"{path}: not an unsigned-byte IDX file (header {data[:4]!r})")
    dims = struct.unpack(">" + "I" * rank, data[4:4 + 4 * rank])
    pixels = np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * rank)
    n = dims[0]
    return torch.from_numpy(pixels.reshape(n, -1).astype(np.float32) / 255.0)


class Vae(nn.Module):
    def __init__(self, d, h, z):
        super().__init__()
        self.enc = nn.Linear(d, h)
        self.mu = nn.Linear(h, z)
        self.log_var = nn.Linear(h, z)
        self.dec1 = nn.Linear(z, h)
        self.dec2 = nn.Linear(h, d)
        # LatentLab's initialisation: He normal weights N(0, 2/fan_in), zero biases.
        for layer in (self.enc, self.mu, self.log_var, self.dec1, self.dec2):
            nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
            nn.init.zeros_(layer.bias)

    def forward(self, x, eps):
        hidden = F.relu(self.enc(x))
        mu, log_var = self.mu(hidden), self.log_var(hidden)
        z = mu + torch.exp(0.5 * log_var) * eps
        logits = self.dec2(F.relu(self.dec1(z)))
        return logits, mu, log_var


def terms(model, x, eps):
    logits, mu, log_var = model(x, eps)
    rec = F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(1)
    kl = 0.5 * (torch.exp(log_var) + mu * mu - 1 - log_var).sum(1)
    return rec, kl


def main():
    p = argparse.ArgumentParser()
    p.add_argument("train")
    p.add_argument("test")
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--hidden", type=int, default=400)
    p.add_argument("--latent", type=int, default=20)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(a.seed)
    train, test = read_idx_images(a.train), read_idx_images(a.test)
    model = Vae(train.shape[1], a.hidden, a.latent)
    opt = torch.optim.Adam(model.parameters(), lr=a.lr)
    for epoch in range(1, a.epochs + 1):
        start = time.time()
        order = torch.randperm(train.shape[0])
        total = 0.0
        for i in range(0, train.shape[0], a.batch):
            x = train[order[i:i + a.batch]]
            rec, kl = terms(model, x, torch.randn(x.shape[0], a.latent))
            loss = (rec + kl).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item() * x.shape[0]
        seconds = time.time() - start
        with torch.no_grad():
            rec, kl = terms(model, test, torch.randn(test.shape[0], a.latent))
        print(json.dumps({"epoch": epoch, "train_loss": total / train.shape[0],
                          "test_elbo": -(rec + kl).mean().item(), "test_rec": rec.mean().item(),
                          "test_kl": kl.mean().item(), "samples_per_s": train.shape[0] / seconds}), flush=True)


if __name__ == "__main__":
    main()
