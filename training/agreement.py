"""Agreement between two annotation passes, as in annotations/README.md's table.

    python -m training.agreement PASS1.mk PASS2.mk TEXT.txt [PASS1.mk PASS2.mk TEXT.txt ...]
    python -m training.agreement --periods PASS1_DIR PASS2_DIR


prints one Markdown table row per document (named by the text file's stem), and with several
documents an ``all`` row pooled over them (sums of matches and of sizes). Columns: exact-span F1
per label (IND, VAL, UNIT, TIME), relation F1 (exact endpoints, all types pooled) and kind/target:
F1 over anchors taken with their attributes, so an anchor agrees when both passes have it (same
label and offsets) with the same kind and target. F1 is 2|A∩B| / (|A|+|B|), 1.0 when both are empty.
These are the measures of the table's earlier rows: recomputed from annotations/passes/ they come out identical.

When the passes write ``period=`` in their markup, a second table gives, over the anchors both passes
have (same label and offsets), the share with the same period (first and last day, or both null) and
the share whose last days fall in the same year.

``--periods`` compares the period passes (annotations/passes/periods/: a worksheet per document, a row
per gold measurement with its ``period_start`` and ``period_end``): per document, the share of rows
where both passes wrote the same period, and where their last days fall in the same year.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from service.schema import LABELS
from training.gold import GoldDocument, GoldEntity, read_exact
from training.markup import compile_markup

Span = tuple[str, int, int]
COLUMNS = (*LABELS, "relations", "kind/target")


def _span(entity: GoldEntity) -> Span:
    return (entity.label, entity.start, entity.end)


def f1(first: set, second: set) -> float:
    """Exact-match F1 of two sets (symmetric); 1.0 when both are empty."""
    total = len(first) + len(second)
    return 2 * len(first & second) / total if total else 1.0


def _items(doc: GoldDocument) -> dict[str, set]:
    by_id = {e.id: e for e in doc.entities}
    items: dict[str, set] = {label: {_span(e) for e in doc.entities if e.label == label} for label in LABELS}
    items["relations"] = {(r.type, _span(by_id[r.from_id]), _span(by_id[r.to_id])) for r in doc.relations}
    items["kind/target"] = {(_span(by_id[int(k)]), a["kind"], a["target"]) for k, a in doc.attributes.items()}
    return items


def overlap(first: GoldDocument, second: GoldDocument) -> dict[str, tuple[int, int]]:
    """Per column: (2 × items both passes have, items of pass 1 + items of pass 2)."""
    a, b = _items(first), _items(second)
    return {c: (2 * len(a[c] & b[c]), len(a[c]) + len(b[c])) for c in COLUMNS}


def scores(counts: dict[str, tuple[int, int]]) -> dict[str, float]:
    return {c: matched / total if total else 1.0 for c, (matched, total) in counts.items()}


def agreement(first: GoldDocument, second: GoldDocument) -> dict[str, float]:
    """The table's columns for one document."""
    return scores(overlap(first, second))


def _row(name: str, values: dict[str, float]) -> str:
    return f"| {name} | " + " | ".join(f"{values[c]:.3f}" for c in COLUMNS) + " |"


def _period_rows(sheet: Path) -> list[tuple[str, str]]:
    with sheet.open(encoding="utf-8", newline="") as handle:
        return [(row["period_start"], row["period_end"]) for row in csv.DictReader(handle, delimiter="\t")]


def period_agreement(first: Path, second: Path) -> tuple[int, int, int]:
    """(rows, rows with the same period, rows whose periods end in the same year) of two worksheets."""
    a, b = _period_rows(first), _period_rows(second)
    if len(a) != len(b):
        raise ValueError(f"{first.name}: the passes have {len(a)} and {len(b)} rows")
    return len(a), sum(x == y for x, y in zip(a, b)), sum(x[1][:4] == y[1][:4] for x, y in zip(a, b))


def markup_periods(first: GoldDocument, second: GoldDocument) -> tuple[int, int, int] | None:
    """(anchors both passes have, with the same period, whose periods end in the same year), or None when
    neither pass wrote periods."""
    def periods(doc: GoldDocument) -> dict[Span, list | None]:
        by_id = {e.id: e for e in doc.entities}
        return {_span(by_id[int(k)]): a.get("period") for k, a in doc.attributes.items()}
    if not any("period" in a for doc in (first, second) for a in doc.attributes.values()):
        return None
    a, b = periods(first), periods(second)
    both = a.keys() & b.keys()
    last_year = lambda period: (period or [None, ""])[1][:4]  # noqa: E731
    return len(both), sum(a[s] == b[s] for s in both), sum(last_year(a[s]) == last_year(b[s]) for s in both)


def periods_main(first_dir: Path, second_dir: Path) -> int:
    pooled = Counter()
    print("| document | measurements | same period | same last year |\n|---|---|---|---|")
    for sheet in sorted(first_dir.glob("*.tsv")):
        rows, same, same_year = period_agreement(sheet, second_dir / sheet.name)
        pooled.update(rows=rows, same=same, same_year=same_year)
        print(f"| {sheet.stem} | {rows} | {same / rows:.3f} | {same_year / rows:.3f} |")
    print(f"| all | {pooled['rows']} | {pooled['same'] / pooled['rows']:.3f} | {pooled['same_year'] / pooled['rows']:.3f} |")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "--periods":
        return periods_main(Path(argv[1]), Path(argv[2]))
    if not argv or len(argv) % 3:
        print("usage: python -m training.agreement PASS1.mk PASS2.mk TEXT.txt [...]", file=sys.stderr)
        return 2
    pooled: Counter = Counter()
    period_rows = []
    for i in range(0, len(argv), 3):
        text_path = Path(argv[i + 2])
        text = read_exact(text_path)
        first, second = (compile_markup(text_path.stem, read_exact(Path(p)), text) for p in argv[i : i + 2])
        counts = overlap(first, second)
        pooled.update({(c, j): n for c, pair in counts.items() for j, n in enumerate(pair)})
        print(_row(text_path.stem, scores(counts)))
        if (periods := markup_periods(first, second)) is not None:
            period_rows.append((text_path.stem, *periods))
    if len(argv) > 3:
        print(_row("all", scores({c: (pooled[c, 0], pooled[c, 1]) for c in COLUMNS})))
    if period_rows:
        print("\n| document | anchors both have | same period | same last year |\n|---|---|---|---|")
        for name, both, same, same_year in [*period_rows, ("all", *map(sum, list(zip(*period_rows))[1:]))]:
            print(f"| {name} | {both} | {same / both:.3f} | {same_year / both:.3f} |" if both else f"| {name} | 0 | — | — |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
