"""How often a measurement's period is the gold one (annotations/README.md, decisions P1-P10).

    python -m training.period_eval [--out reports/periods.json]

Per document and pooled over every gold document with periods, two figures over gold measurements:
``exact`` (first and last day both equal; a null gold period wants null) and ``last_year`` (the years
of the last days equal, null with null). Two systems, both on the gold spans, links and targets, so
that the figures measure the grounding alone, not the tagger (no model takes part, so nothing is
cross-validated here):

- ``grounded``: ``service.periods`` (sentence, paragraph, section, report, document), as served;
- ``date_only``: the baseline zhibiao had before it read a document's frame and sections: a linked
  TIME read against the document's date, else that date.

And ``target`` P/R/F1 of the rules, on the gold spans (sections that plan or review, goal verbs and lists, plan
openers, passages that read as a plan): the service's targets, which take no guess of the tagger's.
"""

from __future__ import annotations

import argparse
import datetime
import json
from collections import Counter
from pathlib import Path

from service.document import prepare
from service.normalize import Period, find_frame, read_time
from service.periods import Grounder
from service.schema import PERIOD
from service.text import sentence_containing
from training.evaluate import gold_tagging
from training.gold import GoldDocument
from training.config import REPORTS_DIR
from training.train import canonical_gold, load_gold

SYSTEMS = ("grounded", "date_only")


def _days(period: Period | None) -> tuple[str | None, str | None]:
    if period is None or period.start is None:
        return None, None
    return period.start.isoformat(), period.end.isoformat()


def periods(doc: GoldDocument) -> dict[str, list[tuple[str | None, str | None]]]:
    """The gold period of every gold anchor and each system's, in text order."""
    prepared = prepare(doc.text)
    doc = canonical_gold(doc, prepared)
    tagging = gold_tagging(doc)
    tagging.sentences = prepared.sentences
    frame = find_frame(prepared.canonical)
    grounder = Grounder(prepared, tagging, frame)
    grounded, date_only, ruled_targets = [], [], []
    for anchor in tagging.anchors:
        sentence = sentence_containing(prepared.sentences, anchor.span.start, anchor.span.end)
        grounding = grounder.ground(anchor, sentence)
        grounded.append(_days(grounding.period))
        ruled_targets.append(grounding.target)
        if anchor.time is not None:
            date_only.append(_days(read_time(prepared.canonical[anchor.time.start : anchor.time.end], frame.date)))
        else:
            date_only.append(_days(Period(frame.date, frame.date, "as_of") if frame.date else None))
    by_id = {e.id: e for e in doc.entities}
    anchors = sorted((key for key in doc.attributes if int(key) in by_id), key=lambda key: by_id[int(key)].start)
    gold = [tuple(doc.attributes[key][PERIOD] or (None, None)) for key in anchors]
    # the gold tagging lists its anchors in text order too
    return {"gold": gold, "grounded": grounded, "date_only": date_only,
            "gold_targets": [bool(doc.attributes[key]["target"]) for key in anchors], "ruled_targets": ruled_targets}


def _last_year(days: tuple[str | None, str | None]) -> int | None:
    return None if days[1] is None else datetime.date.fromisoformat(days[1]).year


def score(docs: list[GoldDocument]) -> dict:
    per_doc, pooled = {}, {system: Counter() for system in SYSTEMS}
    pooled_targets = Counter()
    for doc in docs:
        predicted = periods(doc)
        gold = predicted["gold"]
        counts = {}
        for system in SYSTEMS:
            c = Counter(n=len(gold),
                        exact=sum(p == g for p, g in zip(predicted[system], gold)),
                        last_year=sum(_last_year(p) == _last_year(g) for p, g in zip(predicted[system], gold)))
            pooled[system] += c
            counts[system] = _rates(c)
        targets = Counter(gold=sum(predicted["gold_targets"]), predicted=sum(predicted["ruled_targets"]),
                          hits=sum(g and p for g, p in zip(predicted["gold_targets"], predicted["ruled_targets"])))
        pooled_targets += targets
        per_doc[doc.id] = {**counts, "target": _prf(targets)}
    return {"documents": per_doc, "all": {**{system: _rates(c) for system, c in pooled.items()}, "target": _prf(pooled_targets)}}


def _prf(c: Counter) -> dict:
    p = c["hits"] / c["predicted"] if c["predicted"] else None
    r = c["hits"] / c["gold"] if c["gold"] else None
    f = 2 * p * r / (p + r) if p and r else None
    return {"gold": c["gold"], "predicted": c["predicted"], "precision": p and round(p, 3), "recall": r and round(r, 3),
            "f1": f and round(f, 3)}


def _rates(c: Counter) -> dict:
    n = c["n"]
    return {"n": n, "exact": round(c["exact"] / n, 3) if n else None, "last_year": round(c["last_year"] / n, 3) if n else None}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=REPORTS_DIR / "periods.json")
    args = parser.parse_args(argv)
    docs = [doc for doc in load_gold() if any(PERIOD in attrs for attrs in doc.attributes.values())]
    result = score(docs)
    print(f"period accuracy on {len(docs)} gold documents (gold spans and links; no model takes part)")
    print(f"{'document':28s}" + "".join(f"{s + ' exact':>18s}{s + ' last year':>22s}" for s in SYSTEMS) + f"{'n':>6s}"
          + f"{'rules target F1':>17s}")
    for name, counts in [*result["documents"].items(), ("all", result["all"])]:
        print(f"{name:28s}" + "".join(f"{counts[s]['exact']!s:>18s}{counts[s]['last_year']!s:>22s}" for s in SYSTEMS)
              + f"{counts[SYSTEMS[0]]['n']:>6d}" + f"{counts['target']['f1']!s:>17s}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
