"""The model itself: a tiny training run, the shipped model on a seed sentence, and its two precisions."""

from pathlib import Path

import pytest
import torch

from service.model import ModelConfig, load_model, native_bf16, resolve_precision
from service.pipeline import Extractor
from training.gold import load_jsonl
from training.train import ROOT, TrainConfig, train_model, window_examples

SEEDS_GOLD = ROOT / "annotations" / "gold" / "seeds.jsonl"


def test_tiny_training_run_lowers_the_loss_and_saves_a_loadable_model(tmp_path: Path):
    doc = load_jsonl(SEEDS_GOLD)[0]
    lines = []
    model, stats = train_model([doc], ModelConfig(num_layers=1, max_chars=64), TrainConfig(epochs=1, batch_size=4),
                               torch.device("cpu"), max_steps=4, log=lines.append)
    assert stats["steps"] == 4 and stats["windows"] > 4
    model.save(tmp_path / "tiny", {"name": "tiny", "version": "test"})
    reloaded, info = load_model(tmp_path / "tiny", ROOT / "models" / "base")
    assert info["name"] == "tiny" and reloaded.config.num_layers == 1
    example = window_examples(doc, reloaded.vocab, 64)[0]
    assert len(example.input_ids) == len(example.tags) == len(example.rule_tags)


def test_shipped_model_tags_a_seed_sentence(extractor):
    text = "2024年,全市空气质量优良天数比例91.8%,同比改善1.9个百分点。"
    tagging = extractor.tagger.tag_batch([text])[0]
    found = {(s.label, text[s.start:s.end]) for s in tagging.spans}
    assert {("TIME", "2024年"), ("IND", "空气质量优良天数比例"), ("VAL", "91.8"), ("UNIT", "%"),
            ("VAL", "1.9"), ("UNIT", "个百分点")} <= found
    by_value = {text[a.span.start:a.span.end]: a for a in tagging.anchors}
    assert by_value["1.9"].kind == "change" and by_value["91.8"].kind == "level"
    assert text[by_value["1.9"].unit.start:by_value["1.9"].unit.end] == "个百分点"


def test_precision_auto_is_bfloat16_only_on_cpus_with_native_bf16():
    assert resolve_precision("auto") == ("bfloat16" if native_bf16() else "float32")
    assert resolve_precision("float32") == "float32"
    with pytest.raises(ValueError, match="unknown precision 'fp8'"):
        resolve_precision("fp8")


def _facts(tagging):
    key = lambda s: s and (s.label, s.start, s.end)  # noqa: E731
    return {(key(a.span), key(a.indicator), key(a.unit), key(a.time), a.kind, a.target) for a in tagging.anchors}


def test_bfloat16_encoder_finds_the_same_measurements_as_float32(extractor):
    """The fast mode's promise, on two seeds: (nearly) every measurement the float32 model finds."""
    texts = [(ROOT / "seeds" / f"{name}.txt").read_text(encoding="utf-8") for name in ("000_4c69f8e9b1c9a046", "003_90c6cfb248094ce6")]
    accurate = Extractor(precision="float32")
    fast = Extractor(precision="bfloat16")
    assert accurate.precision == "float32" and fast.precision == "bfloat16"
    agree = total = 0
    for a, b in zip(accurate.tagger.tag_batch(texts), fast.tagger.tag_batch(texts)):
        agree += len(_facts(a) & _facts(b))
        total += max(len(_facts(a)), len(_facts(b)))
    assert total > 150 and agree / total >= 0.97
