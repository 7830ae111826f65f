"""Writes the PyTorch-made checkpoint that `reproduce --init` is tested with.

Run by hand (CI never runs PyTorch): Debian's python3-torch and python3-numpy are enough.

    /usr/bin/python3 tools/make_init_fixture.py

It builds the book's LMModel6 (embedding, two-layer nn.LSTM, linear head) with PyTorch's own
initialisation from a fixed seed and writes two files under src/test/resources/io/unrolled/train/:

- lm6-pytorch-state-dict.npz: the module's state_dict, saved with numpy.savez under PyTorch's names,
  plus the __config__ entry our checkpoints carry (the model configuration as UTF-8 JSON bytes in a
  uint8 array). This is all a PyTorch user has to add to start a run here from their weights.
- lm6-pytorch-logits.npz: a small input (two rows of 16 token ids, as uint8) and the logits PyTorch
  computes for it from a zero hidden state, shape (2, 16, 30), batch first. A test puts the weights
  into our LMModel6 and checks that it gives the same logits, which pins the names, the layouts and
  the LSTM's gate order (i, f, g, o) as PyTorch has them.
"""
import json
import pathlib

import numpy as np
import torch
from torch import nn

VOCAB, HIDDEN, LAYERS = 30, 64, 2
OUT = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/io/unrolled/train"


class LMModel6(nn.Module):
    """The book's LMModel6, minus the hidden state it carries between batches (a zero start here)."""

    def __init__(self):
        super().__init__()
        self.i_h = nn.Embedding(VOCAB, HIDDEN)
        self.rnn = nn.LSTM(HIDDEN, HIDDEN, LAYERS, batch_first=True)
        self.h_o = nn.Linear(HIDDEN, VOCAB)

    def forward(self, x):
        res, _ = self.rnn(self.i_h(x))
        return self.h_o(res)


def main():
    torch.manual_seed(2026)
    model = LMModel6().eval()
    arrays = {name: t.detach().numpy().astype(np.float32) for name, t in model.state_dict().items()}
    config = {"model": "lm6", "vocab_size": VOCAB, "hidden": HIDDEN, "layers": LAYERS}
    arrays["__config__"] = np.frombuffer(json.dumps(config).encode("utf-8"), dtype=np.uint8)
    OUT.mkdir(parents=True, exist_ok=True)
    np.savez(OUT / "lm6-pytorch-state-dict.npz", **arrays)

    x = torch.randint(0, VOCAB, (2, 16), generator=torch.Generator().manual_seed(7))
    with torch.no_grad():
        logits = model(x)
    np.savez(OUT / "lm6-pytorch-logits.npz", x=x.numpy().astype(np.uint8), logits=logits.numpy().astype(np.float32))
    print("wrote", OUT / "lm6-pytorch-state-dict.npz", "and", OUT / "lm6-pytorch-logits.npz")


if __name__ == "__main__":
    main()
