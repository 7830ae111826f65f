#!/usr/bin/env python3
"""Writes the PyTorch-made test fixtures under src/test/resources/fixtures/.

Run by hand (CI only reads the committed files):

    apt-get install -y python3-torch python3-numpy
    python3 tools/make_fixtures.py

Everything is computed in double precision. The Java tests compare their double-precision layers
and models to these numbers with a 1e-9 tolerance, and their float32 ones with 1e-5.

Two kinds of fixture:

* layers: nn.RNN (tanh), nn.LSTM and nn.GRU with two layers, nn.Embedding and nn.Linear. A tiny
  random input (and initial state), the weights, the outputs, the final states, and the gradients
  of L = sum(outputs * R) for a fixed random R with respect to every parameter and the input.
* training steps: chapter models built as the chapter builds them, trained for two consecutive
  batches with fastai's recipe (Adam with decoupled weight decay, one-cycle lr and momentum at a
  fixed position, the hidden state carried and detached between the batches). fastai itself is not
  installed here, so its Adam step and one-cycle schedule are re-implemented below from fastai's
  sources (fastai/optimizer.py, fastai/callback/schedule.py; see
  /work/shared/reference/fastai-semantics.md sections 5.2 and 5.3).

Layout conventions (so the Java side reads them without guessing):
* every array is float64, token ids included (exact for small integers);
* sequences are time-major: a (T, B, F) array, i.e. row t*B + b once flattened, as our layers
  keep them; batches of token ids are stored as the model sees them, (B, T);
* parameters carry PyTorch's state_dict names, which are also ours.
"""

import math
import os

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources", "fixtures")


def save(name, arrays):
    path = os.path.join(OUT, name + ".npz")
    np.savez(path, **{k: np.asarray(v, dtype=np.float64) for k, v in arrays.items()})
    print(f"{path}: {len(arrays)} arrays, {os.path.getsize(path)} bytes")


def t2n(t):
    return t.detach().numpy().astype(np.float64)


# ----------------------------------------------------------------------------------------------
# layers
# ----------------------------------------------------------------------------------------------

def recurrent_layer_fixture(name, module_class, states):
    torch.manual_seed({"rnn": 11, "lstm": 12, "gru": 13}[name])
    n_in, hidden, steps, rows, layers = 3, 4, 5, 2, 2
    module = module_class(n_in, hidden, num_layers=layers)       # seq-first: (T, B, F)
    x = torch.randn(steps, rows, n_in, requires_grad=True)
    state0 = tuple(torch.randn(layers, rows, hidden) * 0.5 for _ in range(states))
    r = torch.randn(steps, rows, hidden)
    out, final = module(x, state0 if states == 2 else state0[0])
    loss = (out * r).sum()
    loss.backward()
    arrays = {"x": t2n(x), "R": t2n(r), "out": t2n(out), "loss": t2n(loss), "grad.x": t2n(x.grad)}
    finals = final if states == 2 else (final,)
    for key, s0, s1 in zip(("h", "c"), state0, finals):
        arrays[key + "0"] = t2n(s0)
        arrays[key + "n"] = t2n(s1)
    for pname, p in module.named_parameters():
        arrays["rnn." + pname] = t2n(p)
        arrays["grad.rnn." + pname] = t2n(p.grad)
    save("layer_" + name, arrays)


def embedding_fixture():
    torch.manual_seed(14)
    emb = nn.Embedding(6, 4)
    ids = torch.tensor([0, 3, 3, 5, 1, 3, 2])           # repeats: their gradients must add up
    r = torch.randn(len(ids), 4)
    out = emb(ids)
    loss = (out * r).sum()
    loss.backward()
    save("layer_embedding", {"ids": ids.numpy(), "weight": t2n(emb.weight), "R": t2n(r), "out": t2n(out),
                             "loss": t2n(loss), "grad.weight": t2n(emb.weight.grad)})


def linear_fixture():
    torch.manual_seed(15)
    lin = nn.Linear(5, 3)
    x = torch.randn(7, 5, requires_grad=True)
    r = torch.randn(7, 3)
    out = lin(x)
    loss = (out * r).sum()
    loss.backward()
    save("layer_linear", {"x": t2n(x), "weight": t2n(lin.weight), "bias": t2n(lin.bias), "R": t2n(r),
                          "out": t2n(out), "loss": t2n(loss), "grad.weight": t2n(lin.weight.grad),
                          "grad.bias": t2n(lin.bias.grad), "grad.x": t2n(x.grad)})


# ----------------------------------------------------------------------------------------------
# the chapter's models (written after fastbook 12_nlp_dive.ipynb; fastai's Module is nn.Module)
# ----------------------------------------------------------------------------------------------

class ThreeStepsByHand(nn.Module):
    """LMModel1: the same hidden layer applied three times, each application spelled out."""

    def __init__(self, vocab, hidden):
        super().__init__()
        self.i_h = nn.Embedding(vocab, hidden)
        self.h_h = nn.Linear(hidden, hidden)
        self.h_o = nn.Linear(hidden, vocab)

    def forward(self, x):
        state = F.relu(self.h_h(self.i_h(x[:, 0])))
        state = F.relu(self.h_h(state + self.i_h(x[:, 1])))
        state = F.relu(self.h_h(state + self.i_h(x[:, 2])))
        return self.h_o(state)

    def reset(self):
        pass


class ReluLoop(nn.Module):
    """LMModel3 (stateful=True, predict_all=False) and LMModel4 (stateful=True, predict_all=True)."""

    def __init__(self, vocab, hidden, rows, predict_all):
        super().__init__()
        self.i_h = nn.Embedding(vocab, hidden)
        self.h_h = nn.Linear(hidden, hidden)
        self.h_o = nn.Linear(hidden, vocab)
        self.rows, self.hidden, self.predict_all = rows, hidden, predict_all
        self.reset()

    def reset(self):
        self.h = torch.zeros(self.rows, self.hidden)

    def forward(self, x):
        outs = []
        for t in range(x.shape[1]):
            self.h = F.relu(self.h_h(self.h + self.i_h(x[:, t])))
            outs.append(self.h_o(self.h))
        self.h = self.h.detach()
        return torch.stack(outs, dim=1) if self.predict_all else outs[-1]


class Stacked(nn.Module):
    """LMModel5 (nn.RNN), LMModel6 (nn.LSTM), the GRU model, and LMModel7 (LSTM + dropout + tying)."""

    def __init__(self, cell, vocab, hidden, layers, rows, tied=False):
        super().__init__()
        self.i_h = nn.Embedding(vocab, hidden)
        self.rnn = cell(hidden, hidden, layers, batch_first=True)
        self.h_o = nn.Linear(hidden, vocab)
        if tied:
            self.h_o.weight = self.i_h.weight
        self.states = 2 if cell is nn.LSTM else 1
        self.layers, self.rows, self.hidden = layers, rows, hidden
        self.mask = None          # a given dropout mask (B, T, H), so that Java can apply the same one
        self.reset()

    def reset(self):
        self.h = [torch.zeros(self.layers, self.rows, self.hidden) for _ in range(self.states)]

    def forward(self, x):
        raw, h = self.rnn(self.i_h(x), self.h if self.states == 2 else self.h[0])
        self.h = [s.detach() for s in (h if self.states == 2 else (h,))]
        dropped = raw if self.mask is None else raw * self.mask
        return self.h_o(dropped), raw, dropped


# ----------------------------------------------------------------------------------------------
# fastai's recipe, re-implemented: one-cycle (fastai/callback/schedule.py) and Adam
# (fastai/optimizer.py: weight_decay, average_grad(dampening=True), average_sqr_grad, step_stat,
# adam_step), with fastai's defaults sqr_mom=0.99, eps=1e-5, decouple_wd=True
# ----------------------------------------------------------------------------------------------

def cos_sched(start, end, x):
    return start + (1 + math.cos(math.pi * (1 - x))) * (end - start) / 2


def combined_cos(pct, a, b, c, pos):
    return cos_sched(a, b, pos / pct) if pos < pct else cos_sched(b, c, (pos - pct) / (1 - pct))


def one_cycle(lr_max, moms, pos, div=25.0, div_final=1e5, pct_start=0.25):
    return (combined_cos(pct_start, lr_max / div, lr_max, lr_max / div_final, pos),
            combined_cos(pct_start, moms[0], moms[1], moms[2], pos))


def exempt_from_wd(model):
    """fastai's norm_bias_params(with_bias=True) without norm layers (there are none here): the
    tensor-valued `.bias` of any module. nn.RNN/LSTM/GRU's `bias` is the boolean True, so their
    bias tensors stay weight-decayed."""
    ids = set()
    for m in model.modules():
        b = getattr(m, "bias", None)
        if isinstance(b, torch.Tensor):
            ids.add(id(b))
    return ids


class FastaiAdam:
    def __init__(self, model, sqr_mom=0.99, eps=1e-5):
        self.params = list(model.named_parameters())          # a tied weight appears once
        self.no_wd = exempt_from_wd(model)
        self.sqr_mom, self.eps = sqr_mom, eps
        self.state = {}

    def step(self, lr, mom, wd):
        with torch.no_grad():
            for name, p in self.params:
                if p.grad is None:
                    continue
                if wd != 0 and id(p) not in self.no_wd:
                    p.mul_(1 - lr * wd)
                st = self.state.setdefault(name, {"grad_avg": torch.zeros_like(p), "sqr_avg": torch.zeros_like(p), "step": 0})
                st["grad_avg"].mul_(mom).add_(p.grad, alpha=1 - mom)
                st["sqr_avg"].mul_(self.sqr_mom).addcmul_(p.grad, p.grad, value=1 - self.sqr_mom)
                st["step"] += 1
                debias1 = 1 - mom ** st["step"]
                debias2 = 1 - self.sqr_mom ** st["step"]
                p.addcdiv_(st["grad_avg"], (st["sqr_avg"] / debias2).sqrt() + self.eps, value=-lr / debias1)

    def zero_grad(self):
        for _, p in self.params:
            if p.grad is not None:
                p.grad.zero_()


# ----------------------------------------------------------------------------------------------
# training-step fixtures
# ----------------------------------------------------------------------------------------------

VOCAB, HIDDEN, ROWS = 30, 8, 4
LEARNER_MOMS, TEXT_LEARNER_MOMS = (0.95, 0.85, 0.95), (0.8, 0.7, 0.8)


def time_major(a):
    """(B, T, F) -> (T*B, F); (B, F) stays as it is."""
    return a.transpose(0, 1).reshape(-1, a.shape[-1]) if a.dim() == 3 else a


def training_step_fixture(name, seed, make, steps_per_sample, target_len, lr_max, wd, moms, epoch, epochs,
                          batches, first_batch, dropout=0.0, alpha=0.0, beta=0.0):
    torch.manual_seed(seed)
    model = make()
    model.reset()                              # ModelResetter before the training phase
    opt = FastaiAdam(model)
    arrays = {"hyper": [lr_max, wd, moms[0], moms[1], moms[2], epoch, epochs, batches, first_batch,
                        dropout, alpha, beta, HIDDEN, ROWS]}
    for pname, p in model.named_parameters():
        arrays["init." + pname] = t2n(p)
    for k in range(2):                         # two consecutive batches: the state carries, Adam's t goes to 2
        x = torch.randint(0, VOCAB, (ROWS, steps_per_sample))
        y = torch.randint(0, VOCAB, (ROWS, target_len))
        pos = epoch / epochs + (first_batch + k) / (batches * epochs)
        lr, mom = one_cycle(lr_max, moms, pos)
        if dropout > 0:
            model.mask = (torch.rand(ROWS, steps_per_sample, HIDDEN) >= dropout).double() / (1 - dropout)
            arrays[f"mask{k}"] = t2n(time_major(model.mask))
        out = model(x)
        logits, raw, dropped = out if isinstance(out, tuple) else (out, None, None)
        ce = F.cross_entropy(logits.reshape(-1, VOCAB), y.reshape(-1))   # CrossEntropyLossFlat: mean over positions
        loss = ce
        if alpha:
            loss = loss + alpha * dropped.pow(2).mean()                     # AR on the dropped-out outputs
        if beta:
            loss = loss + beta * (raw[:, 1:] - raw[:, :-1]).pow(2).mean()  # TAR along time on the raw outputs
        loss.backward()
        arrays.update({f"x{k}": x.numpy(), f"y{k}": y.numpy(), f"pos{k}": pos, f"lr{k}": lr, f"mom{k}": mom,
                       f"logits{k}": t2n(time_major(logits)), f"ce{k}": t2n(ce), f"loss{k}": t2n(loss)})
        for pname, p in model.named_parameters():
            arrays[f"grad{k}.{pname}"] = t2n(p.grad)
        opt.step(lr, mom, wd)
        opt.zero_grad()
        for pname, p in model.named_parameters():
            arrays[f"after{k}.{pname}"] = t2n(p)
    save("step_" + name, arrays)


def main():
    os.makedirs(OUT, exist_ok=True)
    recurrent_layer_fixture("rnn", nn.RNN, 1)
    recurrent_layer_fixture("lstm", nn.LSTM, 2)
    recurrent_layer_fixture("gru", nn.GRU, 1)
    embedding_fixture()
    linear_fixture()
    # 3-word models: LMModel1 by hand (LMModel2 must give the same), LMModel3 carrying its state
    training_step_fixture("lm1", 21, lambda: ThreeStepsByHand(VOCAB, HIDDEN), 3, 1, 1e-3, 0.01, LEARNER_MOMS,
                          epoch=1, epochs=4, batches=262, first_batch=100)
    training_step_fixture("lm3", 23, lambda: ReluLoop(VOCAB, HIDDEN, ROWS, False), 3, 1, 3e-3, 0.01, LEARNER_MOMS,
                          epoch=6, epochs=10, batches=262, first_batch=7)
    # 16-word models (6 words here), one per cell; positions in the warm-up and in the annealing
    sl = 6
    training_step_fixture("lm4", 24, lambda: ReluLoop(VOCAB, HIDDEN, ROWS, True), sl, sl, 3e-3, 0.01, LEARNER_MOMS,
                          epoch=2, epochs=15, batches=49, first_batch=30)
    training_step_fixture("lm5", 25, lambda: Stacked(nn.RNN, VOCAB, HIDDEN, 2, ROWS), sl, sl, 3e-3, 0.01,
                          LEARNER_MOMS, epoch=5, epochs=15, batches=49, first_batch=12)
    training_step_fixture("lm6", 26, lambda: Stacked(nn.LSTM, VOCAB, HIDDEN, 2, ROWS), sl, sl, 1e-2, 0.01,
                          LEARNER_MOMS, epoch=9, epochs=15, batches=49, first_batch=40)
    training_step_fixture("gru", 28, lambda: Stacked(nn.GRU, VOCAB, HIDDEN, 2, ROWS), sl, sl, 1e-2, 0.01,
                          LEARNER_MOMS, epoch=0, epochs=15, batches=49, first_batch=0)
    training_step_fixture("lm7", 27, lambda: Stacked(nn.LSTM, VOCAB, HIDDEN, 2, ROWS, tied=True), sl, sl, 1e-2, 0.1,
                          TEXT_LEARNER_MOMS, epoch=11, epochs=15, batches=49, first_batch=5,
                          dropout=0.4, alpha=2.0, beta=1.0)


if __name__ == "__main__":
    main()
