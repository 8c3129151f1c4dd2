"""Cross-validated evaluation by document: every figure is measured on documents
the model did not train on.

    python -m training.evaluate [--folds 3 | --by-genre [--genres G ...]] [--layers 6] [--out reports/eval.json] [--models DIR] [--distill-steps N]

Every flag is a field of ``ModelConfig``, ``TrainConfig``, ``RunSettings`` or ``EvaluateArguments``
(``training/config.py``; ``--help`` lists them).

For each fold a model is trained on the other folds' documents and scored on
the held-out ones (with ``--by-genre``, a fold per genre: trained on the other genres, tested
on this one), beside the rule baseline and an ablation (the model's spans
with the nearest-span linker). Prints a table; writes per-fold and mean figures
as JSON. With ``--models DIR`` each fold's model is kept in DIR/foldN (DIR/<genre> with ``--by-genre``) and reused
by later runs whose fold has the same training documents and settings, so that
a new inference variant is scored without retraining. With ``--distill-steps N``
each fold's model is also distilled into a student one layer shallower
(``training.distill``), scored beside it as ``student`` (kept in DIR/foldN-student).
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

import torch
from seqeval.metrics import classification_report
from seqeval.scheme import IOB2

from service.model import CONFIG_FILE, MeasurementModel, ModelConfig, load_model
from service.rules import nearest_links, rule_tagging
from service.schema import LABELS, RELATIONS
from service.spans import Anchor, Span, Tagging
from service.tagging import Tagger
from service.document import Doc, prepare
from training.gold import GoldDocument, anchor_ids
from training.iob import document_tags, spans_to_tags
from training.splits import kfold, leave_one_group_out
from training.config import CORPUS_DIR, DistillConfig, EvaluateArguments, RunSettings, TrainConfig, command_line, log_progress
from training.distill import corpus_digest, corpus_windows, distill
from training.train import base_and_device, data_hashes, load_gold, precision_variants, train_model

logger = logging.getLogger(__name__)


def gold_tagging(doc: GoldDocument) -> Tagging:
    spans = {e.id: Span(e.label, e.start, e.end, 1.0) for e in doc.entities}
    links = {(r.from_id, r.type): spans[r.to_id] for r in doc.relations}
    anchors = []
    for anchor_id in sorted(anchor_ids(doc), key=lambda i: spans[i].start):
        attrs = doc.attributes[str(anchor_id)]
        anchors.append(Anchor(spans[anchor_id], **{r.field: links.get((anchor_id, r.type)) for r in RELATIONS},
                              kind=attrs["kind"], target=attrs["target"], confidence=1.0))
    return Tagging(spans=sorted(spans.values(), key=lambda s: s.start), anchors=anchors)


def _key(span: Span | None):
    return None if span is None else (span.label, span.start, span.end)


def _overlaps(a: Span | None, b: Span | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a.start < b.end and b.start < a.end


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "tp": tp, "pred": n_pred, "gold": n_gold}


def _greedy_matches(pred: list, gold: list, match) -> int:
    used, hits = set(), 0
    for p in pred:
        for i, g in enumerate(gold):
            if i not in used and match(p, g):
                used.add(i)
                hits += 1
                break
    return hits


def _measurement_match(indicator_exact: bool):
    def match(p: Anchor, g: Anchor) -> bool:
        indicator_ok = _key(p.indicator) == _key(g.indicator) if indicator_exact else _overlaps(p.indicator, g.indicator)
        return (_key(p.span) == _key(g.span) and indicator_ok and _key(p.unit) == _key(g.unit)
                and (g.time is None or _key(p.time) == _key(g.time)) and p.kind == g.kind and p.target == g.target)
    return match


def score(pairs: list[tuple[GoldDocument, Tagging]]) -> dict:
    """All figures for a set of (gold document, predicted tagging) pairs, micro-averaged over them."""
    y_true, y_pred = [], []
    counts = {label: [0, 0, 0] for label in LABELS}  # overlap: tp, pred, gold
    relations = {r.type: [0, 0, 0] for r in RELATIONS}
    measurements = {"indicator_overlap": [0, 0, 0], "indicator_exact": [0, 0, 0]}
    for doc, predicted in pairs:
        gold = gold_tagging(doc)
        y_true.append(document_tags(doc))
        y_pred.append(spans_to_tags(len(doc.text), [(s.label, s.start, s.end) for s in predicted.spans]))
        for label in LABELS:
            p = [s for s in predicted.spans if s.label == label]
            g = [s for s in gold.spans if s.label == label]
            counts[label][0] += _greedy_matches(p, g, _overlaps)
            counts[label][1] += len(p)
            counts[label][2] += len(g)
        for rel in RELATIONS:
            p = {(_key(a.span), _key(getattr(a, rel.field))) for a in predicted.anchors if getattr(a, rel.field)}
            g = {(_key(a.span), _key(getattr(a, rel.field))) for a in gold.anchors if getattr(a, rel.field)}
            relations[rel.type][0] += len(p & g)
            relations[rel.type][1] += len(p)
            relations[rel.type][2] += len(g)
        for name, exact in (("indicator_overlap", False), ("indicator_exact", True)):
            measurements[name][0] += _greedy_matches(predicted.anchors, gold.anchors, _measurement_match(exact))
            measurements[name][1] += len(predicted.anchors)
            measurements[name][2] += len(gold.anchors)
    report = classification_report(y_true, y_pred, mode="strict", scheme=IOB2, output_dict=True, zero_division=0)
    strict = {k: {"p": round(v["precision"], 4), "r": round(v["recall"], 4), "f1": round(v["f1-score"], 4), "support": int(v["support"])}
              for k, v in report.items() if k in LABELS or k == "micro avg"}
    return {
        "strict": strict,
        "overlap": {label: _prf(*c) for label, c in counts.items()},
        "relations": {rel: _prf(*c) for rel, c in relations.items()},
        "measurements": {name: _prf(*c) for name, c in measurements.items()},
    }


def _mean(fold_scores: list[dict]) -> dict:
    """Fold mean of every leaf figure named p, r or f1."""
    def walk(nodes: list):
        first = nodes[0]
        if isinstance(first, dict):
            return {k: walk([n[k] for n in nodes]) for k in first if k in ("p", "r", "f1") or isinstance(first[k], dict)}
        return round(sum(nodes) / len(nodes), 4)
    return walk(fold_scores)


def predict_precisions(model: MeasurementModel, docs: list[GoldDocument], prepared: list[Doc],
                       name: str = "model") -> dict[str, list]:
    """The same weights with the encoder in each precision the service offers (float32: the model as trained);
    ``prepared``: the documents' ``Doc``s."""
    variants = {}
    with tempfile.TemporaryDirectory() as tmp:
        for precision, variant in precision_variants(name).items():
            served = model if precision == "float32" else copy.deepcopy(model)
            served.set_encoder_precision(precision, Path(tmp) / "encoder.onnx")
            variants[variant] = _posted(docs, prepared, Tagger(served).tag_batch(prepared))
    return variants


def _posted(docs: list[GoldDocument], prepared: list[Doc], taggings: list[Tagging]) -> list[tuple[GoldDocument, Tagging]]:
    """Taggings of the canonical views, moved onto the gold texts' offsets."""
    return [(d, p.posted_tagging(t)) for d, p, t in zip(docs, prepared, taggings)]


def predict_variants(model: MeasurementModel, docs: list[GoldDocument],
                     prepared: list[Doc]) -> dict[str, list[tuple[GoldDocument, Tagging]]]:
    variants = predict_precisions(model, docs, prepared)
    # the ablation links the model's spans where they are reported: on the posted text
    nearest = [Tagging(t.spans, nearest_links(t.spans, t.sentences, d.text), t.sentences) for d, t in variants["model"]]
    return {
        **variants,
        "model, learned time links": _posted(docs, prepared, Tagger(model, time_linker=None).tag_batch(prepared)),
        "model_spans+nearest_linker": list(zip(docs, nearest)),
        "rule_baseline": _posted(docs, prepared, [rule_tagging(p) for p in prepared]),
    }


def _fingerprint(train_docs: list[GoldDocument], model_config: ModelConfig, train_config: TrainConfig) -> str:
    """What a fold's model is trained from: its documents (with their gold) and settings."""
    return hashlib.sha256(repr((train_docs, asdict(model_config), asdict(train_config))).encode()).hexdigest()


def kept_or_made(model_dir: Path | None, fingerprint: str, base_dir: Path, make) -> tuple[MeasurementModel, dict]:
    """The model kept in ``model_dir`` if it was made from what ``fingerprint`` sums up, else
    ``make()``'s (model, figures), kept there when ``model_dir`` is given."""
    kept = model_dir / CONFIG_FILE if model_dir else None
    if kept and kept.exists() and json.loads(kept.read_text(encoding="utf-8")).get("fingerprint") == fingerprint:
        model, info = load_model(model_dir, base_dir)
        return model, info["stats"]
    model, stats = make()
    if model_dir:
        model.save(model_dir, {"name": model_dir.name, "version": "cv", "fingerprint": fingerprint, "stats": stats})
    return model, stats


def fold_model(train_docs: list[GoldDocument], model_config: ModelConfig, train_config: TrainConfig,
               device: torch.device, base_dir: Path, fold_dir: Path | None) -> tuple[MeasurementModel, dict]:
    """The fold's model, trained from the fold's documents (or kept from an earlier run)."""
    return kept_or_made(fold_dir, _fingerprint(train_docs, model_config, train_config), base_dir,
                        lambda: train_model(train_docs, model_config, train_config, device, base_dir))


def fold_student(teacher: MeasurementModel, teacher_fingerprint: str, train_docs: list[GoldDocument], corpus: list[tuple],
                 config: DistillConfig, device: torch.device, base_dir: Path, student_dir: Path | None) -> tuple[MeasurementModel, dict]:
    """The fold model's student, distilled on the corpus and the fold's documents (or kept from an earlier run)."""
    fingerprint = hashlib.sha256(repr((teacher_fingerprint, asdict(config), corpus_digest(corpus))).encode()).hexdigest()
    return kept_or_made(student_dir, fingerprint, base_dir,
                        lambda: distill(teacher, train_docs, corpus, config, device))


def cross_validate(docs: list[GoldDocument], folds: int, model_config: ModelConfig, train_config: TrainConfig,
                   device: torch.device, base_dir: Path, models_dir: Path | None = None,
                   distill_config: DistillConfig | None = None, corpus_dir: Path = CORPUS_DIR,
                   by_genre: bool = False, genres: list[str] | None = None,
                   only_folds: list[int] | None = None) -> dict:
    """``folds`` folds by document, or with ``by_genre`` a fold per genre (leave one genre out; only those
    in ``genres`` when given), its model kept in ``models_dir/<genre>`` instead of ``models_dir/foldN``.
    With ``distill_config``, each fold's model is also distilled into a student (``training.distill``,
    on the corpus's reports without the gold documents), scored as ``student``."""
    results: dict[str, list] = {}
    fold_info = []
    corpus = None
    genre_of = {d.id: d.genre for d in docs}
    if only_folds and (by_genre or not set(only_folds) <= set(range(1, folds + 1))):
        raise ValueError(f"--only_folds names folds 1 to {folds} of a cross-validation by document")
    splits = leave_one_group_out(genre_of) if by_genre else kfold([d.id for d in docs], folds)
    # each fold keeps its number in the whole split, so that a run of some folds reuses and names their models
    numbered = list(enumerate(splits, 1))
    if by_genre and genres:
        if unknown := set(genres) - set(genre_of.values()):
            raise ValueError(f"no gold document of genre {', '.join(sorted(unknown))}")
        numbered = [(number, split) for number, split in numbered if genre_of[split[1][0]] in genres]
    if only_folds:
        numbered = [(number, split) for number, split in numbered if number in only_folds]
    for number, (train_ids, test_ids) in numbered:
        logger.info("fold %d/%d: test %s", number, len(splits), test_ids)
        train_docs, test_docs = [d for d in docs if d.id in train_ids], [d for d in docs if d.id in test_ids]
        model_name = test_docs[0].genre if by_genre else f"fold{number}"
        fold_dir = models_dir / model_name if models_dir else None
        model, stats = fold_model(train_docs, model_config, train_config, device, base_dir, fold_dir)
        started = time.time()
        prepared = [prepare(d.text) for d in test_docs]
        variants = predict_variants(model, test_docs, prepared)
        fold_info.append({**({"genre": test_docs[0].genre} if by_genre else {}), "model": model_name, "test": test_ids, "train_seconds": stats["train_seconds"], "predict_seconds": round(time.time() - started, 1)})
        if distill_config:
            corpus = corpus or corpus_windows(corpus_dir, model.vocab, model_config.max_chars, docs)
            student, student_stats = fold_student(model, _fingerprint(train_docs, model_config, train_config), train_docs,
                                                  corpus, distill_config, device, base_dir,
                                                  fold_dir.with_name(f"{fold_dir.name}-student") if fold_dir else None)
            variants.update(predict_precisions(student, test_docs, prepared, "student"))
            fold_info[-1].update(distill_seconds=student_stats["distill_seconds"], dropped_layer=student_stats["dropped_layer"])
        for name, pairs in variants.items():
            results.setdefault(name, []).append(score(pairs))
    return {
        "protocol": ("leave one genre out: a fold per genre, trained on the others" if by_genre else
                     f"{folds}-fold cross-validation by document"
                     + (f", folds {', '.join(map(str, only_folds))} only" if only_folds else ""))
                    + "; every figure on held-out documents only",
        "folds": fold_info,
        "model_config": asdict(model_config),
        "train_config": asdict(train_config),
        **({"distill_config": asdict(distill_config)} if distill_config else {}),
        "variants": {name: {"mean": _mean(scores), "per_fold": scores} for name, scores in results.items()},
    }


def print_table(result: dict) -> None:
    variants = result["variants"]
    names = list(variants)
    rows = [(f"strict F1 {label}", ("strict", label, "f1")) for label in LABELS]
    rows += [("strict F1 micro", ("strict", "micro avg", "f1"))]
    rows += [(f"overlap F1 {label}", ("overlap", label, "f1")) for label in LABELS]
    rows += [(f"relation F1 {r.type}", ("relations", r.type, "f1")) for r in RELATIONS]
    rows += [("measurement F1 (IND overlap)", ("measurements", "indicator_overlap", "f1")),
             ("measurement F1 (IND exact)", ("measurements", "indicator_exact", "f1"))]
    print(f"{result['protocol']}: fold mean")
    print(f"{'figure':32s}" + "".join(f"{n:>31s}" for n in names))
    for title, path in rows:
        cells = []
        for n in names:
            node = variants[n]["mean"]
            for part in path:
                node = node[part]
            cells.append(f"{node:31.3f}")
        print(f"{title:32s}" + "".join(cells))


def parse_command_line(args: list[str] | None = None) -> tuple[ModelConfig, TrainConfig, RunSettings, EvaluateArguments]:
    return command_line("Cross-validated evaluation of zhibiao on the gold documents",
                        ModelConfig, TrainConfig, RunSettings, EvaluateArguments, args=args)


def main() -> None:
    model_config, train_config, settings, args = parse_command_line()
    log_progress()
    base_dir, device = base_and_device(settings)
    result = cross_validate(load_gold(settings.gold_dir), args.folds, model_config, train_config, device, base_dir, args.models,
                            distill_config=DistillConfig(steps=args.distill_steps) if args.distill_steps else None,
                            corpus_dir=args.corpus, by_genre=args.by_genre, genres=args.genres,
                            only_folds=args.only_folds)
    result["data"] = data_hashes(settings.gold_dir)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print_table(result)
    logger.info("wrote %s", args.out)


if __name__ == "__main__":
    main()
