"""The fine-tuned encoder as an ONNX graph, written from its weights with the ``onnx`` helper API (no torch).

The graph is BertModel's forward pass as ``torch.onnx`` exported it: position and token-type
embeddings added to the input embeddings, LayerNorm, then each layer's self-attention (the padding
masked out by the float32 minimum), residual LayerNorm, erf GELU feed-forward, residual LayerNorm.
Its input is the summed character embeddings [B, T, H] and the attention mask [B, T]; its output
the last hidden states [B, T, H].

float32 runs it as written. int8 quantizes it with ONNX Runtime's dynamic quantization: weights to
int8 per output channel, activations to uint8 per batch (training/README.md, "Precision"). Graphs are
derived data, built from the weights and cached beside the base model.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from service.model_format import BaseEncoder

if TYPE_CHECKING:
    import onnx

OPSET = 17  # LayerNormalization


def encoder_graph(state: dict[str, np.ndarray], base: BaseEncoder, num_layers: int) -> onnx.ModelProto:
    """The float32 graph of the encoder whose parameters (``encoder.*`` of ``parameter_names``) are in ``state``."""
    # imported here: onnx takes seconds to import, and a cached graph needs only onnxruntime
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    nodes: list[onnx.NodeProto] = []
    initializers: list[onnx.TensorProto] = []

    def weight(name: str, value: np.ndarray) -> str:
        initializers.append(numpy_helper.from_array(np.ascontiguousarray(value, dtype=np.float32), name))
        return name

    def constant(name: str, value) -> str:
        initializers.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def node(op: str, inputs: list[str], output: str, **attributes) -> str:
        nodes.append(helper.make_node(op, inputs, [output], name=output, **attributes))
        return output

    def linear(x: str, prefix: str) -> str:
        # the weight transposed, the bias added after the product: what the quantizer rewrites as today
        product = node("MatMul", [x, weight(f"{prefix}.weight.T", state[f"{prefix}.weight"].T)], f"{prefix}.matmul")
        return node("Add", [weight(f"{prefix}.bias", state[f"{prefix}.bias"]), product], f"{prefix}.add")

    def layer_norm(x: str, prefix: str) -> str:
        return node("LayerNormalization", [x, weight(f"{prefix}.weight", state[f"{prefix}.weight"]),
                                           weight(f"{prefix}.bias", state[f"{prefix}.bias"])],
                    f"{prefix}.out", axis=-1, epsilon=base.eps)

    head_dim = base.hidden // base.heads
    embeddings = "encoder.embeddings"
    constant("zero", np.array(0, dtype=np.int64))
    constant("one", np.array(1, dtype=np.int64))
    length = node("Squeeze", [node("Shape", ["embeddings"], "length_1", start=1, end=2)], "length")
    positions = node("Range", ["zero", length, "one"], "positions")
    position = node("Gather", [weight(f"{embeddings}.position_embeddings.weight",
                                      state[f"{embeddings}.position_embeddings.weight"]), positions], "position")
    token_type = node("Gather", [weight(f"{embeddings}.token_type_embeddings.weight",
                                        state[f"{embeddings}.token_type_embeddings.weight"]), "zero"], "token_type")
    summed = node("Add", [node("Add", ["embeddings", token_type], "with_token_type"), position], "with_position")
    x = layer_norm(summed, f"{embeddings}.LayerNorm")
    # the padding: 0 where the mask is 1, the float32 minimum where it is 0, over the keys [B, 1, 1, T]
    keep = node("Cast", [node("Unsqueeze", ["attention_mask", constant("mask_axes", np.array([1, 2], dtype=np.int64))],
                              "mask_4d")], "keep", to=TensorProto.BOOL)
    mask_bias = node("Where", [keep, constant("no_bias", np.array(0.0, dtype=np.float32)),
                               constant("masked", np.array(np.finfo(np.float32).min, dtype=np.float32))], "mask_bias")
    split_heads = constant("split_heads", np.array([0, 0, base.heads, head_dim], dtype=np.int64))
    # The heads are merged back to the shape of the input read at run time, as in the graph torch exported:
    # with a constant shape ONNX Runtime fuses the attention output's residual Add and LayerNorm into one
    # SkipLayerNormalization, whose float32 rounding int8 quantization then magnifies into other spans
    # (training/README.md, "Precision").
    merge_heads = node("Shape", ["embeddings"], "merge_heads")
    scale = constant("scale", np.array(head_dim ** -0.5, dtype=np.float32))
    sqrt2 = constant("sqrt2", np.array(np.sqrt(2.0), dtype=np.float32))
    one = constant("one_float", np.array(1.0, dtype=np.float32))
    half = constant("half", np.array(0.5, dtype=np.float32))
    for index in range(num_layers):
        p = f"encoder.encoder.layer.{index}"
        query, key, value = (node("Reshape", [linear(x, f"{p}.attention.self.{name}"), split_heads], f"{p}.{name}.heads")
                             for name in ("query", "key", "value"))
        query = node("Transpose", [query], f"{p}.query.t", perm=[0, 2, 1, 3])
        key = node("Transpose", [key], f"{p}.key.t", perm=[0, 2, 3, 1])
        value = node("Transpose", [value], f"{p}.value.t", perm=[0, 2, 1, 3])
        scores = node("Mul", [node("MatMul", [query, key], f"{p}.scores_raw"), scale], f"{p}.scores_scaled")
        weights = node("Softmax", [node("Add", [scores, mask_bias], f"{p}.scores")], f"{p}.attention", axis=-1)
        context = node("Transpose", [node("MatMul", [weights, value], f"{p}.context_heads")], f"{p}.context_t",
                       perm=[0, 2, 1, 3])
        context = node("Reshape", [context, merge_heads], f"{p}.context")
        attended = node("Add", [linear(context, f"{p}.attention.output.dense"), x], f"{p}.attention.residual")
        x = layer_norm(attended, f"{p}.attention.output.LayerNorm")
        inner = linear(x, f"{p}.intermediate.dense")
        erf = node("Erf", [node("Div", [inner, sqrt2], f"{p}.gelu.div")], f"{p}.gelu.erf")
        gelu = node("Mul", [node("Mul", [inner, node("Add", [erf, one], f"{p}.gelu.add")], f"{p}.gelu.mul"), half],
                    f"{p}.gelu")
        x = layer_norm(node("Add", [linear(gelu, f"{p}.output.dense"), x], f"{p}.output.residual"),
                       f"{p}.output.LayerNorm")
    nodes.append(helper.make_node("Identity", [x], ["hidden"], name="hidden"))
    dims = ["batch", "length"]
    graph = helper.make_graph(
        nodes, "encoder",
        [helper.make_tensor_value_info("embeddings", TensorProto.FLOAT, [*dims, base.hidden]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, dims)],
        [helper.make_tensor_value_info("hidden", TensorProto.FLOAT, [*dims, base.hidden])],
        initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="zhibiao")
    model.ir_version = 8
    return model


def write_graph(model: onnx.ModelProto, precision: str, path: Path) -> None:
    """Write ``model`` to ``path`` as it is (float32) or dynamically quantized (int8), atomically:
    concurrent builders do not clash."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    if precision not in ("float32", "int8"):
        raise ValueError(f"no ONNX encoder graph in {precision!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
        float_path, int8_path = Path(tmp) / "float32.onnx", Path(tmp) / "int8.onnx"
        onnx.save(model, str(float_path))
        if precision == "int8":
            # The quantizer's warning is a generic advice to pre-process, whose shape inference fails on this graph.
            logging.disable(logging.WARNING)
            try:
                quantize_dynamic(str(float_path), str(int8_path), weight_type=QuantType.QInt8, per_channel=True)
            finally:
                logging.disable(logging.NOTSET)
        os.replace(int8_path if precision == "int8" else float_path, path)


def graph_path(base_dir: Path, weights: Path, precision: str) -> Path:
    """Where the graph of the trained ``weights`` over the base in ``base_dir`` is cached in ``precision``:
    named by both, this builder and the versions of the libraries that write it, so that a change of any
    builds it anew."""
    recipe = b"".join([weights.read_bytes(), (Path(base_dir) / "SOURCE_SHA256").read_bytes(), Path(__file__).read_bytes(),
                       f"onnx {version('onnx')} onnxruntime {version('onnxruntime')}".encode()])
    return Path(base_dir) / "onnx" / f"{hashlib.sha256(recipe).hexdigest()[:16]}-{precision}.onnx"


def onnx_encoder(state: dict[str, np.ndarray], base: BaseEncoder, num_layers: int, precision: str,
                 path: Path) -> OnnxEncoder:
    """The encoder in ``precision`` (float32 or int8) from its graph at ``path``, written there first from
    ``state`` if the file does not exist."""
    if not path.exists():
        write_graph(encoder_graph(state, base, num_layers), precision, path)
    return OnnxEncoder(path)


class OnnxEncoder:
    """Runs an encoder graph: embeddings [B, T, H] float32 and attention mask [B, T] -> hidden states [B, T, H]."""

    def __init__(self, graph: Path):
        import onnxruntime

        options = onnxruntime.SessionOptions()
        # One thread per run, and as many runs at once as there are cores (the session is thread-safe):
        # batches of short windows are too small to split across threads without waiting on each
        # other (training/README.md, "Two single-threaded encoder runs at once").
        self.parallel_runs = len(os.sched_getaffinity(0))
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        # Fusing a residual Add and its LayerNorm into one SkipLayerNormalization makes those layer norms about
        # seven times slower than plain LayerNormalization nodes on these CPUs (training/README.md, "Layer norms
        # left unfused"), so that fusion is left out.
        self.session = onnxruntime.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"],
                                                    disabled_optimizers=["SkipLayerNormFusion"])

    def __call__(self, embeddings: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        (hidden,) = self.session.run(None, {"embeddings": embeddings, "attention_mask": attention_mask})
        return hidden
