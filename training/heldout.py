"""Per document and per genre, what the fold models of a cross-validation do on the documents they
did not train on: measurement F1, the period of each measurement, and target F1, end to end as
served (``Extractor``: spans, links, periods, targets).

    python -m training.heldout --report reports/eval.json --models DIR [--out reports/heldout.json]
    python -m training.heldout --unseen DOC [DOC ...] [--out reports/heldout.json]

``--report`` is a ``training.evaluate`` report (it lists each fold's held-out documents) and
``--models`` the directory its ``--models`` kept the fold models in (each fold's ``model``: ``fold1``, …, or a genre).
``--unseen`` scores the shipped model instead, on gold documents annotated after it was trained
(the caller vouches for that: the model records only the hashes of the gold it trained on).
Figures are pooled by genre (``GoldDocument.genre``).

``measurement F1`` is ``training.evaluate``'s (anchor, indicator overlapping, unit, linked time, kind, target) on
the measurements as served, so the target is the one the response gives, not the tagger's alone.
Over gold measurements: ``period exact`` (a predicted measurement at the gold anchor with the gold
period, first and last day; a missed anchor counts as wrong), ``period last year`` (the same years
of the last days). ``target`` F1: predicted targets against gold targets, anchors matched exactly.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from service.document import prepare
from service.pipeline import Document, Extractor
from service.schema import PERIOD
from training.config import REPORTS_DIR, log_progress
from training.evaluate import score
from training.gold import GoldDocument, anchor_ids
from training.train import load_gold


def _anchor_key(measurement) -> tuple[int, int]:
    value, unit = measurement.value, measurement.unit
    masked_without_digits = value.masked and value.start == value.end and unit is not None
    return (unit.start, unit.end) if masked_without_digits else (value.start, value.end)


def measure(extractor: Extractor, doc: GoldDocument) -> Counter:
    """Counts for one held-out document: measurements, and periods and targets over its gold anchors."""
    extraction = extractor.extract(Document(doc.text, doc.id))
    predicted = {_anchor_key(m): m for m in extraction.measurements}
    # measurements as served: each anchor with the target its measurement was given, which sections and goal
    # words decide besides the tagger (service/periods.py)
    prepared = prepare(doc.text)
    [tagging] = extractor.tagger.tag_batch([prepared])
    tagging = prepared.posted_tagging(tagging)
    served = replace(tagging, anchors=[replace(a, target=m.target if (m := predicted.get((a.span.start, a.span.end))) else a.target)
                                       for a in tagging.anchors])
    matched = score([(doc, served)])["measurements"]["indicator_overlap"]
    by_id = {e.id: e for e in doc.entities}
    counts = Counter(n=len(anchor_ids(doc)), predicted_targets=sum(m.target for m in extraction.measurements),
                     measurement_hits=matched["tp"], measurements_predicted=matched["pred"])
    for anchor_id in anchor_ids(doc):
        attrs, entity = doc.attributes[str(anchor_id)], by_id[anchor_id]
        found = predicted.get((entity.start, entity.end))
        counts["gold_targets"] += attrs["target"]
        if found is None:
            continue
        counts["found"] += 1
        counts["target_hits"] += attrs["target"] and found.target
        gold_period = tuple(attrs[PERIOD] or (None, None))
        time = found.time
        days = (None, None) if time is None or time.period_start is None else (
            time.period_start.isoformat(), time.period_end.isoformat())
        counts["period_exact"] += days == gold_period
        counts["period_last_year"] += (days[1] or "")[:4] == (gold_period[1] or "")[:4]
    return counts


def _f1(hits: int, predicted: int, gold: int) -> float | None:
    p, r = hits / predicted if predicted else 0.0, hits / gold if gold else 0.0
    return round(2 * p * r / (p + r), 3) if p + r else None


def figures(counts: Counter) -> dict:
    n, found = counts["n"], counts["found"]
    return {"measurement_f1": _f1(counts["measurement_hits"], counts["measurements_predicted"], n),
            "measurements": n, "anchors_found": round(found / n, 3) if n else None,
            "period_exact": round(counts["period_exact"] / n, 3) if n else None,
            "period_last_year": round(counts["period_last_year"] / n, 3) if n else None,
            "target_f1": _f1(counts["target_hits"], counts["predicted_targets"], counts["gold_targets"]),
            "gold_targets": counts["gold_targets"], "predicted_targets": counts["predicted_targets"]}


def evaluate(extractor: Extractor, docs: list[GoldDocument], per_doc: dict[str, dict], pooled: dict[str, Counter]) -> None:
    """Score ``extractor`` on ``docs``, adding a row per document and the counts of its genre and of all."""
    for doc in docs:
        counts = measure(extractor, doc)
        per_doc[doc.id] = {"genre": doc.genre, **figures(counts)}
        for group in (doc.genre, "all"):
            pooled[group] += counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--report", type=Path, help="a training.evaluate report (with --models)")
    parser.add_argument("--models", type=Path, help="the fold models of that report")
    parser.add_argument("--unseen", nargs="+", metavar="DOC", help="score the shipped model on these gold documents instead")
    parser.add_argument("--out", type=Path, default=REPORTS_DIR / "heldout.json")
    args = parser.parse_args(argv)
    if (args.report or args.models) if args.unseen else not (args.report and args.models):
        parser.error("give either --report and --models, or --unseen")
    log_progress()
    docs = {d.id: d for d in load_gold()}
    per_doc: dict[str, dict] = {}
    pooled: dict[str, Counter] = defaultdict(Counter)
    if args.unseen:
        if missing := [doc_id for doc_id in args.unseen if doc_id not in docs]:
            parser.error(f"no gold document {', '.join(missing)}")
        extractor = Extractor()
        evaluate(extractor, [docs[doc_id] for doc_id in args.unseen], per_doc, pooled)
        extractor.close()
        protocol = f"the shipped model ({extractor.name} {extractor.version}) on gold documents it did not train on"
    else:
        report = json.loads(args.report.read_text(encoding="utf-8"))
        for fold in report["folds"]:
            extractor = Extractor(model_dir=args.models / fold["model"])
            evaluate(extractor, [docs[doc_id] for doc_id in fold["test"]], per_doc, pooled)
            extractor.close()
        protocol = f"{report['protocol']}; fold models from {args.models}"
    result = {"protocol": protocol, "documents": per_doc,
              "genres": {group: figures(counts) for group, counts in pooled.items()}}
    columns = ("measurement_f1", "anchors_found", "period_exact", "period_last_year", "target_f1", "measurements")
    print(f"{'document / genre':28s}" + "".join(f"{c:>18s}" for c in columns))
    for name, row in [*per_doc.items(), *result["genres"].items()]:
        print(f"{name:28s}" + "".join(f"{row.get(c)!s:>18s}" for c in columns))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
