"""The model itself: a tiny training run, and the shipped model on a seed sentence."""

from pathlib import Path

import torch

from service.model import ModelConfig, load_model
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
