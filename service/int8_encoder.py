"""The fine-tuned encoder as an int8 ONNX Runtime graph: the fast precision.

The encoder is exported to ONNX as it is (float32, any batch and window length)
and its matrix products are quantized by ONNX Runtime's dynamic quantization:
weights to int8 per output channel, activations to uint8 per batch. On a CPU
with int8 dot-product instructions (AVX512-VNNI) it is the fastest precision, and
cross-validates within noise of float32 (training/README.md, "Precision"). The
graph is derived data, rebuilt from the weights and cached.
"""

from __future__ import annotations

import copy
import logging
import os
import tempfile
import warnings
from pathlib import Path

import numpy as np
import torch
from torch import nn
from transformers import BertModel


class _LastHidden(nn.Module):
    def __init__(self, encoder: BertModel):
        super().__init__()
        self.encoder = encoder

    def forward(self, embeddings: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.encoder(inputs_embeds=embeddings, attention_mask=attention_mask).last_hidden_state


def export_int8_encoder(encoder: BertModel, path: Path) -> None:
    """Write the int8 graph of ``encoder`` to ``path`` (atomically: concurrent builders do not clash)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    encoder = copy.deepcopy(encoder).float().eval()
    encoder.set_attn_implementation("eager")  # plain matrix products, which the quantizer rewrites
    hidden = encoder.config.hidden_size
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
        float_path, int8_path = Path(tmp) / "float32.onnx", Path(tmp) / "int8.onnx"
        example = (torch.zeros(2, 8, hidden), torch.ones(2, 8, dtype=torch.long))
        dynamic = {0: "batch", 1: "length"}
        # The tracer's warnings are about shape checks it turns into constants (they hold for every
        # window), the quantizer's a generic advice to pre-process, whose shape inference fails on this graph.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(_LastHidden(encoder), example, str(float_path), input_names=["embeddings", "attention_mask"],
                              output_names=["hidden"], dynamic_axes={"embeddings": dynamic, "attention_mask": dynamic,
                                                                     "hidden": dynamic},
                              opset_version=17, dynamo=False)
        logging.disable(logging.WARNING)
        try:
            quantize_dynamic(str(float_path), str(int8_path), weight_type=QuantType.QInt8, per_channel=True)
        finally:
            logging.disable(logging.NOTSET)
        os.replace(int8_path, path)


class Int8Encoder:
    """Runs the int8 graph: embeddings [B, T, H] float32 and attention mask [B, T] -> hidden states [B, T, H]."""

    def __init__(self, path: Path):
        import onnxruntime

        options = onnxruntime.SessionOptions()
        # One thread per run, and as many runs at once as there are cores (the session is thread-safe):
        # batches of short windows are too small to split across threads without waiting on each
        # other. On the 5,000-character seed, 2 cores, p50 307 vs 335 ms and p95 361 vs 433 ms
        # against one run of 2 threads (interleaved, in process; training/README.md).
        self.parallel_runs = torch.get_num_threads()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def __call__(self, embeddings: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        (hidden,) = self.session.run(None, {"embeddings": embeddings.float().numpy(),
                                            "attention_mask": attention_mask.numpy().astype(np.int64)})
        return torch.from_numpy(hidden)
