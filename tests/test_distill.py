"""Distillation: the student is one layer shallower, closer to its teacher after training, and a loadable model."""

from pathlib import Path

import torch

from service.document import prepare
from service.model import ModelConfig, load_base, load_model, pad_inputs
from service.tagging import Tagger
from training.distill import DistillConfig, _masked_mse, corpus_windows, distill, layer_to_drop, without_layer
from training.gold import load_jsonl
from training.train import ROOT

BASE = ROOT / "models" / "base"
GOLD_SEEDS = ROOT / "annotations" / "gold" / "seeds.jsonl"


def gap(student, teacher, corpus) -> float:
    with torch.inference_mode():
        inputs = pad_inputs(corpus)
        return float(_masked_mse(student(*inputs)[0], teacher(*inputs)[0], inputs[1]))


def test_student_starts_from_the_least_needed_layer_and_learns_to_match_its_teacher(tmp_path: Path):
    gold = load_jsonl(GOLD_SEEDS)[0]
    corpus_dir = tmp_path / "corpus"
    (corpus_dir / "sub").mkdir(parents=True)
    (corpus_dir / "sub" / "report.txt").write_text((ROOT / "seeds" / "004_68a3d04b2fc60ef8.txt").read_text(encoding="utf-8")[:3000],
                                                  encoding="utf-8")
    (corpus_dir / "gold-copy.txt").write_text("标题\n" + gold.text, encoding="utf-8")  # a gold text: left out
    teacher = load_base(BASE, ModelConfig(num_layers=2, max_chars=64)).eval()
    corpus = corpus_windows(corpus_dir, teacher.vocab, 64, exclude=[gold])
    assert len(corpus) == len(corpus_windows(corpus_dir / "sub", teacher.vocab, 64, exclude=[]))

    drop = layer_to_drop(teacher, corpus[:16])
    before = gap(without_layer(teacher, drop), teacher, corpus[:16])
    assert before <= gap(without_layer(teacher, 1 - drop), teacher, corpus[:16])

    student, stats = distill(teacher, [gold], corpus, DistillConfig(steps=12, batch_size=4), log=lambda m: None)
    assert stats["dropped_layer"] == drop and student.config.num_layers == 1 and teacher.config.num_layers == 2
    assert gap(student, teacher, corpus[:16]) < before

    student.save(tmp_path / "student", {"name": "student", "version": "test"})
    reloaded, _ = load_model(tmp_path / "student", BASE)
    assert reloaded.config.num_layers == 1
    assert Tagger(reloaded).tag_batch([prepare("2024年,全市PM2.5平均浓度为32.2微克/立方米。")])[0].sentences
