"""Agreement between two annotation passes of one document, as in annotations/README.md's table.

    python -m training.agreement PASS1.mk PASS2.mk TEXT.txt

prints one Markdown table row: exact-span F1 per label (IND, VAL, UNIT, TIME), relation F1
(exact endpoints, all types pooled) and kind/target agreement on the anchors both passes share
(same label and offsets). F1 is 2|A∩B| / (|A|+|B|), and 1.0 when both passes have nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from training.gold import LABELS, GoldDocument, GoldEntity, read_exact
from training.markup import compile_markup

Span = tuple[str, int, int]


def _span(entity: GoldEntity) -> Span:
    return (entity.label, entity.start, entity.end)


def f1(first: set, second: set) -> float:
    """Exact-match F1 of two sets (symmetric); 1.0 when both are empty."""
    total = len(first) + len(second)
    return 2 * len(first & second) / total if total else 1.0


def relations(doc: GoldDocument) -> set[tuple[str, Span, Span]]:
    by_id = {e.id: e for e in doc.entities}
    return {(r.type, _span(by_id[r.from_id]), _span(by_id[r.to_id])) for r in doc.relations}


def attributes(doc: GoldDocument) -> dict[Span, tuple[str, bool]]:
    by_id = {e.id: e for e in doc.entities}
    return {_span(by_id[int(k)]): (a["kind"], a["target"]) for k, a in doc.attributes.items()}


def agreement(first: GoldDocument, second: GoldDocument) -> dict[str, float]:
    """Label F1s, ``relations`` F1 and ``kind/target`` (share of matched anchors with equal attributes)."""
    row = {label: f1({_span(e) for e in first.entities if e.label == label}, {_span(e) for e in second.entities if e.label == label}) for label in LABELS}
    row["relations"] = f1(relations(first), relations(second))
    a, b = attributes(first), attributes(second)
    shared = a.keys() & b.keys()
    row["kind/target"] = sum(a[s] == b[s] for s in shared) / len(shared) if shared else 1.0
    return row


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: python -m training.agreement PASS1.mk PASS2.mk TEXT.txt", file=sys.stderr)
        return 2
    text_path = Path(argv[2])
    text = read_exact(text_path)
    first, second = (compile_markup(text_path.stem, read_exact(Path(p)), text) for p in argv[:2])
    row = agreement(first, second)
    print(f"| {text_path.stem} | " + " | ".join(f"{v:.3f}" for v in row.values()) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
