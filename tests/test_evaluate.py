"""The evaluation itself: perfect predictions score 1, a small case scores what it does by hand, and a
tiny cross-validation scores each fold on its held-out documents only."""

import json
import logging
from dataclasses import asdict
from pathlib import Path

import pytest
import torch

from service.base_model import DEFAULT_BASE_DIR
from service.document import prepare
from service.model import ModelConfig
from service.rules import rule_tagging
from service.spans import Anchor, Span, Tagging
from training import evaluate
from training.config import GOLD_DIR, SEEDS_DIR, DistillConfig, EvaluateArguments, RunSettings, TrainConfig
from training.evaluate import cross_validate, gold_tagging, parse_command_line, score
from training.train import cross_validated_metrics
from training.gold import GoldDocument, GoldEntity, GoldRelation, load_jsonl, validate_document


def test_gold_scores_one_against_itself():
    docs = load_jsonl(GOLD_DIR / "seeds.jsonl")
    result = score([(d, gold_tagging(d)) for d in docs])
    assert result["strict"]["micro avg"]["f1"] == 1.0
    assert all(v["f1"] == 1.0 for v in result["relations"].values())
    assert result["measurements"]["indicator_exact"]["f1"] == 1.0
    assert result["measurements"]["indicator_exact"]["gold"] == sum(len(d.attributes) for d in docs)


def test_a_small_case_scores_what_it_does_by_hand():
    text = "2023年全市PM2.5浓度为30微克/立方米，比上年下降5%，监测3项。"

    def at(surface: str, label: str, entity_id: int) -> GoldEntity:
        return GoldEntity(entity_id, label, text.index(surface), text.index(surface) + len(surface))

    entities = [at("2023年", "TIME", 1), at("PM2.5浓度", "IND", 2), at("30", "VAL", 3), at("微克/立方米", "UNIT", 4),
                at("5%", "VAL", 5), at("%", "UNIT", 6)]
    entities[4].end -= 1  # the VAL is "5"
    links = [(3, 2, "has_indicator"), (3, 4, "has_unit"), (3, 1, "has_time"),
             (5, 2, "has_indicator"), (5, 6, "has_unit"), (5, 1, "has_time")]
    gold = GoldDocument("small", text, entities, [GoldRelation(i, a, b, t) for i, (a, b, t) in enumerate(links, 1)],
                        {"3": {"kind": "level", "target": False}, "5": {"kind": "change", "target": False}})
    validate_document(gold)
    span = {e.id: Span(e.label, e.start, e.end, 1.0) for e in entities}
    short_indicator = Span("IND", span[2].start, span[2].start + len("PM2.5"), 1.0)  # overlaps the gold IND, not exact
    stray = Span("VAL", text.index("3项"), text.index("3项") + 1, 1.0)
    predicted = Tagging(
        spans=[span[1], short_indicator, span[3], span[4], span[5], span[6], stray],
        anchors=[Anchor(span[3], short_indicator, span[4], span[1], "level", False, 1.0),  # right, IND overlapping
                 Anchor(span[5], short_indicator, span[6], span[1], "level", False, 1.0)])  # wrong kind
    result = score([(gold, predicted)])

    assert result["measurements"]["indicator_overlap"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "tp": 1, "pred": 2, "gold": 2}
    assert result["measurements"]["indicator_exact"]["tp"] == 0
    # spans: IND overlaps but misses strictly; the stray VAL costs precision, strict and overlap alike
    assert result["overlap"]["IND"]["f1"] == 1.0 and result["strict"]["IND"]["f1"] == 0.0
    assert result["overlap"]["VAL"] == {"p": 0.6667, "r": 1.0, "f1": 0.8, "tp": 2, "pred": 3, "gold": 2}
    assert result["strict"]["VAL"] == {"p": 0.6667, "r": 1.0, "f1": 0.8, "support": 2}
    assert result["strict"]["TIME"]["f1"] == result["strict"]["UNIT"]["f1"] == 1.0
    # links are exact: the short IND makes both indicator links wrong, units and times are right
    assert result["relations"]["has_indicator"]["f1"] == 0.0
    assert result["relations"]["has_unit"]["f1"] == result["relations"]["has_time"]["f1"] == 1.0


def truncated(doc: GoldDocument, length: int) -> GoldDocument:
    kept = [e for e in doc.entities if e.end <= length]
    ids = {e.id for e in kept}
    short = GoldDocument(doc.id, doc.text[:length], kept,
                         [r for r in doc.relations if r.from_id in ids and r.to_id in ids],
                         {k: v for k, v in doc.attributes.items() if int(k) in ids}, doc.meta)
    validate_document(short)
    return short


def test_tiny_cross_validation_reports_every_variant_on_held_out_documents(tmp_path, monkeypatch):
    docs = [truncated(d, 1500) for d in load_jsonl(GOLD_DIR / "corpus.jsonl")[:2]]  # short copies keep the run fast
    settings = (ModelConfig(num_layers=1, max_chars=64), TrainConfig(epochs=1, batch_size=16), torch.device("cpu"),
                DEFAULT_BASE_DIR)
    result = cross_validate(docs, 2, *settings, models_dir=tmp_path)
    assert [fold["test"] for fold in result["folds"]] in ([[docs[0].id], [docs[1].id]], [[docs[1].id], [docs[0].id]])
    assert set(result["variants"]) == {"model", "model (bfloat16)", "model (int8)", "model, learned time links",
                                       "model_spans+nearest_linker", "rule_baseline"}
    # each fold is scored on its held-out document alone: the rule baseline's figures, computed apart
    for fold, figures in zip(result["folds"], result["variants"]["rule_baseline"]["per_fold"]):
        (held_out,) = [d for d in docs if d.id in fold["test"]]
        prepared = prepare(held_out.text)
        assert figures == score([(held_out, prepared.posted_tagging(rule_tagging(prepared)))])
    for variant in result["variants"].values():  # and the mean is the folds' mean
        per_fold = [f["measurements"]["indicator_overlap"]["f1"] for f in variant["per_fold"]]
        assert len(per_fold) == 2
        assert variant["mean"]["measurements"]["indicator_overlap"]["f1"] == round(sum(per_fold) / 2, 4)

    # a second run reuses the kept fold models, trained from the same documents and settings
    def no_training(*args, **kwargs):
        raise AssertionError("a kept fold model was retrained")

    monkeypatch.setattr(evaluate, "train_model", no_training)
    again = cross_validate(docs, 2, *settings, models_dir=tmp_path)
    assert [fold["train_seconds"] for fold in again["folds"]] == [fold["train_seconds"] for fold in result["folds"]]
    assert again["variants"]["rule_baseline"] == result["variants"]["rule_baseline"]
    # a screening run takes only the folds named, numbered as in the full run, and says so
    second = cross_validate(docs, 2, *settings, models_dir=tmp_path, only_folds=[2])
    assert [(f["model"], f["test"]) for f in second["folds"]] == [("fold2", result["folds"][1]["test"])]
    assert "folds 2 only" in second["protocol"]
    assert second["variants"]["rule_baseline"]["per_fold"] == result["variants"]["rule_baseline"]["per_fold"][1:]
    for wrong in ({"only_folds": [3]}, {"only_folds": [1], "by_genre": True}):
        with pytest.raises(ValueError, match="only_folds"):
            cross_validate(docs, 2, *settings, models_dir=tmp_path, **wrong)
    # other training settings are another model
    with pytest.raises(AssertionError, match="retrained"):
        cross_validate(docs, 2, settings[0], TrainConfig(epochs=2, batch_size=16), *settings[2:], models_dir=tmp_path)


def test_leaving_one_genre_out_trains_a_model_per_genre_and_tests_it_on_that_genre(tmp_path):
    corpus = load_jsonl(GOLD_DIR / "corpus.jsonl")
    docs = [truncated(d, 1000) for d in (next(d for d in corpus if d.genre == "statistical"),
                                         *[d for d in corpus if d.genre == "provincial-2026"][:2])]
    settings = (ModelConfig(num_layers=1, max_chars=64), TrainConfig(epochs=1, batch_size=16), torch.device("cpu"),
                DEFAULT_BASE_DIR)
    result = cross_validate(docs, 5, *settings, models_dir=tmp_path, by_genre=True)
    assert result["protocol"].startswith("leave one genre out")
    assert [(fold["genre"], sorted(fold["test"])) for fold in result["folds"]] == [
        ("provincial-2026", sorted(d.id for d in docs[1:])), ("statistical", [docs[0].id])]
    assert len(result["variants"]["model"]["per_fold"]) == 2
    # each genre's model is kept under the genre's name, so that one genre can be left out alone, reusing it
    assert [fold["model"] for fold in result["folds"]] == sorted(p.name for p in tmp_path.iterdir()) == [
        "provincial-2026", "statistical"]
    alone = cross_validate(docs, 5, *settings, models_dir=tmp_path, by_genre=True, genres=["statistical"])
    assert [(fold["genre"], fold["train_seconds"]) for fold in alone["folds"]] == [
        ("statistical", result["folds"][1]["train_seconds"])]
    with pytest.raises(ValueError, match="no gold document of genre nation"):
        cross_validate(docs, 5, *settings, by_genre=True, genres=["nation"])


def test_cross_validation_scores_each_fold_models_student_and_keeps_it(tmp_path, monkeypatch):
    docs = [truncated(d, 800) for d in load_jsonl(GOLD_DIR / "corpus.jsonl")[:2]]
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "report.txt").write_text((SEEDS_DIR / "003_90c6cfb248094ce6.txt").read_text(encoding="utf-8")[:1500],
                                           encoding="utf-8")
    settings = (ModelConfig(num_layers=2, max_chars=64), TrainConfig(epochs=1, batch_size=16), torch.device("cpu"),
                DEFAULT_BASE_DIR)
    run = dict(models_dir=tmp_path / "models", distill_config=DistillConfig(steps=2, batch_size=4), corpus_dir=corpus_dir)
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


def test_the_evaluation_flags_fill_the_config_dataclasses():
    model_config, train_config, settings, args = parse_command_line(
        "--folds 3 --layers 4 --epochs 3 --out r.json --models m --distill-steps 600 --corpus c --gold-dir g".split())
    assert (model_config, train_config) == (ModelConfig(num_layers=4), TrainConfig(epochs=3))
    assert settings == RunSettings(gold_dir=Path("g"))
    assert args == EvaluateArguments(folds=3, out=Path("r.json"), models=Path("m"), distill_steps=600, corpus=Path("c"))


def test_a_model_takes_its_metrics_from_the_report_named_and_only_one_measured_on_its_data(tmp_path, caplog):
    hashes = {"seeds.jsonl": "ab12"}
    mean = {"measurements": {"indicator_overlap": {"f1": 0.7}}}
    report = tmp_path / "eval.json"
    report.write_text(json.dumps({"data": hashes, "model_config": asdict(ModelConfig()), "protocol": "3-fold",
                                  "variants": {"model": {"mean": mean},
                                               "model (int8)": {"mean": {"measurements": {"indicator_overlap": {"f1": 0.71}}}}}}))
    assert cross_validated_metrics(report, hashes, ModelConfig()) == {
        "source": "eval.json", "protocol": "3-fold", **mean, "measurement_f1_by_precision": {"float32": 0.7, "int8": 0.71}}
    assert not caplog.records

    with caplog.at_level(logging.WARNING, logger="training.train"):
        assert cross_validated_metrics(report, {"seeds.jsonl": "cd34"}, ModelConfig(num_layers=4)) is None
        assert cross_validated_metrics(report, hashes, ModelConfig(), variant="student") is None
        assert cross_validated_metrics(tmp_path / "missing.json", hashes, ModelConfig()) is None
        assert cross_validated_metrics(None, hashes, ModelConfig()) is None
    said = [r.getMessage() for r in caplog.records]
    assert "differs from this model in its gold data, its model settings:" in said[0]
    assert "its variants (no 'student')" in said[1]
    assert "missing.json does not exist" in said[2]
    assert said[3].startswith("no --metrics report")
