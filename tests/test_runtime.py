"""The serving runtime (ONNX Runtime and numpy, no torch) against the torch model it stands in for."""

import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import numpy as np
import pytest
import torch

from service.base_model import DEFAULT_BASE_DIR
from service.document import prepare
from service.encoder_graph import encoder_graph, write_graph
from service.model import load_base, load_model, prefix_sums
from service.model_format import BaseEncoder, ModelConfig, pad_arrays, parameter_names, window_inputs
from service.runtime import _erf, load_runtime
from service.settings import DEFAULT_SETTINGS
from service.tagging import Tagger, _running_sums
from training.config import ROOT, SEEDS_DIR

SEED = "000_4c69f8e9b1c9a046"  # 5,000 characters


@pytest.fixture(scope="module")
def torch_model():
    model, _ = load_model(DEFAULT_SETTINGS.model, DEFAULT_BASE_DIR)
    return model


def _key(span):
    return span and (span.label, span.start, span.end)


def test_the_torch_model_and_the_runtime_name_the_same_parameters():
    config = ModelConfig(num_layers=2)
    assert sorted(load_base(DEFAULT_BASE_DIR, config).state_dict()) == sorted(parameter_names(config))


def test_erf_is_within_2e7_of_the_exact_one():
    x = torch.linspace(-6, 6, 10_001)
    assert np.abs(_erf(x.numpy()) - torch.erf(x.double()).numpy()).max() < 2e-7


@pytest.mark.parametrize("length", [1, 2, 66, 254])
def test_the_runtime_sums_window_states_as_training_does_to_the_bit(length: int):
    hidden = np.random.default_rng(length).normal(0, 1, (length, 384)).astype(np.float32)
    assert np.array_equal(_running_sums(hidden), prefix_sums(torch.from_numpy(hidden)).numpy())


def test_the_float32_runtime_tags_as_the_torch_model(torch_model):
    """The service's float32 (the encoder graph written with onnx.helper, the heads in numpy) against
    the torch model as trained: the same spans, links and attributes, scores within 1e-4."""
    runtime, _ = load_runtime(DEFAULT_SETTINGS.model, DEFAULT_BASE_DIR, "float32")
    text = (SEEDS_DIR / f"{SEED}.txt").read_text(encoding="utf-8")
    zeros = [0] * len(text)
    inputs = pad_arrays([window_inputs(runtime.vocab, text, zeros, zeros, start, start + length)
                         for start, length in ((0, 64), (200, 30), (900, 50))])
    with torch.inference_mode():
        expected = [t.numpy() for t in torch_model(*map(torch.from_numpy, inputs))]
    for got, want in zip(runtime(*inputs), expected):
        assert np.abs(got - want)[inputs[1] == 1].max() < 1e-4

    doc = prepare(text)
    (ours,), (theirs,) = Tagger(runtime).tag_batch([doc]), Tagger(torch_model).tag_batch([doc])
    assert [_key(s) for s in ours.spans] == [_key(s) for s in theirs.spans] and len(ours.anchors) > 80
    assert max(abs(a.score - b.score) for a, b in zip(ours.spans, theirs.spans)) < 1e-4
    for a, b in zip(ours.anchors, theirs.anchors):
        assert (_key(a.span), _key(a.indicator), _key(a.unit), _key(a.time), a.kind, a.target) == \
               (_key(b.span), _key(b.indicator), _key(b.unit), _key(b.time), b.kind, b.target)
        assert a.confidence == pytest.approx(b.confidence, abs=1e-4)


def test_the_int8_graph_is_the_one_torch_exports_quantized(tmp_path: Path):
    """The graph written without torch is BertModel's as torch.onnx exports it: quantized alike, both
    give the same hidden states to the bit, padded batches included (where ONNX Runtime's fusions could differ)."""
    model = load_base(DEFAULT_BASE_DIR, ModelConfig(num_layers=2)).eval()
    model.encoder.set_attn_implementation("eager")
    state = {name: value.numpy() for name, value in model.state_dict().items()}
    ours, exported = tmp_path / "ours.onnx", tmp_path / "exported.onnx"
    write_graph(encoder_graph(state, BaseEncoder.read(DEFAULT_BASE_DIR), 2), "int8", ours)

    class LastHidden(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = model.encoder

        def forward(self, embeddings, attention_mask):
            return self.encoder(inputs_embeds=embeddings, attention_mask=attention_mask).last_hidden_state

    dynamic = {0: "batch", 1: "length"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(LastHidden(), (torch.zeros(2, 8, 384), torch.ones(2, 8, dtype=torch.long)), str(tmp_path / "f.onnx"),
                          input_names=["embeddings", "attention_mask"], output_names=["hidden"], opset_version=17,
                          dynamic_axes={"embeddings": dynamic, "attention_mask": dynamic, "hidden": dynamic}, dynamo=False)
    import onnx

    write_graph(onnx.load(str(tmp_path / "f.onnx")), "int8", exported)
    import onnxruntime

    rng = np.random.default_rng(0)
    embeddings = rng.normal(0, 0.5, (4, 40, 384)).astype(np.float32)
    mask = np.ones((4, 40), dtype=np.int64)
    mask[1, 30:] = mask[3, 12:] = 0
    outputs = [onnxruntime.InferenceSession(str(p)).run(None, {"embeddings": embeddings, "attention_mask": mask})[0]
               for p in (ours, exported)]
    assert np.array_equal(outputs[0][mask == 1], outputs[1][mask == 1])


def test_extracting_and_serving_import_no_torch(tmp_path: Path):
    """`zhibiao extract` and the service run on ONNX Runtime and numpy: what `pip install .` installs."""
    (tmp_path / "one-line.txt").write_text("2024年，全市PM2.5平均浓度为32.2微克/立方米，同比改善13.6%。", encoding="utf-8")
    script = textwrap.dedent(f"""
        import sys
        from service.cli import main
        import service.api
        try:
            main(["extract", {str(tmp_path / "one-line.txt")!r}])
        except SystemExit as exit:
            assert not exit.code, exit.code
        print(sorted(m for m in ("torch", "transformers", "datasets", "seqeval", "jionlp") if m in sys.modules))
        """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert '"number": 32.2' in done.stdout
    assert done.stdout.splitlines()[-1] == "[]"


def test_the_base_is_rebuilt_without_torch_byte_for_byte(tmp_path: Path):
    """`make base-model` writes the same files as the base the tests use, importing no torch."""
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from service.base_model import build_base_model
        build_base_model(Path({str(tmp_path)!r}))
        print(sorted(m for m in ("torch", "transformers") if m in sys.modules))
        """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"
    for name in ("model.safetensors", "vocab.json", "SOURCE_SHA256"):
        assert (tmp_path / name).read_bytes() == (DEFAULT_BASE_DIR / name).read_bytes(), name

