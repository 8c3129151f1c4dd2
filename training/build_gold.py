"""Compile the annotators' markup (annotations/markup/*.mk) into the gold files, and check them.

    python -m training.build_gold            # write annotations/gold/seeds.jsonl and corpus.jsonl
    python -m training.build_gold --check    # `make validate`: every gold file valid and equal to its markup

The source of every document is in annotations/sources.json: a seed file, or a
character range of a corpus file (with its sha256, so a changed source is caught).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from training.gold import GoldDocument, GoldError, anchor_ids, document_to_json, load_jsonl, read_exact, save_jsonl
from training.markup import compile_markup

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "annotations"


def is_seed(doc: GoldDocument) -> bool:
    """The one rule that splits the gold: a document whose source is under seeds/ is a seed, any other is corpus."""
    return doc.meta["source"].startswith("seeds/")


GOLD_FILES = {"seeds.jsonl": is_seed, "corpus.jsonl": lambda doc: not is_seed(doc)}


def source_text(doc_id: str, source: dict) -> str:
    text = read_exact(ROOT / source["path"])  # CRLF kept: the text exactly as in the source
    if "start" in source:
        text = text[source["start"] : source["end"]]
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != source["sha256"]:
            raise GoldError(f"{doc_id}: {source['path']}[{source['start']}:{source['end']}] no longer matches its sha256")
    return text


def compile_all(texts: dict[str, str]) -> list[GoldDocument]:
    sources = json.loads((ANNOTATIONS / "sources.json").read_text(encoding="utf-8"))
    docs = []
    for doc_id, source in sorted(sources.items()):
        marked = read_exact(ANNOTATIONS / "markup" / f"{doc_id}.mk")
        doc = compile_markup(doc_id, marked, texts[doc_id])
        doc.meta = {"source": source["path"], **{k: source[k] for k in ("start", "end", "genre") if k in source}}
        docs.append(doc)
    return docs


def counts(docs: list[GoldDocument]) -> str:
    lines = [f"{'document':24s} {'IND':>5s} {'VAL':>5s} {'UNIT':>5s} {'TIME':>5s} {'meas.':>6s} {'rels':>5s} {'chars':>6s}"]
    total: Counter = Counter()
    for doc in docs:
        c = Counter(e.label for e in doc.entities)
        c["meas"] = len(anchor_ids(doc))
        c["rels"] = len(doc.relations)
        c["chars"] = len(doc.text)
        total.update(c)
        lines.append(f"{doc.id:24s} {c['IND']:5d} {c['VAL']:5d} {c['UNIT']:5d} {c['TIME']:5d} {c['meas']:6d} {c['rels']:5d} {c['chars']:6d}")
    lines.append(f"{'total':24s} {total['IND']:5d} {total['VAL']:5d} {total['UNIT']:5d} {total['TIME']:5d} {total['meas']:6d} {total['rels']:5d} {total['chars']:6d}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate the committed gold files instead of writing them")
    args = parser.parse_args()
    gold_dir = ANNOTATIONS / "gold"
    try:
        if args.check:
            # the committed text is the reference: the check needs no corpus beside the project
            docs = [d for name in GOLD_FILES for d in load_jsonl(gold_dir / name, ROOT / "seeds")]
            compiled = {d.id: d for d in compile_all({d.id: d.text for d in docs})}
            for doc in docs:
                if document_to_json(doc) != document_to_json(compiled[doc.id]):
                    raise GoldError(f"{doc.id}: gold file differs from annotations/markup/{doc.id}.mk (run make gold)")
            if set(compiled) != {d.id for d in docs}:
                raise GoldError(f"documents with markup but no gold: {sorted(set(compiled) - {d.id for d in docs})}")
        else:
            sources = json.loads((ANNOTATIONS / "sources.json").read_text(encoding="utf-8"))
            docs = compile_all({doc_id: source_text(doc_id, s) for doc_id, s in sources.items()})
            for name, belongs in GOLD_FILES.items():
                save_jsonl([d for d in docs if belongs(d)], gold_dir / name)
    except (GoldError, ValueError, OSError) as err:
        print(f"INVALID: {err}", file=sys.stderr)
        return 1
    print(counts(docs))
    print("gold OK" if args.check else f"wrote {', '.join(GOLD_FILES)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
