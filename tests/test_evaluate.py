"""The evaluation itself: perfect predictions score 1, and a tiny cross-validation runs end to end."""

import pytest
import torch

from service.model import ModelConfig
from training import evaluate
from training.evaluate import cross_validate, gold_tagging, score
from training.distill import DistillConfig
from training.gold import GoldDocument, load_jsonl, validate_document
from training.train import ROOT, TrainConfig

GOLD = ROOT / "annotations" / "gold"


def test_gold_scores_one_against_itself():
    docs = load_jsonl(GOLD / "seeds.jsonl")
    result = score([(d, gold_tagging(d)) for d in docs])
    assert result["strict"]["micro avg"]["f1"] == 1.0
    assert all(v["f1"] == 1.0 for v in result["relations"].values())
    assert result["measurements"]["indicator_exact"]["f1"] == 1.0
    assert result["measurements"]["indicator_exact"]["gold"] == sum(len(d.attributes) for d in docs)


def truncated(doc: GoldDocument, length: int) -> GoldDocument:
    kept = [e for e in doc.entities if e.end <= length]
    ids = {e.id for e in kept}
    short = GoldDocument(doc.id, doc.text[:length], kept,
                         [r for r in doc.relations if r.from_id in ids and r.to_id in ids],
                         {k: v for k, v in doc.attributes.items() if int(k) in ids})
    validate_document(short)
    return short


def test_tiny_cross_validation_reports_every_variant_on_held_out_documents(tmp_path, monkeypatch):
    docs = [truncated(d, 1500) for d in load_jsonl(GOLD / "corpus.jsonl")[:2]]  # short copies keep the run fast
    settings = (ModelConfig(num_layers=1, max_chars=64), TrainConfig(epochs=1, batch_size=16), torch.device("cpu"),
                ROOT / "models" / "base")
    result = cross_validate(docs, 2, *settings, models_dir=tmp_path, log=lambda message: None)
    assert [fold["test"] for fold in result["folds"]] in ([[docs[0].id], [docs[1].id]], [[docs[1].id], [docs[0].id]])
    assert set(result["variants"]) == {"model", "model (bfloat16)", "model (int8)", "model, learned time links",
                                       "model_spans+nearest_linker", "rule_baseline"}
    for variant in result["variants"].values():
        assert len(variant["per_fold"]) == 2
        assert 0.0 <= variant["mean"]["measurements"]["indicator_overlap"]["f1"] <= 1.0

    # a second run reuses the kept fold models, trained from the same documents and settings
    def no_training(*args, **kwargs):
        raise AssertionError("a kept fold model was retrained")

    monkeypatch.setattr(evaluate, "train_model", no_training)
    again = cross_validate(docs, 2, *settings, models_dir=tmp_path, log=lambda message: None)
    assert [fold["train_seconds"] for fold in again["folds"]] == [fold["train_seconds"] for fold in result["folds"]]
    assert again["variants"]["rule_baseline"] == result["variants"]["rule_baseline"]
    # other training settings are another model
    with pytest.raises(AssertionError, match="retrained"):
        cross_validate(docs, 2, settings[0], TrainConfig(epochs=2, batch_size=16), *settings[2:], models_dir=tmp_path,
                       log=lambda message: None)


def test_cross_validation_scores_each_fold_models_student_and_keeps_it(tmp_path, monkeypatch):
    docs = [truncated(d, 800) for d in load_jsonl(GOLD / "corpus.jsonl")[:2]]
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "report.txt").write_text((ROOT / "seeds" / "003_90c6cfb248094ce6.txt").read_text(encoding="utf-8")[:1500],
                                           encoding="utf-8")
    settings = (ModelConfig(num_layers=2, max_chars=64), TrainConfig(epochs=1, batch_size=16), torch.device("cpu"),
                ROOT / "models" / "base")
    run = dict(models_dir=tmp_path / "models", log=lambda message: None, distill_config=DistillConfig(steps=2, batch_size=4),
               corpus_dir=corpus_dir)
    result = cross_validate(docs, 2, *settings, **run)
    assert {"student", "student (bfloat16)", "student (int8)"} <= set(result["variants"])
    assert result["distill_config"]["steps"] == 2
    assert all(fold["dropped_layer"] in (0, 1) for fold in result["folds"])
    assert sorted(p.name for p in (tmp_path / "models").iterdir()) == ["fold1", "fold1-student", "fold2", "fold2-student"]

    def no_distilling(*args, **kwargs):
        raise AssertionError("a kept student was distilled again")

    monkeypatch.setattr(evaluate, "distill", no_distilling)
    again = cross_validate(docs, 2, *settings, **run)
    assert [fold["distill_seconds"] for fold in again["folds"]] == [fold["distill_seconds"] for fold in result["folds"]]
